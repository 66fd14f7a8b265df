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

struct info_st {
   scalars_f32: array<f32, 2>,
   scalars_u32: array<u32, 4>,
   static_meta: array<u32, 12>,
}

@group(0)
@binding(6)
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

var l_mut_6: u32;
var l_mut_11: f32;
var l_mut_12: f32;
var l_mut_13: f32;
var l_mut_14: u32;
let l_0 = id >= info.scalars_u32[0];
if l_0 {
return;
}
let l_1 = id / info.scalars_u32[1];
let l_2 = id % info.scalars_u32[1];
let l_3 = buffer_2_global[l_1];
let l_4 = min(l_3, info.scalars_u32[1]);
let l_5 = info.scalars_u32[2] + u32(5);
l_mut_6 = l_5;
let l_7 = id * l_mut_6;
let l_8 = l_2 < l_4;
if l_8 {
let l_9 = l_1 * info.scalars_u32[1];
let l_10 = l_9 * info.scalars_u32[2];
l_mut_11 = f32(0.0);
l_mut_12 = f32(0.0);
l_mut_13 = f32(0.0);
l_mut_14 = u32(0);
loop {
let l_15 = l_mut_14 < l_4;
let l_16 = !l_15;
if l_16 {
break;
}
let l_17 = l_mut_14 * info.scalars_u32[2];
let l_18 = l_10 + l_17;
let l_19 = buffer_0_global[l_18];
let l_20 = bitcast<f32>(l_19);
l_mut_11 = l_mut_11 + l_20;
let l_21 = l_18 + u32(1);
let l_22 = buffer_0_global[l_21];
let l_23 = bitcast<f32>(l_22);
l_mut_12 = l_mut_12 + l_23;
let l_24 = l_18 + u32(2);
let l_25 = buffer_0_global[l_24];
let l_26 = bitcast<f32>(l_25);
l_mut_13 = l_mut_13 + l_26;
l_mut_14 = l_mut_14 + u32(1);
}
let l_27 = f32(l_4);
let l_28 = l_1 * info.scalars_u32[3];
let l_29 = l_28 + info.scalars_u32[3];
let l_30 = l_29 - u32(3);
let l_31 = buffer_1_global[l_30];
let l_32 = buffer_3_global[l_31];
let l_33 = bitcast<f32>(l_32);
let l_34 = l_1 * info.scalars_u32[3];
let l_35 = l_34 + info.scalars_u32[3];
let l_36 = l_35 - u32(2);
let l_37 = buffer_1_global[l_36];
let l_38 = buffer_4_global[l_37];
let l_39 = bitcast<f32>(l_38);
let l_40 = l_2 * info.scalars_u32[2];
let l_41 = l_10 + l_40;
let l_42 = buffer_0_global[l_41];
let l_43 = bitcast<f32>(l_42);
let l_44 = l_41 + u32(1);
let l_45 = buffer_0_global[l_44];
let l_46 = bitcast<f32>(l_45);
let l_47 = l_41 + u32(2);
let l_48 = buffer_0_global[l_47];
let l_49 = bitcast<f32>(l_48);

for (var l_mut_50: u32 = u32(0); l_mut_50 < info.scalars_u32[2]; l_mut_50++) {
let l_51 = l_7 + l_mut_50;
let l_52 = l_41 + l_mut_50;
let l_53 = buffer_0_global[l_52];
buffer_5_global[l_51] = l_53;
}
let l_54 = l_7 + info.scalars_u32[2];
let l_55 = l_mut_11 / l_27;
let l_56 = l_43 - l_55;
let l_57 = bitcast<u32>(l_56);
buffer_5_global[l_54] = l_57;
let l_58 = l_7 + info.scalars_u32[2];
let l_59 = l_58 + u32(1);
let l_60 = l_mut_12 / l_27;
let l_61 = l_46 - l_60;
let l_62 = bitcast<u32>(l_61);
buffer_5_global[l_59] = l_62;
let l_63 = l_7 + info.scalars_u32[2];
let l_64 = l_63 + u32(2);
let l_65 = l_mut_13 / l_27;
let l_66 = l_49 - l_65;
let l_67 = bitcast<u32>(l_66);
buffer_5_global[l_64] = l_67;
let l_68 = l_7 + info.scalars_u32[2];
let l_69 = l_68 + u32(3);
let l_70 = l_43 - l_33;
let l_71 = bitcast<u32>(l_70);
buffer_5_global[l_69] = l_71;
let l_72 = l_7 + info.scalars_u32[2];
let l_73 = l_72 + u32(4);
let l_74 = l_46 - l_39;
let l_75 = bitcast<u32>(l_74);
buffer_5_global[l_73] = l_75;
} else {

for (var l_mut_76: u32 = u32(0); l_mut_76 < l_mut_6; l_mut_76++) {
let l_77 = l_7 + l_mut_76;
buffer_5_global[l_77] = u32(0);
}
}
}
