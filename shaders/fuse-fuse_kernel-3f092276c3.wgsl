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

struct info_st {
   scalars_f32: array<f32, 2>,
   scalars_u32: array<u32, 8>,
   static_meta: array<u32, 10>,
}

@group(0)
@binding(5)
var<storage, read> info: info_st;

var<workgroup> shared_memory_3: array<u32, 64>;

var<workgroup> shared_memory_4: array<u32, 64>;

var<workgroup> shared_memory_5: array<f32, 64>;

var<workgroup> shared_memory_6: array<u32, 64>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn fuse_kernel(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_size_no_axis = WORKGROUP_SIZE_X * WORKGROUP_SIZE_Y * WORKGROUP_SIZE_Z;
var l_mut_8: u32;
var l_mut_19: u32;
var l_mut_27: u32;
var l_mut_28: u32;
var l_mut_126: u32;
var l_mut_127: f32;
var l_mut_181: f32;
var l_mut_195: u32;
var l_mut_196: u32;
let l_0 = workgroup_id.y * num_workgroups.x;
let l_1 = l_0 + workgroup_id.x;
let l_2 = l_1 >= info.scalars_u32[6];
if l_2 {
return;
}
let l_7 = l_1 * u32(64);
l_mut_8 = local_idx;
loop {
let l_9 = l_mut_8 < u32(64);
let l_10 = !l_9;
if l_10 {
break;
}
let l_11 = l_mut_8 / u32(1);
let l_12 = l_7 + l_11;
let l_13 = l_mut_8 % u32(1);
let l_14 = l_12 < info.scalars_u32[3];
if l_14 {
let l_15 = l_12 / info.scalars_u32[4];
let l_16 = buffer_2_global[l_12];
let l_17 = bitcast<f32>(l_16);
let l_18 = l_13 == u32(0);
if l_18 {
l_mut_19 = info.scalars_u32[0];
let l_20 = l_15 * info.scalars_u32[0];
let l_21 = buffer_1_global[l_20];
let l_22 = bitcast<f32>(l_21);
let l_23 = l_mut_19 - u32(1);
let l_24 = l_20 + l_23;
let l_25 = buffer_1_global[l_24];
let l_26 = bitcast<f32>(l_25);
l_mut_27 = u32(0);
l_mut_28 = l_mut_19;
let l_29 = l_22 < l_17;
let l_30 = l_22 == l_17;
let l_31 = f32(0.0) < f32(0.0);
let l_32 = f32(0.0) == f32(0.0);
let l_33 = f32(0.0) <= f32(0.0);
let l_34 = l_32 && l_33;
let l_35 = l_31 || l_34;
let l_36 = l_30 && l_35;
let l_37 = l_29 || l_36;
let l_38 = !l_37;
if l_38 {
l_mut_28 = u32(0);
} else {
let l_39 = l_26 < l_17;
let l_40 = l_26 == l_17;
let l_41 = f32(0.0) < f32(0.0);
let l_42 = f32(0.0) == f32(0.0);
let l_43 = f32(0.0) <= f32(0.0);
let l_44 = l_42 && l_43;
let l_45 = l_41 || l_44;
let l_46 = l_40 && l_45;
let l_47 = l_39 || l_46;
if l_47 {
l_mut_27 = l_mut_19;
} else {
let l_48 = l_26 - l_22;
let l_49 = f32(0.0) - f32(0.0);
let l_50 = l_48 + l_49;
let l_51 = f32(0.0) - f32(0.0);
let l_52 = l_50 + l_51;
let l_53 = l_17 - l_22;
let l_54 = f32(0.0) - f32(0.0);
let l_55 = l_53 + l_54;
let l_56 = f32(0.0) - f32(0.0);
let l_57 = l_55 + l_56;
let l_58 = l_57 / l_52;
let l_59 = l_mut_19 - u32(1);
let l_60 = f32(l_59);
let l_61 = l_58 * l_60;
let l_62 = max(l_61, f32(0.0));
let l_63 = u32(l_62);
let l_64 = l_mut_19 - u32(2);
let l_65 = min(l_63, l_64);
let l_66 = l_20 + l_65;
let l_67 = buffer_1_global[l_66];
let l_68 = bitcast<f32>(l_67);
let l_69 = l_68 < l_17;
let l_70 = l_68 == l_17;
let l_71 = f32(0.0) < f32(0.0);
let l_72 = f32(0.0) == f32(0.0);
let l_73 = f32(0.0) <= f32(0.0);
let l_74 = l_72 && l_73;
let l_75 = l_71 || l_74;
let l_76 = l_70 && l_75;
let l_77 = l_69 || l_76;
if l_77 {
let l_78 = l_65 + u32(1);
l_mut_27 = l_78;
let l_79 = l_65 + u32(1);
let l_80 = l_20 + l_79;
let l_81 = buffer_1_global[l_80];
let l_82 = bitcast<f32>(l_81);
let l_83 = l_82 < l_17;
let l_84 = l_82 == l_17;
let l_85 = f32(0.0) < f32(0.0);
let l_86 = f32(0.0) == f32(0.0);
let l_87 = f32(0.0) <= f32(0.0);
let l_88 = l_86 && l_87;
let l_89 = l_85 || l_88;
let l_90 = l_84 && l_89;
let l_91 = l_83 || l_90;
let l_92 = !l_91;
if l_92 {
let l_93 = l_65 + u32(1);
l_mut_28 = l_93;
}
} else {
l_mut_27 = u32(1);
l_mut_28 = l_65;
}
}
}
loop {
let l_94 = l_mut_27 < l_mut_28;
let l_95 = !l_94;
if l_95 {
break;
}
let l_96 = l_mut_27 + l_mut_28;
let l_97 = l_96 / u32(2);
let l_98 = l_20 + l_97;
let l_99 = buffer_1_global[l_98];
let l_100 = bitcast<f32>(l_99);
let l_101 = l_100 < l_17;
let l_102 = l_100 == l_17;
let l_103 = f32(0.0) < f32(0.0);
let l_104 = f32(0.0) == f32(0.0);
let l_105 = f32(0.0) <= f32(0.0);
let l_106 = l_104 && l_105;
let l_107 = l_103 || l_106;
let l_108 = l_102 && l_107;
let l_109 = l_101 || l_108;
if l_109 {
let l_110 = l_97 + u32(1);
l_mut_27 = l_110;
} else {
l_mut_28 = l_97;
}
}
let l_111 = l_mut_19 - u32(1);
l_mut_28 = u32(0);
let l_112 = l_mut_27 > u32(0);
let l_113 = l_20 + l_111;
let l_114 = buffer_1_global[l_113];
let l_115 = bitcast<f32>(l_114);
let l_116 = l_17 < l_115;
let l_117 = l_17 == l_115;
let l_118 = f32(0.0) < f32(0.0);
let l_119 = f32(0.0) == f32(0.0);
let l_120 = f32(0.0) <= f32(0.0);
let l_121 = l_119 && l_120;
let l_122 = l_118 || l_121;
let l_123 = l_117 && l_122;
let l_124 = l_116 || l_123;
let l_125 = l_112 && l_124;
if l_125 {
l_mut_28 = u32(1);
}
l_mut_19 = u32(0);
l_mut_126 = u32(0);
l_mut_127 = f32(0.0);
let l_128 = l_mut_27 > u32(0);
if l_128 {
let l_129 = l_mut_27 - u32(1);
l_mut_19 = l_129;
l_mut_126 = l_129;
let l_130 = l_mut_27 > l_111;
if l_130 {
l_mut_19 = l_111;
l_mut_126 = l_mut_19;
} else {
let l_131 = l_20 + l_129;
let l_132 = buffer_1_global[l_131];
let l_133 = bitcast<f32>(l_132);
let l_134 = l_20 + l_mut_27;
let l_135 = buffer_1_global[l_134];
let l_136 = bitcast<f32>(l_135);
let l_137 = l_17 - l_133;
let l_138 = f32(0.0) - f32(0.0);
let l_139 = l_137 + l_138;
let l_140 = f32(0.0) - f32(0.0);
let l_141 = l_139 + l_140;
let l_142 = l_136 - l_133;
let l_143 = f32(0.0) - f32(0.0);
let l_144 = l_142 + l_143;
let l_145 = f32(0.0) - f32(0.0);
let l_146 = l_144 + l_145;
let l_147 = l_141 / l_146;
let l_148 = l_147 != f32(0.0);
if l_148 {
l_mut_126 = l_mut_27;
l_mut_127 = l_147;
}
}
}
let l_149 = l_20 + l_mut_19;
let l_150 = l_149 * info.scalars_u32[1];
shared_memory_3[l_mut_8] = l_150;
let l_151 = l_20 + l_mut_126;
let l_152 = l_151 * info.scalars_u32[1];
shared_memory_4[l_mut_8] = l_152;
shared_memory_5[l_mut_8] = l_mut_127;
shared_memory_6[l_mut_8] = l_mut_28;
}
}
l_mut_8 = l_mut_8 + workgroup_size_no_axis;
}
workgroupBarrier();
let l_153 = u32(64) * info.scalars_u32[5];
let l_154 = l_153 / u32(1);
let l_155 = info.scalars_u32[3] * info.scalars_u32[5];
let l_156 = l_155 + u32(1);
let l_157 = l_156 - u32(1);
let l_158 = l_157 / u32(1);
let l_159 = l_1 * l_154;
l_mut_126 = local_idx;
loop {
let l_160 = l_mut_126 < l_154;
let l_161 = !l_160;
if l_161 {
break;
}
let l_162 = l_mut_126 + workgroup_size_no_axis;
let l_163 = l_mut_126 * u32(1);
let l_164 = l_163 / info.scalars_u32[5];
l_mut_28 = l_164;
let l_165 = l_163 % info.scalars_u32[5];
l_mut_27 = l_165;
l_mut_19 = u32(0);
let l_166 = l_7 + l_mut_28;
let l_167 = l_166 < info.scalars_u32[3];
if l_167 {
l_mut_127 = f32(0.0);
let l_168 = l_mut_27 >= info.scalars_u32[2];
let l_169 = info.scalars_u32[2] + info.scalars_u32[1];
let l_170 = l_mut_27 < l_169;
let l_171 = l_168 && l_170;
if l_171 {
let l_172 = l_mut_28 * u32(1);
let l_173 = l_172 + u32(0);
let l_174 = shared_memory_3[l_173];
let l_175 = shared_memory_4[l_173];
let l_176 = l_mut_27 - info.scalars_u32[2];
let l_177 = shared_memory_5[l_173];
let l_178 = l_174 + l_176;
let l_179 = buffer_0_global[l_178];
let l_180 = bitcast<f32>(l_179);
l_mut_181 = l_180;
let l_182 = l_174 != l_175;
if l_182 {
let l_183 = l_175 + l_176;
let l_184 = buffer_0_global[l_183];
let l_185 = bitcast<f32>(l_184);
let l_186 = l_185 - l_180;
let l_187 = l_177 * l_186;
let l_188 = l_180 + l_187;
l_mut_181 = l_188;
}
l_mut_127 = l_mut_181;
}
let l_189 = bitcast<u32>(l_mut_127);
let l_190 = l_189 << u32(0);
l_mut_19 = l_mut_19 | l_190;
}
l_mut_28 = u32(0);
let l_191 = l_162 < l_154;
if l_191 {
let l_192 = l_162 * u32(1);
let l_193 = l_192 / info.scalars_u32[5];
l_mut_27 = l_193;
let l_194 = l_192 % info.scalars_u32[5];
l_mut_195 = l_194;
l_mut_196 = u32(0);
let l_197 = l_7 + l_mut_27;
let l_198 = l_197 < info.scalars_u32[3];
if l_198 {
l_mut_181 = f32(0.0);
let l_199 = l_mut_195 >= info.scalars_u32[2];
let l_200 = info.scalars_u32[2] + info.scalars_u32[1];
let l_201 = l_mut_195 < l_200;
let l_202 = l_199 && l_201;
if l_202 {
let l_203 = l_mut_27 * u32(1);
let l_204 = l_203 + u32(0);
let l_205 = shared_memory_3[l_204];
let l_206 = shared_memory_4[l_204];
let l_207 = l_mut_195 - info.scalars_u32[2];
let l_208 = shared_memory_5[l_204];
let l_209 = l_205 + l_207;
let l_210 = buffer_0_global[l_209];
let l_211 = bitcast<f32>(l_210);
l_mut_127 = l_211;
let l_212 = l_205 != l_206;
if l_212 {
let l_213 = l_206 + l_207;
let l_214 = buffer_0_global[l_213];
let l_215 = bitcast<f32>(l_214);
let l_216 = l_215 - l_211;
let l_217 = l_208 * l_216;
let l_218 = l_211 + l_217;
l_mut_127 = l_218;
}
l_mut_181 = l_mut_127;
}
let l_219 = bitcast<u32>(l_mut_181);
let l_220 = l_219 << u32(0);
l_mut_196 = l_mut_196 | l_220;
}
l_mut_28 = l_mut_196;
}
let l_221 = l_159 + l_mut_126;
let l_222 = l_221 < l_158;
if l_222 {
let l_223 = l_159 + l_mut_126;
buffer_3_global[l_223] = l_mut_19;
}
let l_224 = l_162 < l_154;
let l_225 = l_159 + l_162;
let l_226 = l_225 < l_158;
let l_227 = l_224 && l_226;
if l_227 {
let l_228 = l_159 + l_162;
buffer_3_global[l_228] = l_mut_28;
}
let l_229 = u32(2) * workgroup_size_no_axis;
l_mut_126 = l_mut_126 + l_229;
}
let l_230 = info.scalars_u32[3] * u32(1);
let l_231 = l_230 + u32(4);
let l_232 = l_231 - u32(1);
let l_233 = l_232 / u32(4);
l_mut_196 = local_idx;
loop {
let l_234 = l_mut_196 < u32(16);
let l_235 = !l_234;
if l_235 {
break;
}
let l_236 = l_1 * u32(16);
let l_237 = l_236 + l_mut_196;
let l_238 = l_237 < l_233;
if l_238 {
l_mut_195 = u32(0);
let l_239 = l_mut_196 * u32(4);
let l_240 = l_239 + u32(0);
let l_241 = l_240 / u32(1);
let l_242 = l_7 + l_241;
let l_243 = l_242 < info.scalars_u32[3];
if l_243 {
let l_244 = shared_memory_6[l_240];
let l_245 = l_244 << u32(0);
l_mut_195 = l_mut_195 | l_245;
}
let l_246 = l_mut_196 * u32(4);
let l_247 = l_246 + u32(1);
let l_248 = l_247 / u32(1);
let l_249 = l_7 + l_248;
let l_250 = l_249 < info.scalars_u32[3];
if l_250 {
let l_251 = shared_memory_6[l_247];
let l_252 = l_251 << u32(8);
l_mut_195 = l_mut_195 | l_252;
}
let l_253 = l_mut_196 * u32(4);
let l_254 = l_253 + u32(2);
let l_255 = l_254 / u32(1);
let l_256 = l_7 + l_255;
let l_257 = l_256 < info.scalars_u32[3];
if l_257 {
let l_258 = shared_memory_6[l_254];
let l_259 = l_258 << u32(16);
l_mut_195 = l_mut_195 | l_259;
}
let l_260 = l_mut_196 * u32(4);
let l_261 = l_260 + u32(3);
let l_262 = l_261 / u32(1);
let l_263 = l_7 + l_262;
let l_264 = l_263 < info.scalars_u32[3];
if l_264 {
let l_265 = shared_memory_6[l_261];
let l_266 = l_265 << u32(24);
l_mut_195 = l_mut_195 | l_266;
}
buffer_4_global[l_237] = l_mut_195;
}
l_mut_196 = l_mut_196 + workgroup_size_no_axis;
}
}
