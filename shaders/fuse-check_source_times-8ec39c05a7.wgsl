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
var l_mut_13: bool;
var l_mut_23: f32;
var l_mut_24: f32;
var l_mut_25: f32;
var l_mut_40: f32;
var l_mut_47: f32;
var l_mut_99: f32;
var l_mut_114: f32;
var l_mut_121: f32;
let l_0 = info.scalars_u32[0] * info.scalars_u32[1];
let l_1 = id < l_0;
if l_1 {
let l_2 = id / info.scalars_u32[1];
let l_3 = id % info.scalars_u32[1];
l_mut_4 = info.scalars_u32[1];
let l_5 = buffer_1_global[l_2];
l_mut_4 = l_5;
let l_6 = l_3 < l_mut_4;
if l_6 {
let l_7 = u32(2) * id;
let l_8 = l_7 + u32(1);
let l_9 = buffer_0_global[l_8];
let l_10 = l_9 >> u32(20);
let l_11 = l_10 & u32(2047);
let l_12 = l_11 != u32(2047);
l_mut_13 = bool(true);
let l_14 = l_3 > u32(0);
if l_14 {
let l_15 = id - u32(1);
let l_16 = u32(2) * l_15;
let l_17 = buffer_0_global[l_16];
let l_18 = u32(2) * l_15;
let l_19 = l_18 + u32(1);
let l_20 = buffer_0_global[l_19];
let l_21 = l_20 >> u32(20);
let l_22 = l_21 & u32(2047);
l_mut_23 = f32(0.0);
l_mut_24 = f32(0.0);
l_mut_25 = f32(0.0);
let l_26 = l_22 != u32(0);
if l_26 {
let l_27 = i32(l_22);
let l_28 = l_27 - i32(1023);
let l_29 = l_20 & u32(1048575);
let l_30 = l_29 | u32(1048576);
let l_31 = l_30 << u32(3);
let l_32 = l_17 >> u32(29);
let l_33 = l_31 | l_32;
let l_34 = l_17 >> u32(5);
let l_35 = l_34 & u32(16777215);
let l_36 = l_17 & u32(31);
let l_37 = f32(l_33);
let l_38 = l_28 - i32(23);
let l_39 = l_38 / i32(2);
l_mut_40 = f32(0.0);
let l_41 = l_39 >= i32(-126);
if l_41 {
let l_42 = l_39 + i32(127);
let l_43 = u32(l_42);
let l_44 = l_43 << u32(23);
let l_45 = bitcast<f32>(l_44);
l_mut_40 = l_45;
}
let l_46 = l_38 - l_39;
l_mut_47 = f32(0.0);
let l_48 = l_46 >= i32(-126);
if l_48 {
let l_49 = l_46 + i32(127);
let l_50 = u32(l_49);
let l_51 = l_50 << u32(23);
let l_52 = bitcast<f32>(l_51);
l_mut_47 = l_52;
}
let l_53 = l_mut_40 * l_mut_47;
let l_54 = l_37 * l_53;
l_mut_23 = l_54;
let l_55 = f32(l_35);
let l_56 = l_28 - i32(47);
let l_57 = l_56 / i32(2);
l_mut_47 = f32(0.0);
let l_58 = l_57 >= i32(-126);
if l_58 {
let l_59 = l_57 + i32(127);
let l_60 = u32(l_59);
let l_61 = l_60 << u32(23);
let l_62 = bitcast<f32>(l_61);
l_mut_47 = l_62;
}
let l_63 = l_56 - l_57;
l_mut_40 = f32(0.0);
let l_64 = l_63 >= i32(-126);
if l_64 {
let l_65 = l_63 + i32(127);
let l_66 = u32(l_65);
let l_67 = l_66 << u32(23);
let l_68 = bitcast<f32>(l_67);
l_mut_40 = l_68;
}
let l_69 = l_mut_47 * l_mut_40;
let l_70 = l_55 * l_69;
l_mut_24 = l_70;
let l_71 = f32(l_36);
let l_72 = l_28 - i32(52);
let l_73 = l_72 / i32(2);
l_mut_47 = f32(0.0);
let l_74 = l_73 >= i32(-126);
if l_74 {
let l_75 = l_73 + i32(127);
let l_76 = u32(l_75);
let l_77 = l_76 << u32(23);
let l_78 = bitcast<f32>(l_77);
l_mut_47 = l_78;
}
let l_79 = l_72 - l_73;
l_mut_40 = f32(0.0);
let l_80 = l_79 >= i32(-126);
if l_80 {
let l_81 = l_79 + i32(127);
let l_82 = u32(l_81);
let l_83 = l_82 << u32(23);
let l_84 = bitcast<f32>(l_83);
l_mut_40 = l_84;
}
let l_85 = l_mut_47 * l_mut_40;
let l_86 = l_71 * l_85;
l_mut_25 = l_86;
let l_87 = l_20 >> u32(31);
let l_88 = l_87 == u32(1);
if l_88 {
let l_89 = -l_mut_23;
l_mut_23 = l_89;
let l_90 = -l_mut_24;
l_mut_24 = l_90;
let l_91 = -l_mut_25;
l_mut_25 = l_91;
}
}
let l_92 = u32(2) * id;
let l_93 = buffer_0_global[l_92];
let l_94 = u32(2) * id;
let l_95 = l_94 + u32(1);
let l_96 = buffer_0_global[l_95];
let l_97 = l_96 >> u32(20);
let l_98 = l_97 & u32(2047);
l_mut_47 = f32(0.0);
l_mut_40 = f32(0.0);
l_mut_99 = f32(0.0);
let l_100 = l_98 != u32(0);
if l_100 {
let l_101 = i32(l_98);
let l_102 = l_101 - i32(1023);
let l_103 = l_96 & u32(1048575);
let l_104 = l_103 | u32(1048576);
let l_105 = l_104 << u32(3);
let l_106 = l_93 >> u32(29);
let l_107 = l_105 | l_106;
let l_108 = l_93 >> u32(5);
let l_109 = l_108 & u32(16777215);
let l_110 = l_93 & u32(31);
let l_111 = f32(l_107);
let l_112 = l_102 - i32(23);
let l_113 = l_112 / i32(2);
l_mut_114 = f32(0.0);
let l_115 = l_113 >= i32(-126);
if l_115 {
let l_116 = l_113 + i32(127);
let l_117 = u32(l_116);
let l_118 = l_117 << u32(23);
let l_119 = bitcast<f32>(l_118);
l_mut_114 = l_119;
}
let l_120 = l_112 - l_113;
l_mut_121 = f32(0.0);
let l_122 = l_120 >= i32(-126);
if l_122 {
let l_123 = l_120 + i32(127);
let l_124 = u32(l_123);
let l_125 = l_124 << u32(23);
let l_126 = bitcast<f32>(l_125);
l_mut_121 = l_126;
}
let l_127 = l_mut_114 * l_mut_121;
let l_128 = l_111 * l_127;
l_mut_47 = l_128;
let l_129 = f32(l_109);
let l_130 = l_102 - i32(47);
let l_131 = l_130 / i32(2);
l_mut_121 = f32(0.0);
let l_132 = l_131 >= i32(-126);
if l_132 {
let l_133 = l_131 + i32(127);
let l_134 = u32(l_133);
let l_135 = l_134 << u32(23);
let l_136 = bitcast<f32>(l_135);
l_mut_121 = l_136;
}
let l_137 = l_130 - l_131;
l_mut_114 = f32(0.0);
let l_138 = l_137 >= i32(-126);
if l_138 {
let l_139 = l_137 + i32(127);
let l_140 = u32(l_139);
let l_141 = l_140 << u32(23);
let l_142 = bitcast<f32>(l_141);
l_mut_114 = l_142;
}
let l_143 = l_mut_121 * l_mut_114;
let l_144 = l_129 * l_143;
l_mut_40 = l_144;
let l_145 = f32(l_110);
let l_146 = l_102 - i32(52);
let l_147 = l_146 / i32(2);
l_mut_121 = f32(0.0);
let l_148 = l_147 >= i32(-126);
if l_148 {
let l_149 = l_147 + i32(127);
let l_150 = u32(l_149);
let l_151 = l_150 << u32(23);
let l_152 = bitcast<f32>(l_151);
l_mut_121 = l_152;
}
let l_153 = l_146 - l_147;
l_mut_114 = f32(0.0);
let l_154 = l_153 >= i32(-126);
if l_154 {
let l_155 = l_153 + i32(127);
let l_156 = u32(l_155);
let l_157 = l_156 << u32(23);
let l_158 = bitcast<f32>(l_157);
l_mut_114 = l_158;
}
let l_159 = l_mut_121 * l_mut_114;
let l_160 = l_145 * l_159;
l_mut_99 = l_160;
let l_161 = l_96 >> u32(31);
let l_162 = l_161 == u32(1);
if l_162 {
let l_163 = -l_mut_47;
l_mut_47 = l_163;
let l_164 = -l_mut_40;
l_mut_40 = l_164;
let l_165 = -l_mut_99;
l_mut_99 = l_165;
}
}
let l_166 = l_mut_23 < l_mut_47;
let l_167 = l_mut_23 == l_mut_47;
let l_168 = l_mut_24 < l_mut_40;
let l_169 = l_mut_24 == l_mut_40;
let l_170 = l_mut_25 <= l_mut_99;
let l_171 = l_169 && l_170;
let l_172 = l_168 || l_171;
let l_173 = l_167 && l_172;
let l_174 = l_166 || l_173;
l_mut_13 = l_174;
}
let l_175 = l_12 && l_mut_13;
let l_176 = !l_175;
if l_176 {
let l_177 = &buffer_2_global[u32(0)];
let l_178 = atomicOr(l_177, u32(1));}
}
}
}
