@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<u32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<u32>;

struct info_st {
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 4>,
}

@group(0)
@binding(2)
var<storage, read> info: info_st;

var<workgroup> shared_memory_11: array<u32, 256>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn scan_totals(
    @builtin(local_invocation_index) local_idx: u32,
) {
var l_mut_6: u32;
var l_mut_7: u32;
var l_mut_13: u32;
let l_0 = info.scalars_u32[0] + u32(256);
let l_1 = l_0 - u32(1);
let l_2 = l_1 / u32(256);
let l_3 = local_idx * l_2;
let l_4 = l_3 + l_2;
let l_5 = min(l_4, info.scalars_u32[0]);
l_mut_6 = u32(0);
l_mut_7 = l_3;
loop {
let l_8 = l_mut_7 < l_5;
let l_9 = !l_8;
if l_9 {
break;
}
let l_10 = buffer_0_global[l_mut_7];
l_mut_6 = l_mut_6 + l_10;
l_mut_7 = l_mut_7 + u32(1);
}
shared_memory_11[local_idx] = l_mut_6;
workgroupBarrier();
let l_12 = shared_memory_11[local_idx];
l_mut_13 = l_12;
let l_14 = local_idx >= u32(1);
if l_14 {
let l_15 = local_idx - u32(1);
let l_16 = shared_memory_11[l_15];
l_mut_13 = l_mut_13 + l_16;
}
workgroupBarrier();
shared_memory_11[local_idx] = l_mut_13;
workgroupBarrier();
let l_17 = shared_memory_11[local_idx];
l_mut_13 = l_17;
let l_18 = local_idx >= u32(2);
if l_18 {
let l_19 = local_idx - u32(2);
let l_20 = shared_memory_11[l_19];
l_mut_13 = l_mut_13 + l_20;
}
workgroupBarrier();
shared_memory_11[local_idx] = l_mut_13;
workgroupBarrier();
let l_21 = shared_memory_11[local_idx];
l_mut_13 = l_21;
let l_22 = local_idx >= u32(4);
if l_22 {
let l_23 = local_idx - u32(4);
let l_24 = shared_memory_11[l_23];
l_mut_13 = l_mut_13 + l_24;
}
workgroupBarrier();
shared_memory_11[local_idx] = l_mut_13;
workgroupBarrier();
let l_25 = shared_memory_11[local_idx];
l_mut_13 = l_25;
let l_26 = local_idx >= u32(8);
if l_26 {
let l_27 = local_idx - u32(8);
let l_28 = shared_memory_11[l_27];
l_mut_13 = l_mut_13 + l_28;
}
workgroupBarrier();
shared_memory_11[local_idx] = l_mut_13;
workgroupBarrier();
let l_29 = shared_memory_11[local_idx];
l_mut_13 = l_29;
let l_30 = local_idx >= u32(16);
if l_30 {
let l_31 = local_idx - u32(16);
let l_32 = shared_memory_11[l_31];
l_mut_13 = l_mut_13 + l_32;
}
workgroupBarrier();
shared_memory_11[local_idx] = l_mut_13;
workgroupBarrier();
let l_33 = shared_memory_11[local_idx];
l_mut_13 = l_33;
let l_34 = local_idx >= u32(32);
if l_34 {
let l_35 = local_idx - u32(32);
let l_36 = shared_memory_11[l_35];
l_mut_13 = l_mut_13 + l_36;
}
workgroupBarrier();
shared_memory_11[local_idx] = l_mut_13;
workgroupBarrier();
let l_37 = shared_memory_11[local_idx];
l_mut_13 = l_37;
let l_38 = local_idx >= u32(64);
if l_38 {
let l_39 = local_idx - u32(64);
let l_40 = shared_memory_11[l_39];
l_mut_13 = l_mut_13 + l_40;
}
workgroupBarrier();
shared_memory_11[local_idx] = l_mut_13;
workgroupBarrier();
let l_41 = shared_memory_11[local_idx];
l_mut_13 = l_41;
let l_42 = local_idx >= u32(128);
if l_42 {
let l_43 = local_idx - u32(128);
let l_44 = shared_memory_11[l_43];
l_mut_13 = l_mut_13 + l_44;
}
workgroupBarrier();
shared_memory_11[local_idx] = l_mut_13;
workgroupBarrier();
let l_45 = shared_memory_11[local_idx];
let l_46 = shared_memory_11[u32(255)];
let l_47 = l_45 - l_mut_6;
l_mut_13 = l_47;
l_mut_7 = l_3;
loop {
let l_48 = l_mut_7 < l_5;
let l_49 = !l_48;
if l_49 {
break;
}
let l_50 = buffer_0_global[l_mut_7];
buffer_0_global[l_mut_7] = l_mut_13;
l_mut_13 = l_mut_13 + l_50;
l_mut_7 = l_mut_7 + u32(1);
}
}
