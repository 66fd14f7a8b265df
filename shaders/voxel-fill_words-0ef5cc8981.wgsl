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
fn fill_words(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_size_no_axis = WORKGROUP_SIZE_X * WORKGROUP_SIZE_Y * WORKGROUP_SIZE_Z;
let l_0 = workgroup_id.y * num_workgroups.x;
let l_1 = l_0 + workgroup_id.x;
let l_2 = workgroup_size_no_axis * u32(8);
let l_3 = l_1 * l_2;
let l_4 = l_3 + local_idx;
let l_5 = u32(0) * workgroup_size_no_axis;
let l_6 = l_4 + l_5;
let l_7 = l_6 < info.scalars_u32[1];
if l_7 {
buffer_0_global[l_6] = info.scalars_u32[0];
}
let l_8 = u32(1) * workgroup_size_no_axis;
let l_9 = l_4 + l_8;
let l_10 = l_9 < info.scalars_u32[1];
if l_10 {
buffer_0_global[l_9] = info.scalars_u32[0];
}
let l_11 = u32(2) * workgroup_size_no_axis;
let l_12 = l_4 + l_11;
let l_13 = l_12 < info.scalars_u32[1];
if l_13 {
buffer_0_global[l_12] = info.scalars_u32[0];
}
let l_14 = u32(3) * workgroup_size_no_axis;
let l_15 = l_4 + l_14;
let l_16 = l_15 < info.scalars_u32[1];
if l_16 {
buffer_0_global[l_15] = info.scalars_u32[0];
}
let l_17 = u32(4) * workgroup_size_no_axis;
let l_18 = l_4 + l_17;
let l_19 = l_18 < info.scalars_u32[1];
if l_19 {
buffer_0_global[l_18] = info.scalars_u32[0];
}
let l_20 = u32(5) * workgroup_size_no_axis;
let l_21 = l_4 + l_20;
let l_22 = l_21 < info.scalars_u32[1];
if l_22 {
buffer_0_global[l_21] = info.scalars_u32[0];
}
let l_23 = u32(6) * workgroup_size_no_axis;
let l_24 = l_4 + l_23;
let l_25 = l_24 < info.scalars_u32[1];
if l_25 {
buffer_0_global[l_24] = info.scalars_u32[0];
}
let l_26 = u32(7) * workgroup_size_no_axis;
let l_27 = l_4 + l_26;
let l_28 = l_27 < info.scalars_u32[1];
if l_28 {
buffer_0_global[l_27] = info.scalars_u32[0];
}
}
