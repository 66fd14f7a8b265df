@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<u32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<u32>;

struct info_st {
   scalars_u32: array<u32, 4>,
   static_meta: array<u32, 4>,
}

@group(0)
@binding(2)
var<storage, read> info: info_st;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn mark_cells(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

var l_mut_1: u32;
let l_0 = id >= info.scalars_u32[0];
if l_0 {
return;
}
l_mut_1 = u32(0);
let l_2 = info.scalars_u32[1] == u32(4);
if l_2 {
let l_3 = id * info.scalars_u32[1];
let l_4 = buffer_0_global[l_3];
l_mut_1 = l_4;
}
let l_5 = info.scalars_u32[2] * info.scalars_u32[3];
let l_6 = id * info.scalars_u32[1];
let l_7 = l_6 + info.scalars_u32[1];
let l_8 = l_7 - u32(3);
let l_9 = buffer_0_global[l_8];
let l_10 = l_9 * info.scalars_u32[3];
let l_11 = id * info.scalars_u32[1];
let l_12 = l_11 + info.scalars_u32[1];
let l_13 = l_12 - u32(2);
let l_14 = buffer_0_global[l_13];
let l_15 = l_10 + l_14;
let l_16 = l_mut_1 * l_5;
let l_17 = l_16 + l_15;
buffer_1_global[l_17] = id;
}
