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
fn pad_hard(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

let l_0 = id >= info.scalars_u32[0];
if l_0 {
return;
}
let l_1 = id / info.scalars_u32[1];
let l_2 = id % info.scalars_u32[1];
let l_3 = buffer_0_global[l_1];
let l_4 = l_2 >= l_3;
if l_4 {
let l_5 = id * info.scalars_u32[2];

for (var l_mut_6: u32 = u32(0); l_mut_6 < info.scalars_u32[2]; l_mut_6++) {
let l_7 = l_5 + l_mut_6;
buffer_1_global[l_7] = u32(0);
}
}
}
