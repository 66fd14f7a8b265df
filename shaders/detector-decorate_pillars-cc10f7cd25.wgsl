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
var l_mut_30: f32;
var l_mut_38: u32;
var l_mut_39: i32;
var l_mut_43: u32;
var l_mut_45: i32;
var l_mut_51: u32;
var l_mut_52: u32;
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
l_mut_6 = l_mut_6 + u32(1);
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
let l_27 = bitcast<u32>(l_mut_11);
let l_28 = l_27 >> u32(23);
let l_29 = l_28 & u32(255);
l_mut_30 = l_mut_11;
let l_31 = l_4 > u32(1);
let l_32 = l_29 != u32(255);
let l_33 = l_31 && l_32;
let l_34 = l_27 & u32(2147483647);
let l_35 = l_34 != u32(0);
let l_36 = l_33 && l_35;
if l_36 {
let l_37 = l_27 & u32(8388607);
l_mut_38 = l_37;
l_mut_39 = i32(1);
let l_40 = l_29 != u32(0);
if l_40 {
l_mut_38 = l_mut_38 | u32(8388608);
let l_41 = i32(l_29);
l_mut_39 = l_41;
}
let l_42 = l_mut_38 / l_4;
l_mut_43 = l_42;
let l_44 = l_mut_38 % l_4;
l_mut_38 = l_44;
l_mut_45 = i32(0);
loop {
let l_46 = l_mut_43 < u32(16777216);
let l_47 = !l_46;
if l_47 {
break;
}
l_mut_38 = l_mut_38 << u32(1);
l_mut_43 = l_mut_43 << u32(1);
let l_48 = l_mut_38 >= l_4;
if l_48 {
l_mut_38 = l_mut_38 - l_4;
l_mut_43 = l_mut_43 | u32(1);
}
l_mut_45 = l_mut_45 + i32(1);
}
let l_49 = l_mut_39 - l_mut_45;
let l_50 = l_49 + i32(1);
l_mut_51 = u32(1);
l_mut_52 = u32(0);
let l_53 = l_50 >= i32(1);
if l_53 {
let l_54 = l_50 - i32(1);
let l_55 = u32(l_54);
let l_56 = l_55 << u32(23);
l_mut_52 = l_56;
} else {
let l_57 = i32(2) - l_50;
let l_58 = u32(l_57);
let l_59 = min(l_58, u32(26));
l_mut_51 = l_59;
}
let l_60 = l_mut_43 >> l_mut_51;
let l_61 = l_mut_51 - u32(1);
let l_62 = l_mut_43 >> l_61;
let l_63 = l_62 & u32(1);
let l_64 = l_mut_51 - u32(1);
let l_65 = u32(1) << l_64;
let l_66 = l_65 - u32(1);
let l_67 = l_mut_43 & l_66;
l_mut_51 = l_60;
let l_68 = l_63 == u32(1);
let l_69 = l_mut_38 != u32(0);
let l_70 = l_67 != u32(0);
let l_71 = l_69 || l_70;
let l_72 = l_60 & u32(1);
let l_73 = l_72 == u32(1);
let l_74 = l_71 || l_73;
let l_75 = l_68 && l_74;
if l_75 {
l_mut_51 = l_mut_51 + u32(1);
}
let l_76 = l_27 & u32(2147483648);
let l_77 = l_mut_52 + l_mut_51;
let l_78 = l_76 | l_77;
let l_79 = bitcast<f32>(l_78);
l_mut_30 = l_79;
}
let l_80 = bitcast<u32>(l_mut_12);
let l_81 = l_80 >> u32(23);
let l_82 = l_81 & u32(255);
l_mut_11 = l_mut_12;
let l_83 = l_4 > u32(1);
let l_84 = l_82 != u32(255);
let l_85 = l_83 && l_84;
let l_86 = l_80 & u32(2147483647);
let l_87 = l_86 != u32(0);
let l_88 = l_85 && l_87;
if l_88 {
let l_89 = l_80 & u32(8388607);
l_mut_52 = l_89;
l_mut_45 = i32(1);
let l_90 = l_82 != u32(0);
if l_90 {
l_mut_52 = l_mut_52 | u32(8388608);
let l_91 = i32(l_82);
l_mut_45 = l_91;
}
let l_92 = l_mut_52 / l_4;
l_mut_51 = l_92;
let l_93 = l_mut_52 % l_4;
l_mut_52 = l_93;
l_mut_39 = i32(0);
loop {
let l_94 = l_mut_51 < u32(16777216);
let l_95 = !l_94;
if l_95 {
break;
}
l_mut_52 = l_mut_52 << u32(1);
l_mut_51 = l_mut_51 << u32(1);
let l_96 = l_mut_52 >= l_4;
if l_96 {
l_mut_52 = l_mut_52 - l_4;
l_mut_51 = l_mut_51 | u32(1);
}
l_mut_39 = l_mut_39 + i32(1);
}
let l_97 = l_mut_45 - l_mut_39;
let l_98 = l_97 + i32(1);
l_mut_43 = u32(1);
l_mut_38 = u32(0);
let l_99 = l_98 >= i32(1);
if l_99 {
let l_100 = l_98 - i32(1);
let l_101 = u32(l_100);
let l_102 = l_101 << u32(23);
l_mut_38 = l_102;
} else {
let l_103 = i32(2) - l_98;
let l_104 = u32(l_103);
let l_105 = min(l_104, u32(26));
l_mut_43 = l_105;
}
let l_106 = l_mut_51 >> l_mut_43;
let l_107 = l_mut_43 - u32(1);
let l_108 = l_mut_51 >> l_107;
let l_109 = l_108 & u32(1);
let l_110 = l_mut_43 - u32(1);
let l_111 = u32(1) << l_110;
let l_112 = l_111 - u32(1);
let l_113 = l_mut_51 & l_112;
l_mut_51 = l_106;
let l_114 = l_109 == u32(1);
let l_115 = l_mut_52 != u32(0);
let l_116 = l_113 != u32(0);
let l_117 = l_115 || l_116;
let l_118 = l_106 & u32(1);
let l_119 = l_118 == u32(1);
let l_120 = l_117 || l_119;
let l_121 = l_114 && l_120;
if l_121 {
l_mut_51 = l_mut_51 + u32(1);
}
let l_122 = l_80 & u32(2147483648);
let l_123 = l_mut_38 + l_mut_51;
let l_124 = l_122 | l_123;
let l_125 = bitcast<f32>(l_124);
l_mut_11 = l_125;
}
let l_126 = bitcast<u32>(l_mut_13);
let l_127 = l_126 >> u32(23);
let l_128 = l_127 & u32(255);
l_mut_12 = l_mut_13;
let l_129 = l_4 > u32(1);
let l_130 = l_128 != u32(255);
let l_131 = l_129 && l_130;
let l_132 = l_126 & u32(2147483647);
let l_133 = l_132 != u32(0);
let l_134 = l_131 && l_133;
if l_134 {
let l_135 = l_126 & u32(8388607);
l_mut_52 = l_135;
l_mut_45 = i32(1);
let l_136 = l_128 != u32(0);
if l_136 {
l_mut_52 = l_mut_52 | u32(8388608);
let l_137 = i32(l_128);
l_mut_45 = l_137;
}
let l_138 = l_mut_52 / l_4;
l_mut_51 = l_138;
let l_139 = l_mut_52 % l_4;
l_mut_52 = l_139;
l_mut_39 = i32(0);
loop {
let l_140 = l_mut_51 < u32(16777216);
let l_141 = !l_140;
if l_141 {
break;
}
l_mut_52 = l_mut_52 << u32(1);
l_mut_51 = l_mut_51 << u32(1);
let l_142 = l_mut_52 >= l_4;
if l_142 {
l_mut_52 = l_mut_52 - l_4;
l_mut_51 = l_mut_51 | u32(1);
}
l_mut_39 = l_mut_39 + i32(1);
}
let l_143 = l_mut_45 - l_mut_39;
let l_144 = l_143 + i32(1);
l_mut_43 = u32(1);
l_mut_38 = u32(0);
let l_145 = l_144 >= i32(1);
if l_145 {
let l_146 = l_144 - i32(1);
let l_147 = u32(l_146);
let l_148 = l_147 << u32(23);
l_mut_38 = l_148;
} else {
let l_149 = i32(2) - l_144;
let l_150 = u32(l_149);
let l_151 = min(l_150, u32(26));
l_mut_43 = l_151;
}
let l_152 = l_mut_51 >> l_mut_43;
let l_153 = l_mut_43 - u32(1);
let l_154 = l_mut_51 >> l_153;
let l_155 = l_154 & u32(1);
let l_156 = l_mut_43 - u32(1);
let l_157 = u32(1) << l_156;
let l_158 = l_157 - u32(1);
let l_159 = l_mut_51 & l_158;
l_mut_51 = l_152;
let l_160 = l_155 == u32(1);
let l_161 = l_mut_52 != u32(0);
let l_162 = l_159 != u32(0);
let l_163 = l_161 || l_162;
let l_164 = l_152 & u32(1);
let l_165 = l_164 == u32(1);
let l_166 = l_163 || l_165;
let l_167 = l_160 && l_166;
if l_167 {
l_mut_51 = l_mut_51 + u32(1);
}
let l_168 = l_126 & u32(2147483648);
let l_169 = l_mut_38 + l_mut_51;
let l_170 = l_168 | l_169;
let l_171 = bitcast<f32>(l_170);
l_mut_12 = l_171;
}
let l_172 = l_1 * info.scalars_u32[3];
let l_173 = l_172 + info.scalars_u32[3];
let l_174 = l_173 - u32(3);
let l_175 = buffer_1_global[l_174];
let l_176 = buffer_3_global[l_175];
let l_177 = bitcast<f32>(l_176);
let l_178 = l_1 * info.scalars_u32[3];
let l_179 = l_178 + info.scalars_u32[3];
let l_180 = l_179 - u32(2);
let l_181 = buffer_1_global[l_180];
let l_182 = buffer_4_global[l_181];
let l_183 = bitcast<f32>(l_182);
let l_184 = l_2 * info.scalars_u32[2];
let l_185 = l_10 + l_184;
let l_186 = buffer_0_global[l_185];
let l_187 = bitcast<f32>(l_186);
let l_188 = l_185 + u32(1);
let l_189 = buffer_0_global[l_188];
let l_190 = bitcast<f32>(l_189);
let l_191 = l_185 + u32(2);
let l_192 = buffer_0_global[l_191];
let l_193 = bitcast<f32>(l_192);

