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

@group(0)
@binding(5)
var<storage, read_write> buffer_5_global: array<u32>;

@group(0)
@binding(6)
var<storage, read_write> buffer_6_global: array<u32>;

struct info_st {
   scalars_f32: array<f32, 2>,
   scalars_u32: array<u32, 4>,
   static_meta: array<u32, 14>,
}

@group(0)
@binding(7)
var<storage, read> info: info_st;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn decorate_pillars(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

var l_mut_2: u32;
let l_0 = id >= info.scalars_u32[0];
if l_0 {
return;
}
let l_1 = info.scalars_u32[2] + u32(5);
l_mut_2 = l_1;
let l_3 = id / l_mut_2;
let l_4 = id % l_mut_2;
let l_5 = l_3 / info.scalars_u32[1];
let l_6 = buffer_2_global[l_5];
let l_7 = min(l_6, info.scalars_u32[1]);
l_mut_2 = u32(0);
let l_8 = l_3 % info.scalars_u32[1];
let l_9 = l_8 < l_7;
if l_9 {
let l_10 = l_3 * info.scalars_u32[2];
let l_11 = l_4 < info.scalars_u32[2];
if l_11 {
let l_12 = l_10 + l_4;
let l_13 = buffer_0_global[l_12];
l_mut_2 = l_13;
} else {
let l_14 = info.scalars_u32[2] + u32(3);
let l_15 = l_4 < l_14;
if l_15 {
let l_16 = l_4 - info.scalars_u32[2];
let l_17 = u32(3) * l_5;
let l_18 = l_17 + l_16;
let l_19 = buffer_3_global[l_18];
let l_20 = bitcast<f32>(l_19);
let l_21 = f32(l_7);
let l_22 = l_20 / l_21;
let l_23 = l_10 + l_16;
let l_24 = buffer_0_global[l_23];
let l_25 = bitcast<f32>(l_24);
let l_26 = l_25 - l_22;
let l_27 = bitcast<u32>(l_26);
l_mut_2 = l_27;
} else {
let l_28 = info.scalars_u32[2] + u32(3);
let l_29 = l_4 == l_28;
if l_29 {
let l_30 = l_5 * info.scalars_u32[3];
let l_31 = l_30 + info.scalars_u32[3];
let l_32 = l_31 - u32(3);
let l_33 = buffer_1_global[l_32];
let l_34 = buffer_4_global[l_33];
let l_35 = bitcast<f32>(l_34);
let l_36 = buffer_0_global[l_10];
let l_37 = bitcast<f32>(l_36);
let l_38 = l_37 - l_35;
let l_39 = bitcast<u32>(l_38);
l_mut_2 = l_39;
} else {
let l_40 = info.scalars_u32[2] + u32(4);
let l_41 = l_4 == l_40;
if l_41 {
let l_42 = l_5 * info.scalars_u32[3];
let l_43 = l_42 + info.scalars_u32[3];
let l_44 = l_43 - u32(2);
let l_45 = buffer_1_global[l_44];
let l_46 = buffer_5_global[l_45];
let l_47 = bitcast<f32>(l_46);
let l_48 = l_10 + u32(1);
let l_49 = buffer_0_global[l_48];
let l_50 = bitcast<f32>(l_49);
let l_51 = l_50 - l_47;
let l_52 = bitcast<u32>(l_51);
l_mut_2 = l_52;
} else {
let l_53 = l_10 + u32(2);
let l_54 = buffer_0_global[l_53];
let l_55 = bitcast<f32>(l_54);
let l_56 = l_55 - info.scalars_f32[0];
let l_57 = bitcast<u32>(l_56);
l_mut_2 = l_57;
}
}
}
}
}
buffer_6_global[id] = l_mut_2;
}
