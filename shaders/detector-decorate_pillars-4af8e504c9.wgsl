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

var l_mut_8: f32;
var l_mut_9: f32;
var l_mut_10: f32;
var l_mut_11: u32;
var l_mut_48: u32;
let l_0 = id >= info.scalars_u32[0];
if l_0 {
return;
}
let l_1 = id / info.scalars_u32[1];
let l_2 = id % info.scalars_u32[1];
let l_3 = buffer_2_global[l_1];
let l_4 = min(l_3, info.scalars_u32[1]);
let l_5 = l_2 < l_4;
if l_5 {
let l_6 = l_1 * info.scalars_u32[1];
let l_7 = l_6 * info.scalars_u32[2];
l_mut_8 = f32(0.0);
l_mut_9 = f32(0.0);
l_mut_10 = f32(0.0);
l_mut_11 = u32(0);
loop {
let l_12 = l_mut_11 < l_4;
let l_13 = !l_12;
if l_13 {
break;
}
let l_14 = l_mut_11 * info.scalars_u32[2];
let l_15 = l_7 + l_14;
let l_16 = buffer_0_global[l_15];
let l_17 = bitcast<f32>(l_16);
l_mut_8 = l_mut_8 + l_17;
let l_18 = l_15 + u32(1);
let l_19 = buffer_0_global[l_18];
let l_20 = bitcast<f32>(l_19);
l_mut_9 = l_mut_9 + l_20;
let l_21 = l_15 + u32(2);
let l_22 = buffer_0_global[l_21];
let l_23 = bitcast<f32>(l_22);
l_mut_10 = l_mut_10 + l_23;
l_mut_11 = l_mut_11 + u32(1);
}
let l_24 = f32(l_4);
let l_25 = l_1 * info.scalars_u32[3];
let l_26 = l_25 + info.scalars_u32[3];
let l_27 = l_26 - u32(3);
let l_28 = buffer_1_global[l_27];
let l_29 = buffer_3_global[l_28];
let l_30 = bitcast<f32>(l_29);
let l_31 = l_1 * info.scalars_u32[3];
let l_32 = l_31 + info.scalars_u32[3];
let l_33 = l_32 - u32(2);
let l_34 = buffer_1_global[l_33];
let l_35 = buffer_4_global[l_34];
let l_36 = bitcast<f32>(l_35);
let l_37 = l_2 * info.scalars_u32[2];
let l_38 = l_7 + l_37;
let l_39 = buffer_0_global[l_38];
let l_40 = bitcast<f32>(l_39);
let l_41 = l_38 + u32(1);
let l_42 = buffer_0_global[l_41];
let l_43 = bitcast<f32>(l_42);
let l_44 = l_38 + u32(2);
let l_45 = buffer_0_global[l_44];
let l_46 = bitcast<f32>(l_45);
let l_47 = info.scalars_u32[2] + u32(5);
l_mut_48 = l_47;
l_mut_48 = l_mut_48 + u32(1);
let l_49 = id * l_mut_48;

for (var l_mut_50: u32 = u32(0); l_mut_50 < info.scalars_u32[2]; l_mut_50++) {
let l_51 = l_49 + l_mut_50;
let l_52 = l_38 + l_mut_50;
let l_53 = buffer_0_global[l_52];
buffer_5_global[l_51] = l_53;
}
let l_54 = l_49 + info.scalars_u32[2];
let l_55 = l_mut_8 / l_24;
let l_56 = l_40 - l_55;
let l_57 = bitcast<u32>(l_56);
buffer_5_global[l_54] = l_57;
let l_58 = l_49 + info.scalars_u32[2];
let l_59 = l_58 + u32(1);
let l_60 = l_mut_9 / l_24;
let l_61 = l_43 - l_60;
let l_62 = bitcast<u32>(l_61);
buffer_5_global[l_59] = l_62;
let l_63 = l_49 + info.scalars_u32[2];
let l_64 = l_63 + u32(2);
let l_65 = l_mut_10 / l_24;
let l_66 = l_46 - l_65;
let l_67 = bitcast<u32>(l_66);
buffer_5_global[l_64] = l_67;
let l_68 = l_49 + info.scalars_u32[2];
let l_69 = l_68 + u32(3);
let l_70 = l_40 - l_30;
let l_71 = bitcast<u32>(l_70);
buffer_5_global[l_69] = l_71;
let l_72 = l_49 + info.scalars_u32[2];
let l_73 = l_72 + u32(4);
let l_74 = l_43 - l_36;
let l_75 = bitcast<u32>(l_74);
buffer_5_global[l_73] = l_75;
let l_76 = l_49 + info.scalars_u32[2];
let l_77 = l_76 + u32(5);
let l_78 = l_46 - info.scalars_f32[0];
let l_79 = bitcast<u32>(l_78);
buffer_5_global[l_77] = l_79;
} else {
let l_80 = info.scalars_u32[2] + u32(5);
l_mut_48 = l_80;
l_mut_48 = l_mut_48 + u32(1);

for (var l_mut_81: u32 = u32(0); l_mut_81 < l_mut_48; l_mut_81++) {
let l_82 = id * l_mut_48;
let l_83 = l_82 + l_mut_81;
buffer_5_global[l_83] = u32(0);
}
}
}
