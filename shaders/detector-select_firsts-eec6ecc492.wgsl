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

struct info_st {
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 10>,
}

@group(0)
@binding(5)
var<storage, read> info: info_st;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn select_firsts(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

var l_mut_6: u32;
var l_mut_11: bool;
var l_mut_17: u32;
var l_mut_20: bool;
let l_0 = id >= info.scalars_u32[0];
if l_0 {
return;
}
let l_1 = buffer_0_global[id];
let l_2 = buffer_1_global[id];
let l_3 = id * info.scalars_u32[1];
let l_4 = info.scalars_u32[1] - u32(1);
let l_5 = l_3 + l_4;
l_mut_6 = u32(0);

for (var l_mut_7: u32 = u32(0); l_mut_7 < l_2; l_mut_7++) {
let l_8 = l_1 + l_mut_7;
let l_9 = buffer_2_global[l_8];
let l_10 = l_mut_6 < info.scalars_u32[1];
l_mut_11 = l_10;
let l_12 = !l_mut_11;
if l_12 {
let l_13 = buffer_3_global[l_5];
let l_14 = l_9 < l_13;
l_mut_11 = l_14;
}
if l_mut_11 {
let l_15 = info.scalars_u32[1] - u32(1);
let l_16 = min(l_mut_6, l_15);
l_mut_17 = l_16;
let l_18 = l_mut_6 < info.scalars_u32[1];
if l_18 {
l_mut_6 = l_mut_6 + u32(1);
}
let l_19 = l_mut_17 > u32(0);
l_mut_20 = l_19;
loop {
let l_21 = !l_mut_20;
if l_21 {
break;
}
let l_22 = l_mut_17 - u32(1);
let l_23 = l_3 + l_22;
let l_24 = buffer_3_global[l_23];
let l_25 = l_24 > l_9;
if l_25 {
let l_26 = l_3 + l_mut_17;
buffer_3_global[l_26] = l_24;
l_mut_17 = l_mut_17 - u32(1);
let l_27 = l_mut_17 > u32(0);
l_mut_20 = l_27;
} else {
l_mut_20 = bool(false);
}
}
let l_28 = l_3 + l_mut_17;
buffer_3_global[l_28] = l_9;
}
}
buffer_4_global[id] = l_mut_6;
}
