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
fn finish_mean(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

var l_mut_3: u32;
var l_mut_7: u32;
var l_mut_11: u32;
var l_mut_30: f32;
var l_mut_37: f32;
let l_0 = id < info.scalars_u32[0];
if l_0 {
let l_1 = id / info.scalars_u32[1];
let l_2 = buffer_1_global[l_1];
l_mut_3 = u32(0);
let l_4 = l_2 != u32(0);
if l_4 {
let l_5 = u32(2) * id;
let l_6 = buffer_2_global[l_5];
l_mut_7 = l_6;
let l_8 = u32(2) * id;
let l_9 = l_8 + u32(1);
let l_10 = buffer_2_global[l_9];
l_mut_11 = l_10;
let l_12 = l_mut_11 >> u32(31);
let l_13 = l_12 == u32(1);
if l_13 {
let l_14 = ~l_mut_7;
let l_15 = l_14 + u32(1);
l_mut_7 = l_15;
let l_16 = ~l_mut_11;
l_mut_11 = l_16;
let l_17 = l_mut_7 == u32(0);
if l_17 {
l_mut_11 = l_mut_11 + u32(1);
}
}
let l_18 = f32(l_mut_11);
let l_19 = l_18 * f32(4294967296.0);
let l_20 = f32(l_mut_7);
let l_21 = l_19 + l_20;
let l_22 = buffer_0_global[id];
let l_23 = l_22 >> u32(23);
let l_24 = l_23 & u32(255);
let l_25 = i32(l_24);
let l_26 = l_25 - i32(127);
let l_27 = i32(30) - l_26;
let l_28 = -l_27;
let l_29 = l_28 / i32(2);
l_mut_30 = f32(0.0);
let l_31 = l_29 >= i32(-126);
if l_31 {
let l_32 = l_29 + i32(127);
let l_33 = u32(l_32);
let l_34 = l_33 << u32(23);
let l_35 = bitcast<f32>(l_34);
l_mut_30 = l_35;
}
let l_36 = l_28 - l_29;
l_mut_37 = f32(0.0);
let l_38 = l_36 >= i32(-126);
if l_38 {
let l_39 = l_36 + i32(127);
let l_40 = u32(l_39);
let l_41 = l_40 << u32(23);
let l_42 = bitcast<f32>(l_41);
l_mut_37 = l_42;
}
let l_43 = l_mut_30 * l_mut_37;
let l_44 = l_21 * l_43;
l_mut_37 = l_44;
if l_13 {
let l_45 = -l_mut_37;
l_mut_37 = l_45;
}
let l_46 = bitcast<u32>(l_mut_37);
l_mut_3 = l_46;
}
buffer_0_global[id] = l_mut_3;
}
}
