@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<u32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<u32>;

@group(0)
@binding(2)
var<storage, read_write> buffer_2_global: array<u32>;

struct info_st {
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 6>,
}

@group(0)
@binding(3)
var<storage, read> info: info_st;

var<workgroup> shared_memory_10: array<u32, 256>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn scan_apply(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var l_mut_5: u32;
var l_mut_12: u32;
let l_0 = workgroup_id.y * num_workgroups.x;
let l_1 = l_0 + workgroup_id.x;
let l_2 = l_1 * u32(2048);
let l_3 = local_idx * u32(8);
let l_4 = l_2 + l_3;
l_mut_5 = u32(0);

for (var l_mut_6: u32 = u32(0); l_mut_6 < u32(8); l_mut_6++) {
let l_7 = l_4 + l_mut_6;
let l_8 = l_7 < info.scalars_u32[0];
if l_8 {
let l_9 = buffer_0_global[l_7];
l_mut_5 = l_mut_5 + l_9;
}
}
shared_memory_10[local_idx] = l_mut_5;
workgroupBarrier();
let l_11 = shared_memory_10[local_idx];
l_mut_12 = l_11;
let l_13 = local_idx >= u32(1);
if l_13 {
let l_14 = local_idx - u32(1);
let l_15 = shared_memory_10[l_14];
l_mut_12 = l_mut_12 + l_15;
}
workgroupBarrier();
shared_memory_10[local_idx] = l_mut_12;
workgroupBarrier();
let l_16 = shared_memory_10[local_idx];
l_mut_12 = l_16;
let l_17 = local_idx >= u32(2);
if l_17 {
let l_18 = local_idx - u32(2);
let l_19 = shared_memory_10[l_18];
l_mut_12 = l_mut_12 + l_19;
}
workgroupBarrier();
shared_memory_10[local_idx] = l_mut_12;
workgroupBarrier();
let l_20 = shared_memory_10[local_idx];
l_mut_12 = l_20;
let l_21 = local_idx >= u32(4);
if l_21 {
let l_22 = local_idx - u32(4);
let l_23 = shared_memory_10[l_22];
l_mut_12 = l_mut_12 + l_23;
}
workgroupBarrier();
shared_memory_10[local_idx] = l_mut_12;
workgroupBarrier();
let l_24 = shared_memory_10[local_idx];
l_mut_12 = l_24;
let l_25 = local_idx >= u32(8);
if l_25 {
let l_26 = local_idx - u32(8);
let l_27 = shared_memory_10[l_26];
l_mut_12 = l_mut_12 + l_27;
}
workgroupBarrier();
shared_memory_10[local_idx] = l_mut_12;
workgroupBarrier();
let l_28 = shared_memory_10[local_idx];
l_mut_12 = l_28;
let l_29 = local_idx >= u32(16);
if l_29 {
let l_30 = local_idx - u32(16);
let l_31 = shared_memory_10[l_30];
l_mut_12 = l_mut_12 + l_31;
}
workgroupBarrier();
shared_memory_10[local_idx] = l_mut_12;
workgroupBarrier();
let l_32 = shared_memory_10[local_idx];
l_mut_12 = l_32;
let l_33 = local_idx >= u32(32);
if l_33 {
let l_34 = local_idx - u32(32);
let l_35 = shared_memory_10[l_34];
l_mut_12 = l_mut_12 + l_35;
}
workgroupBarrier();
shared_memory_10[local_idx] = l_mut_12;
workgroupBarrier();
let l_36 = shared_memory_10[local_idx];
l_mut_12 = l_36;
let l_37 = local_idx >= u32(64);
if l_37 {
let l_38 = local_idx - u32(64);
let l_39 = shared_memory_10[l_38];
l_mut_12 = l_mut_12 + l_39;
}
workgroupBarrier();
shared_memory_10[local_idx] = l_mut_12;
workgroupBarrier();
let l_40 = shared_memory_10[local_idx];
l_mut_12 = l_40;
let l_41 = local_idx >= u32(128);
if l_41 {
let l_42 = local_idx - u32(128);
let l_43 = shared_memory_10[l_42];
l_mut_12 = l_mut_12 + l_43;
}
workgroupBarrier();
shared_memory_10[local_idx] = l_mut_12;
workgroupBarrier();
let l_44 = shared_memory_10[local_idx];
let l_45 = shared_memory_10[u32(255)];
let l_46 = l_44 - l_mut_5;
let l_47 = buffer_1_global[l_1];
let l_48 = l_47 + l_46;
l_mut_12 = l_48;

for (var l_mut_49: u32 = u32(0); l_mut_49 < u32(8); l_mut_49++) {
let l_50 = l_4 + l_mut_49;
let l_51 = l_50 < info.scalars_u32[0];
if l_51 {
buffer_2_global[l_50] = l_mut_12;
let l_52 = buffer_0_global[l_50];
l_mut_12 = l_mut_12 + l_52;
}
}
}
