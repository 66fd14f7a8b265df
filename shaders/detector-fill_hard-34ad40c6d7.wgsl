@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<u32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<u32>;

@group(0)
@binding(2)
var<storage, read_write> buffer_2_global: array<u32>;

@group(0)
@binding(3)
var<storage, read_write> buffer_3_global: array<u32>;

@group(0)
@binding(4)
var<storage, read_write> buffer_4_global: array<u32>;

@group(0)
@binding(5)
var<storage, read_write> buffer_5_global: array<u32>;

@group(0)
@binding(6)
var<storage, read_write> buffer_6_global: array<u32>;

@group(0)
@binding(7)
var<storage, read_write> buffer_7_global: array<u32>;

struct info_st {
   scalars_u32: array<u32, 4>,
   static_meta: array<u32, 16>,
}

@group(0)
@binding(8)
var<storage, read> info: info_st;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn fill_hard(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

var l_mut_5: u32;
var l_mut_6: u32;
let l_0 = id >= info.scalars_u32[0];
if l_0 {
return;
}
let l_1 = buffer_2_global[id];
let l_2 = l_1 != u32(4294967295);
if l_2 {
let l_3 = buffer_3_global[l_1];
let l_4 = buffer_4_global[l_1];
l_mut_5 = u32(0);
l_mut_6 = u32(0);
loop {
let l_7 = l_mut_6 < l_4;
let l_8 = l_mut_5 < info.scalars_u32[1];
let l_9 = l_7 && l_8;
let l_10 = !l_9;
if l_10 {
break;
}
let l_11 = l_3 + l_mut_6;
let l_12 = buffer_5_global[l_11];
let l_13 = l_12 < id;
if l_13 {
l_mut_5 = l_mut_5 + u32(1);
}
l_mut_6 = l_mut_6 + u32(1);
}
let l_14 = l_mut_5 < info.scalars_u32[1];
if l_14 {
let l_15 = u32(3) + info.scalars_u32[2];
let l_16 = l_1 * info.scalars_u32[1];
let l_17 = l_16 + l_mut_5;
let l_18 = l_17 * l_15;
let l_19 = u32(3) * id;
let l_20 = buffer_0_global[l_19];
buffer_6_global[l_18] = l_20;
let l_21 = l_18 + u32(1);
let l_22 = u32(3) * id;
let l_23 = l_22 + u32(1);
let l_24 = buffer_0_global[l_23];
buffer_6_global[l_21] = l_24;
let l_25 = l_18 + u32(2);
let l_26 = u32(3) * id;
let l_27 = l_26 + u32(2);
let l_28 = buffer_0_global[l_27];
buffer_6_global[l_25] = l_28;

for (var l_mut_29: u32 = u32(0); l_mut_29 < info.scalars_u32[2]; l_mut_29++) {
let l_30 = l_18 + u32(3);
let l_31 = l_30 + l_mut_29;
let l_32 = id * info.scalars_u32[2];
let l_33 = l_32 + l_mut_29;
let l_34 = buffer_1_global[l_33];
buffer_6_global[l_31] = l_34;
}
}
let l_35 = l_mut_5 == u32(0);
if l_35 {
let l_36 = min(l_4, info.scalars_u32[1]);
buffer_7_global[l_1] = l_36;
}
}
}
