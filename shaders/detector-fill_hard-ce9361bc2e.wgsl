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
   scalars_u32: array<u32, 4>,
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
fn fill_hard(
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
let l_3 = buffer_3_global[l_1];
let l_4 = l_2 < l_3;
if l_4 {
let l_5 = buffer_2_global[id];
let l_6 = u32(3) + info.scalars_u32[2];
let l_7 = id * l_6;
let l_8 = u32(3) * l_5;
let l_9 = buffer_0_global[l_8];
buffer_4_global[l_7] = l_9;
let l_10 = l_7 + u32(1);
let l_11 = u32(3) * l_5;
let l_12 = l_11 + u32(1);
let l_13 = buffer_0_global[l_12];
buffer_4_global[l_10] = l_13;
let l_14 = l_7 + u32(2);
let l_15 = u32(3) * l_5;
let l_16 = l_15 + u32(2);
let l_17 = buffer_0_global[l_16];
buffer_4_global[l_14] = l_17;

for (var l_mut_18: u32 = u32(0); l_mut_18 < info.scalars_u32[2]; l_mut_18++) {
let l_19 = l_7 + u32(3);
let l_20 = l_19 + l_mut_18;
let l_21 = l_5 * info.scalars_u32[2];
let l_22 = l_21 + l_mut_18;
let l_23 = buffer_1_global[l_22];
buffer_4_global[l_20] = l_23;
}
}
}
