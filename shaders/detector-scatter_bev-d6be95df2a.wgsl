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
   scalars_u32: array<u32, 6>,
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
fn scatter_bev(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

var l_mut_3: u32;
let l_0 = id >= info.scalars_u32[0];
if l_0 {
return;
}
let l_1 = id / info.scalars_u32[1];
let l_2 = id % info.scalars_u32[1];
l_mut_3 = u32(0);
let l_4 = info.scalars_u32[2] == u32(4);
if l_4 {
let l_5 = l_1 * info.scalars_u32[2];
let l_6 = buffer_0_global[l_5];
l_mut_3 = l_6;
}
let l_7 = info.scalars_u32[3] * info.scalars_u32[4];
let l_8 = l_1 * info.scalars_u32[2];
let l_9 = l_8 + info.scalars_u32[2];
let l_10 = l_9 - u32(3);
let l_11 = buffer_0_global[l_10];
let l_12 = l_11 * info.scalars_u32[4];
let l_13 = l_1 * info.scalars_u32[2];
let l_14 = l_13 + info.scalars_u32[2];
let l_15 = l_14 - u32(2);
let l_16 = buffer_0_global[l_15];
let l_17 = l_12 + l_16;
let l_18 = l_mut_3 * info.scalars_u32[1];
let l_19 = l_18 + l_2;
let l_20 = l_19 * l_7;
let l_21 = l_20 + l_17;
let l_22 = buffer_1_global[id];
buffer_2_global[l_21] = l_22;
}
