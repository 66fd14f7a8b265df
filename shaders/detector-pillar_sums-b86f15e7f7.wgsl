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
fn pillar_sums(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

var l_mut_5: f32;
var l_mut_6: f32;
var l_mut_7: f32;
var l_mut_8: u32;
let l_0 = id >= info.scalars_u32[0];
if l_0 {
return;
}
let l_1 = buffer_1_global[id];
let l_2 = min(l_1, info.scalars_u32[1]);
let l_3 = id * info.scalars_u32[1];
let l_4 = l_3 * info.scalars_u32[2];
l_mut_5 = f32(0.0);
l_mut_6 = f32(0.0);
l_mut_7 = f32(0.0);
l_mut_8 = u32(0);
loop {
let l_9 = l_mut_8 < l_2;
let l_10 = !l_9;
if l_10 {
break;
}
let l_11 = l_mut_8 * info.scalars_u32[2];
let l_12 = l_4 + l_11;
let l_13 = buffer_0_global[l_12];
let l_14 = bitcast<f32>(l_13);
l_mut_5 = l_mut_5 + l_14;
let l_15 = l_12 + u32(1);
let l_16 = buffer_0_global[l_15];
let l_17 = bitcast<f32>(l_16);
l_mut_6 = l_mut_6 + l_17;
let l_18 = l_12 + u32(2);
let l_19 = buffer_0_global[l_18];
let l_20 = bitcast<f32>(l_19);
l_mut_7 = l_mut_7 + l_20;
l_mut_8 = l_mut_8 + u32(1);
}
let l_21 = u32(3) * id;
let l_22 = bitcast<u32>(l_mut_5);
buffer_2_global[l_21] = l_22;
let l_23 = u32(3) * id;
let l_24 = l_23 + u32(1);
let l_25 = bitcast<u32>(l_mut_6);
buffer_2_global[l_24] = l_25;
let l_26 = u32(3) * id;
let l_27 = l_26 + u32(2);
let l_28 = bitcast<u32>(l_mut_7);
buffer_2_global[l_27] = l_28;
}
