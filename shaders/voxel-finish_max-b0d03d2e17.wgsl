@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<u32>;

struct info_st {
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 2>,
}

@group(0)
@binding(1)
var<storage, read> info: info_st;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn finish_max(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

var l_mut_2: u32;
var l_mut_5: u32;
let l_0 = id < info.scalars_u32[0];
if l_0 {
let l_1 = buffer_0_global[id];
l_mut_2 = u32(0);
let l_3 = l_1 != u32(0);
if l_3 {
let l_4 = ~l_1;
l_mut_5 = l_4;
let l_6 = l_1 >> u32(31);
let l_7 = l_6 == u32(1);
if l_7 {
let l_8 = l_1 & u32(2147483647);
l_mut_5 = l_8;
}
let l_9 = bitcast<f32>(l_mut_5);
let l_10 = bitcast<u32>(l_9);
l_mut_2 = l_10;
}
buffer_0_global[id] = l_mut_2;
}
}
