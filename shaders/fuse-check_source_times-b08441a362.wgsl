@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<u32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<u32>;

@group(0)
@binding(2)
var<storage, read_write> buffer_2_global: array<atomic<u32>>;

struct info_st {
   scalars_u32: array<u32, 2>,
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
fn check_source_times(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

var l_mut_4: u32;
var l_mut_10: bool;
let l_0 = info.scalars_u32[0] * info.scalars_u32[1];
let l_1 = id < l_0;
if l_1 {
let l_2 = id / info.scalars_u32[1];
let l_3 = id % info.scalars_u32[1];
l_mut_4 = info.scalars_u32[1];
let l_5 = l_3 < l_mut_4;
if l_5 {
let l_6 = buffer_0_global[id];
let l_7 = l_6 >> u32(23);
let l_8 = l_7 & u32(255);
let l_9 = l_8 != u32(255);
l_mut_10 = bool(true);
let l_11 = l_3 > u32(0);
if l_11 {
let l_12 = id - u32(1);
let l_13 = buffer_0_global[l_12];
let l_14 = bitcast<f32>(l_13);
let l_15 = buffer_0_global[id];
let l_16 = bitcast<f32>(l_15);
let l_17 = l_14 < l_16;
let l_18 = l_14 == l_16;
let l_19 = f32(0.0) < f32(0.0);
let l_20 = f32(0.0) == f32(0.0);
let l_21 = f32(0.0) <= f32(0.0);
let l_22 = l_20 && l_21;
let l_23 = l_19 || l_22;
let l_24 = l_18 && l_23;
let l_25 = l_17 || l_24;
l_mut_10 = l_25;
}
let l_26 = l_9 && l_mut_10;
let l_27 = !l_26;
if l_27 {
let l_28 = &buffer_2_global[u32(0)];
let l_29 = atomicOr(l_28, u32(1));}
}
}
}
