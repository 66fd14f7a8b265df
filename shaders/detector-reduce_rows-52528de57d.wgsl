@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<u32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<u32>;

@group(0)
@binding(2)
var<storage, read_write> buffer_2_global: array<atomic<u32>>;

@group(0)
@binding(3)
var<storage, read_write> buffer_3_global: array<atomic<u32>>;

@group(0)
@binding(4)
var<storage, read_write> buffer_4_global: array<atomic<u32>>;

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
fn reduce_rows(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

var l_mut_18: f32;
var l_mut_25: f32;
var l_mut_36: u32;
let l_0 = id >= info.scalars_u32[0];
if l_0 {
return;
}
let l_1 = buffer_1_global[id];
let l_2 = l_1 != u32(4294967295);
if l_2 {

for (var l_mut_3: u32 = u32(0); l_mut_3 < info.scalars_u32[1]; l_mut_3++) {
let l_4 = l_1 * info.scalars_u32[1];
let l_5 = l_4 + l_mut_3;
let l_6 = id * info.scalars_u32[1];
let l_7 = l_6 + l_mut_3;
let l_8 = buffer_0_global[l_7];
let l_9 = bitcast<f32>(l_8);
let l_10 = &buffer_2_global[l_5];
let l_11 = atomicLoad(l_10);
let l_12 = l_11 >> u32(23);
let l_13 = l_12 & u32(255);
let l_14 = i32(l_13);
let l_15 = l_14 - i32(127);
let l_16 = i32(30) - l_15;
let l_17 = l_16 / i32(2);
l_mut_18 = f32(0.0);
let l_19 = l_17 >= i32(-126);
if l_19 {
let l_20 = l_17 + i32(127);
let l_21 = u32(l_20);
let l_22 = l_21 << u32(23);
let l_23 = bitcast<f32>(l_22);
l_mut_18 = l_23;
}
let l_24 = l_16 - l_17;
l_mut_25 = f32(0.0);
let l_26 = l_24 >= i32(-126);
if l_26 {
let l_27 = l_24 + i32(127);
let l_28 = u32(l_27);
let l_29 = l_28 << u32(23);
let l_30 = bitcast<f32>(l_29);
l_mut_25 = l_30;
}
let l_31 = l_mut_18 * l_mut_25;
let l_32 = l_9 * l_31;
let l_33 = round(l_32);
let l_34 = i32(l_33);
let l_35 = bitcast<u32>(l_34);
l_mut_36 = u32(0);
let l_37 = l_34 < i32(0);
if l_37 {
l_mut_36 = u32(4294967295);
}
let l_38 = u32(2) * l_5;
let l_39 = &buffer_3_global[l_38];
let l_40 = atomicAdd(l_39, l_35);let l_41 = ~l_40;
let l_42 = l_35 > l_41;
if l_42 {
l_mut_36 = l_mut_36 + u32(1);
}
let l_43 = u32(2) * l_5;
let l_44 = l_43 + u32(1);
let l_45 = &buffer_3_global[l_44];
let l_46 = atomicAdd(l_45, l_mut_36);}
}
}
