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
var<storage, read_write> buffer_3_global: array<atomic<u32>>;

@group(0)
@binding(4)
var<storage, read_write> buffer_4_global: array<atomic<u32>>;

@group(0)
@binding(5)
var<storage, read_write> buffer_5_global: array<u32>;

@group(0)
@binding(6)
var<storage, read_write> buffer_6_global: array<atomic<u32>>;

struct info_st {
   scalars_f32: array<f32, 10>,
   scalars_u32: array<u32, 10>,
   static_meta: array<u32, 14>,
}

@group(0)
@binding(7)
var<storage, read> info: info_st;

var<workgroup> shared_memory_93: array<u32, 768>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn hash_points(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var l_mut_6: u32;
var l_mut_11: u32;
var l_mut_12: u32;
var l_mut_13: u32;
var l_mut_21: u32;
var l_mut_51: u32;
var l_mut_76: u32;
var l_mut_80: u32;
let l_0 = workgroup_id.y * num_workgroups.x;
let l_1 = l_0 + workgroup_id.x;
let l_2 = l_1 / info.scalars_u32[5];
let l_3 = l_1 % info.scalars_u32[5];
let l_4 = l_3 * u32(2048);
let l_5 = l_2 >= info.scalars_u32[6];
if l_5 {
return;
}
l_mut_6 = info.scalars_u32[3];
let l_7 = buffer_2_global[l_2];
let l_8 = min(l_7, info.scalars_u32[3]);
l_mut_6 = l_8;
let l_9 = l_2 * info.scalars_u32[7];
let l_10 = info.scalars_u32[7] - u32(1);
l_mut_11 = u32(0);
l_mut_12 = u32(0);
l_mut_13 = u32(0);

for (var l_mut_14: u32 = u32(0); l_mut_14 < u32(8); l_mut_14++) {
let l_15 = local_idx * u32(8);
let l_16 = l_15 + l_mut_14;
let l_17 = l_4 + l_16;
let l_18 = l_17 < info.scalars_u32[3];
if l_18 {
let l_19 = l_2 * info.scalars_u32[3];
let l_20 = l_19 + l_17;
l_mut_21 = u32(4294967295);
let l_22 = l_17 < l_mut_6;
if l_22 {
let l_23 = u32(3) * l_20;
let l_24 = buffer_0_global[l_23];
let l_25 = bitcast<f32>(l_24);
let l_26 = u32(3) * l_20;
let l_27 = l_26 + u32(1);
let l_28 = buffer_0_global[l_27];
let l_29 = bitcast<f32>(l_28);
let l_30 = u32(3) * l_20;
let l_31 = l_30 + u32(2);
let l_32 = buffer_0_global[l_31];
let l_33 = bitcast<f32>(l_32);
let l_34 = l_25 - info.scalars_f32[0];
let l_35 = l_34 * info.scalars_f32[3];
let l_36 = l_29 - info.scalars_f32[1];
let l_37 = l_36 * info.scalars_f32[4];
let l_38 = l_33 - info.scalars_f32[2];
let l_39 = l_38 * info.scalars_f32[5];
let l_40 = l_35 >= f32(0.0);
let l_41 = l_35 < info.scalars_f32[6];
let l_42 = l_40 && l_41;
let l_43 = l_37 >= f32(0.0);
let l_44 = l_42 && l_43;
let l_45 = l_37 < info.scalars_f32[7];
let l_46 = l_44 && l_45;
let l_47 = l_39 >= f32(0.0);
let l_48 = l_46 && l_47;
let l_49 = l_39 < info.scalars_f32[8];
let l_50 = l_48 && l_49;
l_mut_51 = u32(4294967295);
if l_50 {
let l_52 = u32(l_35);
let l_53 = l_52 * info.scalars_u32[0];
let l_54 = u32(l_37);
let l_55 = l_53 + l_54;
let l_56 = l_55 * info.scalars_u32[1];
let l_57 = u32(l_39);
let l_58 = l_56 + l_57;
l_mut_51 = l_58;
} else {
let l_59 = is_nan_1_f32(l_25);let l_60 = is_inf_1_f32(l_25);let l_61 = l_59 || l_60;
let l_62 = is_nan_1_f32(l_29);let l_63 = l_61 || l_62;
let l_64 = is_inf_1_f32(l_29);let l_65 = l_63 || l_64;
let l_66 = is_nan_1_f32(l_33);let l_67 = l_65 || l_66;
let l_68 = is_inf_1_f32(l_33);let l_69 = l_67 || l_68;
let l_70 = !l_69;
let l_71 = !l_70;
if l_71 {
l_mut_51 = u32(4294967294);
}
}
let l_72 = l_mut_51 == u32(4294967294);
if l_72 {
l_mut_13 = l_mut_13 + u32(1);
} else {
let l_73 = l_mut_51 == u32(4294967295);
if l_73 {
l_mut_12 = l_mut_12 + u32(1);
} else {
l_mut_11 = l_mut_11 + u32(1);
let l_74 = l_mut_51 * u32(2654435761);
let l_75 = l_74 >> info.scalars_u32[8];
l_mut_76 = l_75;
loop {
let l_77 = l_9 + l_mut_76;
let l_78 = &buffer_3_global[l_77];
let l_79 = atomicCompareExchangeWeak(l_78, u32(4294967295), l_mut_51).old_value;
l_mut_80 = l_79;
let l_81 = l_79 == u32(4294967295);
if l_81 {
let l_82 = l_9 + l_mut_76;
let l_83 = &buffer_3_global[l_82];
let l_84 = atomicLoad(l_83);
l_mut_80 = l_84;
}
let l_85 = l_mut_80 == l_mut_51;
if l_85 {
break;
}
let l_86 = l_mut_80 != u32(4294967295);
if l_86 {
let l_87 = l_mut_76 + u32(1);
let l_88 = l_87 & l_10;
l_mut_76 = l_88;
}
}
let l_89 = l_9 + l_mut_76;
let l_90 = &buffer_4_global[l_89];
let l_91 = atomicMin(l_90, l_17);l_mut_21 = l_mut_76;
}
}
}
buffer_5_global[l_20] = l_mut_21;
}
}
let l_92 = u32(3) * l_2;
let l_94 = u32(3) * local_idx;
shared_memory_93[l_94] = l_mut_11;
let l_95 = u32(3) * local_idx;
let l_96 = l_95 + u32(1);
shared_memory_93[l_96] = l_mut_12;
let l_97 = u32(3) * local_idx;
let l_98 = l_97 + u32(2);
shared_memory_93[l_98] = l_mut_13;
workgroupBarrier();
let l_99 = local_idx < u32(128);
if l_99 {
let l_100 = u32(3) * local_idx;
let l_101 = local_idx + u32(128);
let l_102 = u32(3) * l_101;
let l_103 = shared_memory_93[l_102];
let l_104 = shared_memory_93[l_100];
let l_105 = l_104 + l_103;
shared_memory_93[l_100] = l_105;
let l_106 = u32(3) * local_idx;
let l_107 = l_106 + u32(1);
let l_108 = local_idx + u32(128);
let l_109 = u32(3) * l_108;
let l_110 = l_109 + u32(1);
let l_111 = shared_memory_93[l_110];
let l_112 = shared_memory_93[l_107];
let l_113 = l_112 + l_111;
shared_memory_93[l_107] = l_113;
let l_114 = u32(3) * local_idx;
let l_115 = l_114 + u32(2);
let l_116 = local_idx + u32(128);
let l_117 = u32(3) * l_116;
let l_118 = l_117 + u32(2);
let l_119 = shared_memory_93[l_118];
let l_120 = shared_memory_93[l_115];
let l_121 = l_120 + l_119;
shared_memory_93[l_115] = l_121;
}
workgroupBarrier();
let l_122 = local_idx < u32(64);
if l_122 {
let l_123 = u32(3) * local_idx;
let l_124 = local_idx + u32(64);
let l_125 = u32(3) * l_124;
let l_126 = shared_memory_93[l_125];
let l_127 = shared_memory_93[l_123];
let l_128 = l_127 + l_126;
shared_memory_93[l_123] = l_128;
let l_129 = u32(3) * local_idx;
let l_130 = l_129 + u32(1);
let l_131 = local_idx + u32(64);
let l_132 = u32(3) * l_131;
let l_133 = l_132 + u32(1);
let l_134 = shared_memory_93[l_133];
let l_135 = shared_memory_93[l_130];
let l_136 = l_135 + l_134;
shared_memory_93[l_130] = l_136;
let l_137 = u32(3) * local_idx;
let l_138 = l_137 + u32(2);
let l_139 = local_idx + u32(64);
let l_140 = u32(3) * l_139;
let l_141 = l_140 + u32(2);
let l_142 = shared_memory_93[l_141];
let l_143 = shared_memory_93[l_138];
let l_144 = l_143 + l_142;
shared_memory_93[l_138] = l_144;
}
workgroupBarrier();
let l_145 = local_idx < u32(32);
if l_145 {
let l_146 = u32(3) * local_idx;
let l_147 = local_idx + u32(32);
let l_148 = u32(3) * l_147;
let l_149 = shared_memory_93[l_148];
let l_150 = shared_memory_93[l_146];
let l_151 = l_150 + l_149;
shared_memory_93[l_146] = l_151;
let l_152 = u32(3) * local_idx;
let l_153 = l_152 + u32(1);
let l_154 = local_idx + u32(32);
let l_155 = u32(3) * l_154;
let l_156 = l_155 + u32(1);
let l_157 = shared_memory_93[l_156];
let l_158 = shared_memory_93[l_153];
let l_159 = l_158 + l_157;
shared_memory_93[l_153] = l_159;
let l_160 = u32(3) * local_idx;
let l_161 = l_160 + u32(2);
let l_162 = local_idx + u32(32);
let l_163 = u32(3) * l_162;
let l_164 = l_163 + u32(2);
let l_165 = shared_memory_93[l_164];
let l_166 = shared_memory_93[l_161];
let l_167 = l_166 + l_165;
shared_memory_93[l_161] = l_167;
}
workgroupBarrier();
let l_168 = local_idx < u32(16);
if l_168 {
let l_169 = u32(3) * local_idx;
let l_170 = local_idx + u32(16);
let l_171 = u32(3) * l_170;
let l_172 = shared_memory_93[l_171];
let l_173 = shared_memory_93[l_169];
let l_174 = l_173 + l_172;
shared_memory_93[l_169] = l_174;
let l_175 = u32(3) * local_idx;
let l_176 = l_175 + u32(1);
let l_177 = local_idx + u32(16);
let l_178 = u32(3) * l_177;
let l_179 = l_178 + u32(1);
let l_180 = shared_memory_93[l_179];
let l_181 = shared_memory_93[l_176];
let l_182 = l_181 + l_180;
shared_memory_93[l_176] = l_182;
let l_183 = u32(3) * local_idx;
let l_184 = l_183 + u32(2);
let l_185 = local_idx + u32(16);
let l_186 = u32(3) * l_185;
let l_187 = l_186 + u32(2);
let l_188 = shared_memory_93[l_187];
let l_189 = shared_memory_93[l_184];
let l_190 = l_189 + l_188;
shared_memory_93[l_184] = l_190;
}
workgroupBarrier();
let l_191 = local_idx < u32(8);
if l_191 {
let l_192 = u32(3) * local_idx;
let l_193 = local_idx + u32(8);
let l_194 = u32(3) * l_193;
let l_195 = shared_memory_93[l_194];
let l_196 = shared_memory_93[l_192];
let l_197 = l_196 + l_195;
shared_memory_93[l_192] = l_197;
let l_198 = u32(3) * local_idx;
let l_199 = l_198 + u32(1);
let l_200 = local_idx + u32(8);
let l_201 = u32(3) * l_200;
let l_202 = l_201 + u32(1);
let l_203 = shared_memory_93[l_202];
let l_204 = shared_memory_93[l_199];
let l_205 = l_204 + l_203;
shared_memory_93[l_199] = l_205;
let l_206 = u32(3) * local_idx;
let l_207 = l_206 + u32(2);
let l_208 = local_idx + u32(8);
let l_209 = u32(3) * l_208;
let l_210 = l_209 + u32(2);
let l_211 = shared_memory_93[l_210];
let l_212 = shared_memory_93[l_207];
let l_213 = l_212 + l_211;
shared_memory_93[l_207] = l_213;
}
workgroupBarrier();
let l_214 = local_idx < u32(4);
if l_214 {
let l_215 = u32(3) * local_idx;
let l_216 = local_idx + u32(4);
let l_217 = u32(3) * l_216;
let l_218 = shared_memory_93[l_217];
let l_219 = shared_memory_93[l_215];
let l_220 = l_219 + l_218;
shared_memory_93[l_215] = l_220;
let l_221 = u32(3) * local_idx;
let l_222 = l_221 + u32(1);
let l_223 = local_idx + u32(4);
let l_224 = u32(3) * l_223;
let l_225 = l_224 + u32(1);
let l_226 = shared_memory_93[l_225];
let l_227 = shared_memory_93[l_222];
let l_228 = l_227 + l_226;
shared_memory_93[l_222] = l_228;
let l_229 = u32(3) * local_idx;
let l_230 = l_229 + u32(2);
let l_231 = local_idx + u32(4);
let l_232 = u32(3) * l_231;
let l_233 = l_232 + u32(2);
let l_234 = shared_memory_93[l_233];
let l_235 = shared_memory_93[l_230];
let l_236 = l_235 + l_234;
shared_memory_93[l_230] = l_236;
}
workgroupBarrier();
let l_237 = local_idx < u32(2);
if l_237 {
let l_238 = u32(3) * local_idx;
let l_239 = local_idx + u32(2);
let l_240 = u32(3) * l_239;
let l_241 = shared_memory_93[l_240];
let l_242 = shared_memory_93[l_238];
let l_243 = l_242 + l_241;
shared_memory_93[l_238] = l_243;
let l_244 = u32(3) * local_idx;
let l_245 = l_244 + u32(1);
let l_246 = local_idx + u32(2);
let l_247 = u32(3) * l_246;
let l_248 = l_247 + u32(1);
let l_249 = shared_memory_93[l_248];
let l_250 = shared_memory_93[l_245];
let l_251 = l_250 + l_249;
shared_memory_93[l_245] = l_251;
let l_252 = u32(3) * local_idx;
let l_253 = l_252 + u32(2);
let l_254 = local_idx + u32(2);
let l_255 = u32(3) * l_254;
let l_256 = l_255 + u32(2);
let l_257 = shared_memory_93[l_256];
let l_258 = shared_memory_93[l_253];
let l_259 = l_258 + l_257;
shared_memory_93[l_253] = l_259;
}
workgroupBarrier();
let l_260 = local_idx < u32(1);
if l_260 {
let l_261 = u32(3) * local_idx;
let l_262 = local_idx + u32(1);
let l_263 = u32(3) * l_262;
let l_264 = shared_memory_93[l_263];
let l_265 = shared_memory_93[l_261];
let l_266 = l_265 + l_264;
shared_memory_93[l_261] = l_266;
let l_267 = u32(3) * local_idx;
let l_268 = l_267 + u32(1);
let l_269 = local_idx + u32(1);
let l_270 = u32(3) * l_269;
let l_271 = l_270 + u32(1);
let l_272 = shared_memory_93[l_271];
let l_273 = shared_memory_93[l_268];
let l_274 = l_273 + l_272;
shared_memory_93[l_268] = l_274;
let l_275 = u32(3) * local_idx;
let l_276 = l_275 + u32(2);
let l_277 = local_idx + u32(1);
let l_278 = u32(3) * l_277;
let l_279 = l_278 + u32(2);
let l_280 = shared_memory_93[l_279];
let l_281 = shared_memory_93[l_276];
let l_282 = l_281 + l_280;
shared_memory_93[l_276] = l_282;
}
workgroupBarrier();
let l_283 = local_idx == u32(0);
if l_283 {
let l_284 = shared_memory_93[u32(0)];
let l_285 = &buffer_6_global[l_92];
let l_286 = atomicAdd(l_285, l_284);let l_287 = shared_memory_93[u32(1)];
let l_288 = l_92 + u32(1);
let l_289 = &buffer_6_global[l_288];
let l_290 = atomicAdd(l_289, l_287);let l_291 = shared_memory_93[u32(2)];
let l_292 = l_92 + u32(2);
let l_293 = &buffer_6_global[l_292];
let l_294 = atomicAdd(l_293, l_291);}
}
fn is_nan_primitive_f32(x: f32) -> bool {
    let bits = bitcast<u32>(x);
    let abs_bits = bits & 0x7fffffffu;
    return abs_bits > 0x7f800000u;
}


fn is_nan_1_f32(x: f32, ) -> bool{
    return is_nan_primitive_f32(x, );
}



fn is_inf_primitive_f32(x: f32) -> bool {
    let bits = bitcast<u32>(x);
    let abs_bits = bits & 0x7fffffffu;
    return abs_bits == 0x7f800000u;
}


fn is_inf_1_f32(x: f32, ) -> bool{
    return is_inf_primitive_f32(x, );
}
