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

struct info_st {
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 8>,
}

@group(0)
@binding(4)
var<storage, read> info: info_st;

var<workgroup> shared_memory_43: array<u32, 256>;

var<workgroup> shared_memory_80: array<u32, 256>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn hard_stats(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var l_mut_5: u32;
var l_mut_6: u32;
var l_mut_8: u32;
var l_mut_45: u32;
let l_0 = workgroup_id.y * num_workgroups.x;
let l_1 = l_0 + workgroup_id.x;
let l_2 = buffer_1_global[l_1];
let l_3 = l_1 + u32(1);
let l_4 = buffer_1_global[l_3];
l_mut_5 = u32(0);
l_mut_6 = u32(0);
let l_7 = l_2 + local_idx;
l_mut_8 = l_7;
loop {
let l_9 = l_mut_8 < l_4;
let l_10 = !l_9;
if l_10 {
break;
}
let l_11 = l_mut_8 + u32(0);
let l_12 = l_11 < l_4;
if l_12 {
let l_13 = buffer_0_global[l_11];
let l_14 = min(l_13, info.scalars_u32[0]);
l_mut_5 = l_mut_5 + l_14;
l_mut_6 = l_mut_6 + l_13;
}
let l_15 = l_mut_8 + u32(256);
let l_16 = l_15 < l_4;
if l_16 {
let l_17 = buffer_0_global[l_15];
let l_18 = min(l_17, info.scalars_u32[0]);
l_mut_5 = l_mut_5 + l_18;
l_mut_6 = l_mut_6 + l_17;
}
let l_19 = l_mut_8 + u32(512);
let l_20 = l_19 < l_4;
if l_20 {
let l_21 = buffer_0_global[l_19];
let l_22 = min(l_21, info.scalars_u32[0]);
l_mut_5 = l_mut_5 + l_22;
l_mut_6 = l_mut_6 + l_21;
}
let l_23 = l_mut_8 + u32(768);
let l_24 = l_23 < l_4;
if l_24 {
let l_25 = buffer_0_global[l_23];
let l_26 = min(l_25, info.scalars_u32[0]);
l_mut_5 = l_mut_5 + l_26;
l_mut_6 = l_mut_6 + l_25;
}
let l_27 = l_mut_8 + u32(1024);
let l_28 = l_27 < l_4;
if l_28 {
let l_29 = buffer_0_global[l_27];
let l_30 = min(l_29, info.scalars_u32[0]);
l_mut_5 = l_mut_5 + l_30;
l_mut_6 = l_mut_6 + l_29;
}
let l_31 = l_mut_8 + u32(1280);
let l_32 = l_31 < l_4;
if l_32 {
let l_33 = buffer_0_global[l_31];
let l_34 = min(l_33, info.scalars_u32[0]);
l_mut_5 = l_mut_5 + l_34;
l_mut_6 = l_mut_6 + l_33;
}
let l_35 = l_mut_8 + u32(1536);
let l_36 = l_35 < l_4;
if l_36 {
let l_37 = buffer_0_global[l_35];
let l_38 = min(l_37, info.scalars_u32[0]);
l_mut_5 = l_mut_5 + l_38;
l_mut_6 = l_mut_6 + l_37;
}
let l_39 = l_mut_8 + u32(1792);
let l_40 = l_39 < l_4;
if l_40 {
let l_41 = buffer_0_global[l_39];
let l_42 = min(l_41, info.scalars_u32[0]);
l_mut_5 = l_mut_5 + l_42;
l_mut_6 = l_mut_6 + l_41;
}
l_mut_8 = l_mut_8 + u32(2048);
}
shared_memory_43[local_idx] = l_mut_5;
workgroupBarrier();
let l_44 = shared_memory_43[local_idx];
l_mut_45 = l_44;
let l_46 = local_idx >= u32(1);
if l_46 {
let l_47 = local_idx - u32(1);
let l_48 = shared_memory_43[l_47];
l_mut_45 = l_mut_45 + l_48;
}
workgroupBarrier();
shared_memory_43[local_idx] = l_mut_45;
workgroupBarrier();
let l_49 = shared_memory_43[local_idx];
l_mut_45 = l_49;
let l_50 = local_idx >= u32(2);
if l_50 {
let l_51 = local_idx - u32(2);
let l_52 = shared_memory_43[l_51];
l_mut_45 = l_mut_45 + l_52;
}
workgroupBarrier();
shared_memory_43[local_idx] = l_mut_45;
workgroupBarrier();
let l_53 = shared_memory_43[local_idx];
l_mut_45 = l_53;
let l_54 = local_idx >= u32(4);
if l_54 {
let l_55 = local_idx - u32(4);
let l_56 = shared_memory_43[l_55];
l_mut_45 = l_mut_45 + l_56;
}
workgroupBarrier();
shared_memory_43[local_idx] = l_mut_45;
workgroupBarrier();
let l_57 = shared_memory_43[local_idx];
l_mut_45 = l_57;
let l_58 = local_idx >= u32(8);
if l_58 {
let l_59 = local_idx - u32(8);
let l_60 = shared_memory_43[l_59];
l_mut_45 = l_mut_45 + l_60;
}
workgroupBarrier();
shared_memory_43[local_idx] = l_mut_45;
workgroupBarrier();
let l_61 = shared_memory_43[local_idx];
l_mut_45 = l_61;
let l_62 = local_idx >= u32(16);
if l_62 {
let l_63 = local_idx - u32(16);
let l_64 = shared_memory_43[l_63];
l_mut_45 = l_mut_45 + l_64;
}
workgroupBarrier();
shared_memory_43[local_idx] = l_mut_45;
workgroupBarrier();
let l_65 = shared_memory_43[local_idx];
l_mut_45 = l_65;
let l_66 = local_idx >= u32(32);
if l_66 {
let l_67 = local_idx - u32(32);
let l_68 = shared_memory_43[l_67];
l_mut_45 = l_mut_45 + l_68;
}
workgroupBarrier();
shared_memory_43[local_idx] = l_mut_45;
workgroupBarrier();
let l_69 = shared_memory_43[local_idx];
l_mut_45 = l_69;
let l_70 = local_idx >= u32(64);
if l_70 {
let l_71 = local_idx - u32(64);
let l_72 = shared_memory_43[l_71];
l_mut_45 = l_mut_45 + l_72;
}
workgroupBarrier();
shared_memory_43[local_idx] = l_mut_45;
workgroupBarrier();
let l_73 = shared_memory_43[local_idx];
l_mut_45 = l_73;
let l_74 = local_idx >= u32(128);
if l_74 {
let l_75 = local_idx - u32(128);
let l_76 = shared_memory_43[l_75];
l_mut_45 = l_mut_45 + l_76;
}
workgroupBarrier();
shared_memory_43[local_idx] = l_mut_45;
workgroupBarrier();
let l_77 = shared_memory_43[local_idx];
let l_78 = shared_memory_43[u32(255)];
let l_79 = l_77 - l_mut_5;
shared_memory_80[local_idx] = l_mut_6;
workgroupBarrier();
let l_81 = shared_memory_80[local_idx];
l_mut_45 = l_81;
let l_82 = local_idx >= u32(1);
if l_82 {
let l_83 = local_idx - u32(1);
let l_84 = shared_memory_80[l_83];
l_mut_45 = l_mut_45 + l_84;
}
workgroupBarrier();
shared_memory_80[local_idx] = l_mut_45;
workgroupBarrier();
let l_85 = shared_memory_80[local_idx];
l_mut_45 = l_85;
let l_86 = local_idx >= u32(2);
if l_86 {
let l_87 = local_idx - u32(2);
let l_88 = shared_memory_80[l_87];
l_mut_45 = l_mut_45 + l_88;
}
workgroupBarrier();
shared_memory_80[local_idx] = l_mut_45;
workgroupBarrier();
let l_89 = shared_memory_80[local_idx];
l_mut_45 = l_89;
let l_90 = local_idx >= u32(4);
if l_90 {
let l_91 = local_idx - u32(4);
let l_92 = shared_memory_80[l_91];
l_mut_45 = l_mut_45 + l_92;
}
workgroupBarrier();
shared_memory_80[local_idx] = l_mut_45;
workgroupBarrier();
let l_93 = shared_memory_80[local_idx];
l_mut_45 = l_93;
let l_94 = local_idx >= u32(8);
if l_94 {
let l_95 = local_idx - u32(8);
let l_96 = shared_memory_80[l_95];
l_mut_45 = l_mut_45 + l_96;
}
workgroupBarrier();
shared_memory_80[local_idx] = l_mut_45;
workgroupBarrier();
let l_97 = shared_memory_80[local_idx];
l_mut_45 = l_97;
let l_98 = local_idx >= u32(16);
if l_98 {
let l_99 = local_idx - u32(16);
let l_100 = shared_memory_80[l_99];
l_mut_45 = l_mut_45 + l_100;
}
workgroupBarrier();
shared_memory_80[local_idx] = l_mut_45;
workgroupBarrier();
let l_101 = shared_memory_80[local_idx];
l_mut_45 = l_101;
let l_102 = local_idx >= u32(32);
if l_102 {
let l_103 = local_idx - u32(32);
let l_104 = shared_memory_80[l_103];
l_mut_45 = l_mut_45 + l_104;
}
workgroupBarrier();
shared_memory_80[local_idx] = l_mut_45;
workgroupBarrier();
let l_105 = shared_memory_80[local_idx];
l_mut_45 = l_105;
let l_106 = local_idx >= u32(64);
if l_106 {
let l_107 = local_idx - u32(64);
let l_108 = shared_memory_80[l_107];
l_mut_45 = l_mut_45 + l_108;
}
workgroupBarrier();
shared_memory_80[local_idx] = l_mut_45;
workgroupBarrier();
let l_109 = shared_memory_80[local_idx];
l_mut_45 = l_109;
let l_110 = local_idx >= u32(128);
if l_110 {
let l_111 = local_idx - u32(128);
let l_112 = shared_memory_80[l_111];
l_mut_45 = l_mut_45 + l_112;
}
workgroupBarrier();
shared_memory_80[local_idx] = l_mut_45;
workgroupBarrier();
let l_113 = shared_memory_80[local_idx];
let l_114 = shared_memory_80[u32(255)];
let l_115 = l_113 - l_mut_6;
let l_116 = local_idx == u32(0);
if l_116 {
let l_117 = u32(3) * l_1;
buffer_3_global[l_117] = l_78;
let l_118 = u32(3) * l_1;
let l_119 = l_118 + u32(1);
let l_120 = u32(3) * l_1;
let l_121 = buffer_2_global[l_120];
let l_122 = l_121 - l_114;
buffer_3_global[l_119] = l_122;
let l_123 = u32(3) * l_1;
let l_124 = l_123 + u32(2);
let l_125 = l_114 - l_78;
buffer_3_global[l_124] = l_125;
}
}
