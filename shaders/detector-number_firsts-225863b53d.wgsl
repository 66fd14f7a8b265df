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

@group(0)
@binding(7)
var<storage, read_write> buffer_7_global: array<u32>;

struct info_st {
   scalars_f32: array<f32, 10>,
   scalars_u32: array<u32, 10>,
   static_meta: array<u32, 16>,
}

@group(0)
@binding(8)
var<storage, read> info: info_st;

var<workgroup> shared_memory_21: array<u32, 256>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn number_firsts(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var l_mut_6: u32;
var l_mut_11: bool;
var l_mut_23: u32;
let l_0 = workgroup_id.y * num_workgroups.x;
let l_1 = l_0 + workgroup_id.x;
let l_2 = l_1 / info.scalars_u32[5];
let l_3 = l_1 % info.scalars_u32[5];
let l_4 = l_3 * u32(2048);
let l_5 = l_2 >= info.scalars_u32[6];
if l_5 {
return;
}
l_mut_6 = u32(0);

for (var l_mut_7: u32 = u32(0); l_mut_7 < u32(8); l_mut_7++) {
let l_8 = local_idx * u32(8);
let l_9 = l_8 + l_mut_7;
let l_10 = l_4 + l_9;
l_mut_11 = bool(false);
let l_12 = l_10 < info.scalars_u32[3];
if l_12 {
let l_13 = l_2 * info.scalars_u32[3];
let l_14 = l_13 + l_10;
let l_15 = buffer_0_global[l_14];
let l_16 = l_15 != u32(4294967295);
if l_16 {
let l_17 = l_2 * info.scalars_u32[7];
let l_18 = l_17 + l_15;
let l_19 = buffer_1_global[l_18];
let l_20 = l_19 == l_10;
l_mut_11 = l_20;
}
}
if l_mut_11 {
l_mut_6 = l_mut_6 + u32(1);
}
}
shared_memory_21[local_idx] = l_mut_6;
workgroupBarrier();
let l_22 = shared_memory_21[local_idx];
l_mut_23 = l_22;
let l_24 = local_idx >= u32(1);
if l_24 {
let l_25 = local_idx - u32(1);
let l_26 = shared_memory_21[l_25];
l_mut_23 = l_mut_23 + l_26;
}
workgroupBarrier();
shared_memory_21[local_idx] = l_mut_23;
workgroupBarrier();
let l_27 = shared_memory_21[local_idx];
l_mut_23 = l_27;
let l_28 = local_idx >= u32(2);
if l_28 {
let l_29 = local_idx - u32(2);
let l_30 = shared_memory_21[l_29];
l_mut_23 = l_mut_23 + l_30;
}
workgroupBarrier();
shared_memory_21[local_idx] = l_mut_23;
workgroupBarrier();
let l_31 = shared_memory_21[local_idx];
l_mut_23 = l_31;
let l_32 = local_idx >= u32(4);
if l_32 {
let l_33 = local_idx - u32(4);
let l_34 = shared_memory_21[l_33];
l_mut_23 = l_mut_23 + l_34;
}
workgroupBarrier();
shared_memory_21[local_idx] = l_mut_23;
workgroupBarrier();
let l_35 = shared_memory_21[local_idx];
l_mut_23 = l_35;
let l_36 = local_idx >= u32(8);
if l_36 {
let l_37 = local_idx - u32(8);
let l_38 = shared_memory_21[l_37];
l_mut_23 = l_mut_23 + l_38;
}
workgroupBarrier();
shared_memory_21[local_idx] = l_mut_23;
workgroupBarrier();
let l_39 = shared_memory_21[local_idx];
l_mut_23 = l_39;
let l_40 = local_idx >= u32(16);
if l_40 {
let l_41 = local_idx - u32(16);
let l_42 = shared_memory_21[l_41];
l_mut_23 = l_mut_23 + l_42;
}
workgroupBarrier();
shared_memory_21[local_idx] = l_mut_23;
workgroupBarrier();
let l_43 = shared_memory_21[local_idx];
l_mut_23 = l_43;
let l_44 = local_idx >= u32(32);
if l_44 {
let l_45 = local_idx - u32(32);
let l_46 = shared_memory_21[l_45];
l_mut_23 = l_mut_23 + l_46;
}
workgroupBarrier();
shared_memory_21[local_idx] = l_mut_23;
workgroupBarrier();
let l_47 = shared_memory_21[local_idx];
l_mut_23 = l_47;
let l_48 = local_idx >= u32(64);
if l_48 {
let l_49 = local_idx - u32(64);
let l_50 = shared_memory_21[l_49];
l_mut_23 = l_mut_23 + l_50;
}
workgroupBarrier();
shared_memory_21[local_idx] = l_mut_23;
workgroupBarrier();
let l_51 = shared_memory_21[local_idx];
l_mut_23 = l_51;
let l_52 = local_idx >= u32(128);
if l_52 {
let l_53 = local_idx - u32(128);
let l_54 = shared_memory_21[l_53];
l_mut_23 = l_mut_23 + l_54;
}
workgroupBarrier();
shared_memory_21[local_idx] = l_mut_23;
workgroupBarrier();
let l_55 = shared_memory_21[local_idx];
let l_56 = shared_memory_21[u32(255)];
let l_57 = l_55 - l_mut_6;
let l_58 = workgroup_id.y * num_workgroups.x;
let l_59 = l_58 + workgroup_id.x;
let l_60 = buffer_3_global[l_59];
let l_61 = buffer_4_global[l_2];
let l_62 = l_60 - l_61;
let l_63 = l_62 + l_57;
l_mut_23 = l_63;

for (var l_mut_64: u32 = u32(0); l_mut_64 < u32(8); l_mut_64++) {
let l_65 = local_idx * u32(8);
let l_66 = l_65 + l_mut_64;
let l_67 = l_4 + l_66;
l_mut_11 = bool(false);
let l_68 = l_67 < info.scalars_u32[3];
if l_68 {
let l_69 = l_2 * info.scalars_u32[3];
let l_70 = l_69 + l_67;
let l_71 = buffer_0_global[l_70];
let l_72 = l_71 != u32(4294967295);
if l_72 {
let l_73 = l_2 * info.scalars_u32[7];
let l_74 = l_73 + l_71;
let l_75 = buffer_1_global[l_74];
let l_76 = l_75 == l_67;
l_mut_11 = l_76;
}
}
if l_mut_11 {
let l_77 = l_2 * info.scalars_u32[7];
let l_78 = l_2 * info.scalars_u32[3];
let l_79 = l_78 + l_67;
let l_80 = buffer_0_global[l_79];
let l_81 = l_77 + l_80;
buffer_6_global[l_81] = l_mut_23;
let l_82 = l_mut_23 < info.scalars_u32[9];
if l_82 {
let l_83 = buffer_5_global[l_2];
let l_84 = l_83 + l_mut_23;
let l_85 = buffer_2_global[l_81];
let l_86 = l_85 % info.scalars_u32[1];
let l_87 = l_85 / info.scalars_u32[1];
let l_88 = l_87 % info.scalars_u32[0];
let l_89 = info.scalars_u32[1] * info.scalars_u32[0];
let l_90 = l_85 / l_89;
let l_91 = u32(3) * l_84;
buffer_7_global[l_91] = l_90;
let l_92 = u32(3) * l_84;
let l_93 = l_92 + u32(1);
buffer_7_global[l_93] = l_88;
let l_94 = u32(3) * l_84;
let l_95 = l_94 + u32(2);
buffer_7_global[l_95] = l_86;
}
l_mut_23 = l_mut_23 + u32(1);
}
}
}