for (var l_mut_194: u32 = u32(0); l_mut_194 < info.scalars_u32[2]; l_mut_194++) {
let l_195 = l_7 + l_mut_194;
let l_196 = l_185 + l_mut_194;
let l_197 = buffer_0_global[l_196];
buffer_5_global[l_195] = l_197;
}
let l_198 = l_7 + info.scalars_u32[2];
let l_199 = l_187 - l_mut_30;
let l_200 = bitcast<u32>(l_199);
buffer_5_global[l_198] = l_200;
let l_201 = l_7 + info.scalars_u32[2];
let l_202 = l_201 + u32(1);
let l_203 = l_190 - l_mut_11;
let l_204 = bitcast<u32>(l_203);
buffer_5_global[l_202] = l_204;
let l_205 = l_7 + info.scalars_u32[2];
let l_206 = l_205 + u32(2);
let l_207 = l_193 - l_mut_12;
let l_208 = bitcast<u32>(l_207);
buffer_5_global[l_206] = l_208;
let l_209 = l_7 + info.scalars_u32[2];
let l_210 = l_209 + u32(3);
let l_211 = l_187 - l_177;
let l_212 = bitcast<u32>(l_211);
buffer_5_global[l_210] = l_212;
let l_213 = l_7 + info.scalars_u32[2];
let l_214 = l_213 + u32(4);
let l_215 = l_190 - l_183;
let l_216 = bitcast<u32>(l_215);
buffer_5_global[l_214] = l_216;
let l_217 = l_7 + info.scalars_u32[2];
let l_218 = l_217 + u32(5);
let l_219 = l_193 - info.scalars_f32[0];
let l_220 = bitcast<u32>(l_219);
buffer_5_global[l_218] = l_220;
} else {

for (var l_mut_221: u32 = u32(0); l_mut_221 < l_mut_6; l_mut_221++) {
let l_222 = l_7 + l_mut_221;
buffer_5_global[l_222] = u32(0);
}
}
}
