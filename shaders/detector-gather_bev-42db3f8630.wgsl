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
   scalars_u32: array<u32, 4>,
   static_meta: array<u32, 6>,
}

@group(0)
@binding(3)
var<storage, read> info: info_st;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn gather_bev(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

var l_mut_8: u32;
let l_0 = id >= info.scalars_u32[0];
if l_0 {
return;
}
let l_1 = id / info.scalars_u32[1];
let l_2 = id % info.scalars_u32[1];
let l_3 = buffer_0_global[id];
let l_4 = l_1 * info.scalars_u32[2];
let l_5 = l_4 * info.scalars_u32[1];
let l_6 = l_5 + l_2;

for (var l_mut_7: u32 = u32(0); l_mut_7 < info.scalars_u32[2]; l_mut_7++) {
l_mut_8 = u32(0);
let l_9 = l_3 != u32(4294967295);
if l_9 {
let l_10 = l_3 * info.scalars_u32[2];
let l_11 = l_10 + l_mut_7;
let l_12 = buffer_1_global[l_11];
l_mut_8 = l_12;
}
let l_13 = l_mut_7 * info.scalars_u32[1];
let l_14 = l_6 + l_13;
buffer_2_global[l_14] = l_mut_8;
}
}
