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
var<storage, read_write> buffer_5_global: array<atomic<u32>>;

struct info_st {
   scalars_f32: array<f32, 10>,
   scalars_u32: array<u32, 8>,
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
fn scatter_points(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var l_mut_4: u32;
var l_mut_9: u32;
var l_mut_10: u32;
var l_mut_11: u32;
var l_mut_45: u32;
var l_mut_86: f32;
var l_mut_93: f32;
let l_0 = workgroup_id.y * num_workgroups.x;
let l_1 = l_0 + workgroup_id.x;
let l_2 = l_1 / info.scalars_u32[5];
let l_3 = l_2 >= info.scalars_u32[6];
if l_3 {
return;
}
l_mut_4 = info.scalars_u32[3];
let l_5 = buffer_2_global[l_2];
let l_6 = min(l_5, info.scalars_u32[3]);
l_mut_4 = l_6;
let l_7 = l_1 % info.scalars_u32[5];
let l_8 = l_7 * u32(2048);
l_mut_9 = u32(0);
l_mut_10 = u32(0);
l_mut_11 = u32(0);
let l_12 = u32(0) + local_idx;
let l_13 = l_8 + l_12;
let l_14 = l_13 < l_mut_4;
if l_14 {
let l_15 = l_2 * info.scalars_u32[3];
let l_16 = l_15 + l_13;
let l_17 = u32(3) * l_16;
let l_18 = buffer_0_global[l_17];
let l_19 = bitcast<f32>(l_18);
let l_20 = u32(3) * l_16;
let l_21 = l_20 + u32(1);
let l_22 = buffer_0_global[l_21];
let l_23 = bitcast<f32>(l_22);
let l_24 = u32(3) * l_16;
let l_25 = l_24 + u32(2);
let l_26 = buffer_0_global[l_25];
let l_27 = bitcast<f32>(l_26);
let l_28 = l_19 - info.scalars_f32[0];
let l_29 = l_28 * info.scalars_f32[3];
let l_30 = l_23 - info.scalars_f32[1];
let l_31 = l_30 * info.scalars_f32[4];
let l_32 = l_27 - info.scalars_f32[2];
let l_33 = l_32 * info.scalars_f32[5];
let l_34 = l_29 >= f32(0.0);
let l_35 = l_29 < info.scalars_f32[6];
let l_36 = l_34 && l_35;
let l_37 = l_31 >= f32(0.0);
let l_38 = l_36 && l_37;
let l_39 = l_31 < info.scalars_f32[7];
let l_40 = l_38 && l_39;
let l_41 = l_33 >= f32(0.0);
let l_42 = l_40 && l_41;
let l_43 = l_33 < info.scalars_f32[8];
let l_44 = l_42 && l_43;
l_mut_45 = u32(4294967295);
if l_44 {
let l_46 = u32(l_29);
let l_47 = l_46 * info.scalars_u32[0];
let l_48 = u32(l_31);
let l_49 = l_47 + l_48;
let l_50 = l_49 * info.scalars_u32[1];
let l_51 = u32(l_33);
let l_52 = l_50 + l_51;
l_mut_45 = l_52;
} else {
let l_53 = is_nan_1_f32(l_19);let l_54 = is_inf_1_f32(l_19);let l_55 = l_53 || l_54;
let l_56 = is_nan_1_f32(l_23);let l_57 = l_55 || l_56;
let l_58 = is_inf_1_f32(l_23);let l_59 = l_57 || l_58;
let l_60 = is_nan_1_f32(l_27);let l_61 = l_59 || l_60;
let l_62 = is_inf_1_f32(l_27);let l_63 = l_61 || l_62;
let l_64 = !l_63;
let l_65 = !l_64;
if l_65 {
l_mut_45 = u32(4294967294);
}
}
let l_66 = l_mut_45 == u32(4294967294);
if l_66 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_67 = l_mut_45 == u32(4294967295);
if l_67 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_68 = l_2 * info.scalars_u32[2];
let l_69 = l_68 + l_mut_45;
let l_70 = u32(3) * info.scalars_u32[6];

for (var l_mut_71: u32 = u32(0); l_mut_71 < info.scalars_u32[4]; l_mut_71++) {
let l_72 = l_69 * info.scalars_u32[4];
let l_73 = l_72 + l_mut_71;
let l_74 = l_16 * info.scalars_u32[4];
let l_75 = l_74 + l_mut_71;
let l_76 = buffer_1_global[l_75];
let l_77 = bitcast<f32>(l_76);
let l_78 = &buffer_3_global[l_73];
let l_79 = atomicLoad(l_78);
let l_80 = l_79 >> u32(23);
let l_81 = l_80 & u32(255);
let l_82 = i32(l_81);
let l_83 = l_82 - i32(127);
let l_84 = i32(30) - l_83;
let l_85 = l_84 / i32(2);
l_mut_86 = f32(0.0);
let l_87 = l_85 >= i32(-126);
if l_87 {
let l_88 = l_85 + i32(127);
let l_89 = u32(l_88);
let l_90 = l_89 << u32(23);
let l_91 = bitcast<f32>(l_90);
l_mut_86 = l_91;
}
let l_92 = l_84 - l_85;
l_mut_93 = f32(0.0);
let l_94 = l_92 >= i32(-126);
if l_94 {
let l_95 = l_92 + i32(127);
let l_96 = u32(l_95);
let l_97 = l_96 << u32(23);
let l_98 = bitcast<f32>(l_97);
l_mut_93 = l_98;
}
let l_99 = l_mut_86 * l_mut_93;
let l_100 = l_77 * l_99;
let l_101 = round(l_100);
let l_102 = i32(l_101);
let l_103 = bitcast<u32>(l_102);
l_mut_45 = u32(0);
let l_104 = l_102 < i32(0);
if l_104 {
l_mut_45 = u32(4294967295);
}
let l_105 = u32(2) * l_73;
let l_106 = &buffer_4_global[l_105];
let l_107 = atomicAdd(l_106, l_103);let l_108 = ~l_107;
let l_109 = l_103 > l_108;
if l_109 {
l_mut_45 = l_mut_45 + u32(1);
}
let l_110 = u32(2) * l_73;
let l_111 = l_110 + u32(1);
let l_112 = &buffer_4_global[l_111];
let l_113 = atomicAdd(l_112, l_mut_45);}
}
}
}
let l_114 = u32(256) + local_idx;
let l_115 = l_8 + l_114;
let l_116 = l_115 < l_mut_4;
if l_116 {
let l_117 = l_2 * info.scalars_u32[3];
let l_118 = l_117 + l_115;
let l_119 = u32(3) * l_118;
let l_120 = buffer_0_global[l_119];
let l_121 = bitcast<f32>(l_120);
let l_122 = u32(3) * l_118;
let l_123 = l_122 + u32(1);
let l_124 = buffer_0_global[l_123];
let l_125 = bitcast<f32>(l_124);
let l_126 = u32(3) * l_118;
let l_127 = l_126 + u32(2);
let l_128 = buffer_0_global[l_127];
let l_129 = bitcast<f32>(l_128);
let l_130 = l_121 - info.scalars_f32[0];
let l_131 = l_130 * info.scalars_f32[3];
let l_132 = l_125 - info.scalars_f32[1];
let l_133 = l_132 * info.scalars_f32[4];
let l_134 = l_129 - info.scalars_f32[2];
let l_135 = l_134 * info.scalars_f32[5];
let l_136 = l_131 >= f32(0.0);
let l_137 = l_131 < info.scalars_f32[6];
let l_138 = l_136 && l_137;
let l_139 = l_133 >= f32(0.0);
let l_140 = l_138 && l_139;
let l_141 = l_133 < info.scalars_f32[7];
let l_142 = l_140 && l_141;
let l_143 = l_135 >= f32(0.0);
let l_144 = l_142 && l_143;
let l_145 = l_135 < info.scalars_f32[8];
let l_146 = l_144 && l_145;
l_mut_45 = u32(4294967295);
if l_146 {
let l_147 = u32(l_131);
let l_148 = l_147 * info.scalars_u32[0];
let l_149 = u32(l_133);
let l_150 = l_148 + l_149;
let l_151 = l_150 * info.scalars_u32[1];
let l_152 = u32(l_135);
let l_153 = l_151 + l_152;
l_mut_45 = l_153;
} else {
let l_154 = is_nan_1_f32(l_121);let l_155 = is_inf_1_f32(l_121);let l_156 = l_154 || l_155;
let l_157 = is_nan_1_f32(l_125);let l_158 = l_156 || l_157;
let l_159 = is_inf_1_f32(l_125);let l_160 = l_158 || l_159;
let l_161 = is_nan_1_f32(l_129);let l_162 = l_160 || l_161;
let l_163 = is_inf_1_f32(l_129);let l_164 = l_162 || l_163;
let l_165 = !l_164;
let l_166 = !l_165;
if l_166 {
l_mut_45 = u32(4294967294);
}
}
let l_167 = l_mut_45 == u32(4294967294);
if l_167 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_168 = l_mut_45 == u32(4294967295);
if l_168 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_169 = l_2 * info.scalars_u32[2];
let l_170 = l_169 + l_mut_45;
let l_171 = u32(3) * info.scalars_u32[6];

for (var l_mut_172: u32 = u32(0); l_mut_172 < info.scalars_u32[4]; l_mut_172++) {
let l_173 = l_170 * info.scalars_u32[4];
let l_174 = l_173 + l_mut_172;
let l_175 = l_118 * info.scalars_u32[4];
let l_176 = l_175 + l_mut_172;
let l_177 = buffer_1_global[l_176];
let l_178 = bitcast<f32>(l_177);
let l_179 = &buffer_3_global[l_174];
let l_180 = atomicLoad(l_179);
let l_181 = l_180 >> u32(23);
let l_182 = l_181 & u32(255);
let l_183 = i32(l_182);
let l_184 = l_183 - i32(127);
let l_185 = i32(30) - l_184;
let l_186 = l_185 / i32(2);
l_mut_93 = f32(0.0);
let l_187 = l_186 >= i32(-126);
if l_187 {
let l_188 = l_186 + i32(127);
let l_189 = u32(l_188);
let l_190 = l_189 << u32(23);
let l_191 = bitcast<f32>(l_190);
l_mut_93 = l_191;
}
let l_192 = l_185 - l_186;
l_mut_86 = f32(0.0);
let l_193 = l_192 >= i32(-126);
if l_193 {
let l_194 = l_192 + i32(127);
let l_195 = u32(l_194);
let l_196 = l_195 << u32(23);
let l_197 = bitcast<f32>(l_196);
l_mut_86 = l_197;
}
let l_198 = l_mut_93 * l_mut_86;
let l_199 = l_178 * l_198;
let l_200 = round(l_199);
let l_201 = i32(l_200);
let l_202 = bitcast<u32>(l_201);
l_mut_45 = u32(0);
let l_203 = l_201 < i32(0);
if l_203 {
l_mut_45 = u32(4294967295);
}
let l_204 = u32(2) * l_174;
let l_205 = &buffer_4_global[l_204];
let l_206 = atomicAdd(l_205, l_202);let l_207 = ~l_206;
let l_208 = l_202 > l_207;
if l_208 {
l_mut_45 = l_mut_45 + u32(1);
}
let l_209 = u32(2) * l_174;
let l_210 = l_209 + u32(1);
let l_211 = &buffer_4_global[l_210];
let l_212 = atomicAdd(l_211, l_mut_45);}
}
}
}
let l_213 = u32(512) + local_idx;
let l_214 = l_8 + l_213;
let l_215 = l_214 < l_mut_4;
if l_215 {
let l_216 = l_2 * info.scalars_u32[3];
let l_217 = l_216 + l_214;
let l_218 = u32(3) * l_217;
let l_219 = buffer_0_global[l_218];
let l_220 = bitcast<f32>(l_219);
let l_221 = u32(3) * l_217;
let l_222 = l_221 + u32(1);
let l_223 = buffer_0_global[l_222];
let l_224 = bitcast<f32>(l_223);
let l_225 = u32(3) * l_217;
let l_226 = l_225 + u32(2);
let l_227 = buffer_0_global[l_226];
let l_228 = bitcast<f32>(l_227);
let l_229 = l_220 - info.scalars_f32[0];
let l_230 = l_229 * info.scalars_f32[3];
let l_231 = l_224 - info.scalars_f32[1];
let l_232 = l_231 * info.scalars_f32[4];
let l_233 = l_228 - info.scalars_f32[2];
let l_234 = l_233 * info.scalars_f32[5];
let l_235 = l_230 >= f32(0.0);
let l_236 = l_230 < info.scalars_f32[6];
let l_237 = l_235 && l_236;
let l_238 = l_232 >= f32(0.0);
let l_239 = l_237 && l_238;
let l_240 = l_232 < info.scalars_f32[7];
let l_241 = l_239 && l_240;
let l_242 = l_234 >= f32(0.0);
let l_243 = l_241 && l_242;
let l_244 = l_234 < info.scalars_f32[8];
let l_245 = l_243 && l_244;
l_mut_45 = u32(4294967295);
if l_245 {
let l_246 = u32(l_230);
let l_247 = l_246 * info.scalars_u32[0];
let l_248 = u32(l_232);
let l_249 = l_247 + l_248;
let l_250 = l_249 * info.scalars_u32[1];
let l_251 = u32(l_234);
let l_252 = l_250 + l_251;
l_mut_45 = l_252;
} else {
let l_253 = is_nan_1_f32(l_220);let l_254 = is_inf_1_f32(l_220);let l_255 = l_253 || l_254;
let l_256 = is_nan_1_f32(l_224);let l_257 = l_255 || l_256;
let l_258 = is_inf_1_f32(l_224);let l_259 = l_257 || l_258;
let l_260 = is_nan_1_f32(l_228);let l_261 = l_259 || l_260;
let l_262 = is_inf_1_f32(l_228);let l_263 = l_261 || l_262;
let l_264 = !l_263;
let l_265 = !l_264;
if l_265 {
l_mut_45 = u32(4294967294);
}
}
let l_266 = l_mut_45 == u32(4294967294);
if l_266 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_267 = l_mut_45 == u32(4294967295);
if l_267 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_268 = l_2 * info.scalars_u32[2];
let l_269 = l_268 + l_mut_45;
let l_270 = u32(3) * info.scalars_u32[6];

for (var l_mut_271: u32 = u32(0); l_mut_271 < info.scalars_u32[4]; l_mut_271++) {
let l_272 = l_269 * info.scalars_u32[4];
let l_273 = l_272 + l_mut_271;
let l_274 = l_217 * info.scalars_u32[4];
let l_275 = l_274 + l_mut_271;
let l_276 = buffer_1_global[l_275];
let l_277 = bitcast<f32>(l_276);
let l_278 = &buffer_3_global[l_273];
let l_279 = atomicLoad(l_278);
let l_280 = l_279 >> u32(23);
let l_281 = l_280 & u32(255);
let l_282 = i32(l_281);
let l_283 = l_282 - i32(127);
let l_284 = i32(30) - l_283;
let l_285 = l_284 / i32(2);
l_mut_93 = f32(0.0);
let l_286 = l_285 >= i32(-126);
if l_286 {
let l_287 = l_285 + i32(127);
let l_288 = u32(l_287);
let l_289 = l_288 << u32(23);
let l_290 = bitcast<f32>(l_289);
l_mut_93 = l_290;
}
let l_291 = l_284 - l_285;
l_mut_86 = f32(0.0);
let l_292 = l_291 >= i32(-126);
if l_292 {
let l_293 = l_291 + i32(127);
let l_294 = u32(l_293);
let l_295 = l_294 << u32(23);
let l_296 = bitcast<f32>(l_295);
l_mut_86 = l_296;
}
let l_297 = l_mut_93 * l_mut_86;
let l_298 = l_277 * l_297;
let l_299 = round(l_298);
let l_300 = i32(l_299);
let l_301 = bitcast<u32>(l_300);
l_mut_45 = u32(0);
let l_302 = l_300 < i32(0);
if l_302 {
l_mut_45 = u32(4294967295);
}
let l_303 = u32(2) * l_273;
let l_304 = &buffer_4_global[l_303];
let l_305 = atomicAdd(l_304, l_301);let l_306 = ~l_305;
let l_307 = l_301 > l_306;
if l_307 {
l_mut_45 = l_mut_45 + u32(1);
}
let l_308 = u32(2) * l_273;
let l_309 = l_308 + u32(1);
let l_310 = &buffer_4_global[l_309];
let l_311 = atomicAdd(l_310, l_mut_45);}
}
}
}
let l_312 = u32(768) + local_idx;
let l_313 = l_8 + l_312;
let l_314 = l_313 < l_mut_4;
if l_314 {
let l_315 = l_2 * info.scalars_u32[3];
let l_316 = l_315 + l_313;
let l_317 = u32(3) * l_316;
let l_318 = buffer_0_global[l_317];
let l_319 = bitcast<f32>(l_318);
let l_320 = u32(3) * l_316;
let l_321 = l_320 + u32(1);
let l_322 = buffer_0_global[l_321];
let l_323 = bitcast<f32>(l_322);
let l_324 = u32(3) * l_316;
let l_325 = l_324 + u32(2);
let l_326 = buffer_0_global[l_325];
let l_327 = bitcast<f32>(l_326);
let l_328 = l_319 - info.scalars_f32[0];
let l_329 = l_328 * info.scalars_f32[3];
let l_330 = l_323 - info.scalars_f32[1];
let l_331 = l_330 * info.scalars_f32[4];
let l_332 = l_327 - info.scalars_f32[2];
let l_333 = l_332 * info.scalars_f32[5];
let l_334 = l_329 >= f32(0.0);
let l_335 = l_329 < info.scalars_f32[6];
let l_336 = l_334 && l_335;
let l_337 = l_331 >= f32(0.0);
let l_338 = l_336 && l_337;
let l_339 = l_331 < info.scalars_f32[7];
let l_340 = l_338 && l_339;
let l_341 = l_333 >= f32(0.0);
let l_342 = l_340 && l_341;
let l_343 = l_333 < info.scalars_f32[8];
let l_344 = l_342 && l_343;
l_mut_45 = u32(4294967295);
if l_344 {
let l_345 = u32(l_329);
let l_346 = l_345 * info.scalars_u32[0];
let l_347 = u32(l_331);
let l_348 = l_346 + l_347;
let l_349 = l_348 * info.scalars_u32[1];
let l_350 = u32(l_333);
let l_351 = l_349 + l_350;
l_mut_45 = l_351;
} else {
let l_352 = is_nan_1_f32(l_319);let l_353 = is_inf_1_f32(l_319);let l_354 = l_352 || l_353;
let l_355 = is_nan_1_f32(l_323);let l_356 = l_354 || l_355;
let l_357 = is_inf_1_f32(l_323);let l_358 = l_356 || l_357;
let l_359 = is_nan_1_f32(l_327);let l_360 = l_358 || l_359;
let l_361 = is_inf_1_f32(l_327);let l_362 = l_360 || l_361;
let l_363 = !l_362;
let l_364 = !l_363;
if l_364 {
l_mut_45 = u32(4294967294);
}
}
let l_365 = l_mut_45 == u32(4294967294);
if l_365 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_366 = l_mut_45 == u32(4294967295);
if l_366 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_367 = l_2 * info.scalars_u32[2];
let l_368 = l_367 + l_mut_45;
let l_369 = u32(3) * info.scalars_u32[6];

for (var l_mut_370: u32 = u32(0); l_mut_370 < info.scalars_u32[4]; l_mut_370++) {
let l_371 = l_368 * info.scalars_u32[4];
let l_372 = l_371 + l_mut_370;
let l_373 = l_316 * info.scalars_u32[4];
let l_374 = l_373 + l_mut_370;
let l_375 = buffer_1_global[l_374];
let l_376 = bitcast<f32>(l_375);
let l_377 = &buffer_3_global[l_372];
let l_378 = atomicLoad(l_377);
let l_379 = l_378 >> u32(23);
let l_380 = l_379 & u32(255);
let l_381 = i32(l_380);
let l_382 = l_381 - i32(127);
let l_383 = i32(30) - l_382;
let l_384 = l_383 / i32(2);
l_mut_93 = f32(0.0);
let l_385 = l_384 >= i32(-126);
if l_385 {
let l_386 = l_384 + i32(127);
let l_387 = u32(l_386);
let l_388 = l_387 << u32(23);
let l_389 = bitcast<f32>(l_388);
l_mut_93 = l_389;
}
let l_390 = l_383 - l_384;
l_mut_86 = f32(0.0);
let l_391 = l_390 >= i32(-126);
if l_391 {
let l_392 = l_390 + i32(127);
let l_393 = u32(l_392);
let l_394 = l_393 << u32(23);
let l_395 = bitcast<f32>(l_394);
l_mut_86 = l_395;
}
let l_396 = l_mut_93 * l_mut_86;
let l_397 = l_376 * l_396;
let l_398 = round(l_397);
let l_399 = i32(l_398);
let l_400 = bitcast<u32>(l_399);
l_mut_45 = u32(0);
let l_401 = l_399 < i32(0);
if l_401 {
l_mut_45 = u32(4294967295);
}
let l_402 = u32(2) * l_372;
let l_403 = &buffer_4_global[l_402];
let l_404 = atomicAdd(l_403, l_400);let l_405 = ~l_404;
let l_406 = l_400 > l_405;
if l_406 {
l_mut_45 = l_mut_45 + u32(1);
}
let l_407 = u32(2) * l_372;
let l_408 = l_407 + u32(1);
let l_409 = &buffer_4_global[l_408];
let l_410 = atomicAdd(l_409, l_mut_45);}
}
}
}
let l_411 = u32(1024) + local_idx;
let l_412 = l_8 + l_411;
let l_413 = l_412 < l_mut_4;
if l_413 {
let l_414 = l_2 * info.scalars_u32[3];
let l_415 = l_414 + l_412;
let l_416 = u32(3) * l_415;
let l_417 = buffer_0_global[l_416];
let l_418 = bitcast<f32>(l_417);
let l_419 = u32(3) * l_415;
let l_420 = l_419 + u32(1);
let l_421 = buffer_0_global[l_420];
let l_422 = bitcast<f32>(l_421);
let l_423 = u32(3) * l_415;
let l_424 = l_423 + u32(2);
let l_425 = buffer_0_global[l_424];
let l_426 = bitcast<f32>(l_425);
let l_427 = l_418 - info.scalars_f32[0];
let l_428 = l_427 * info.scalars_f32[3];
let l_429 = l_422 - info.scalars_f32[1];
let l_430 = l_429 * info.scalars_f32[4];
let l_431 = l_426 - info.scalars_f32[2];
let l_432 = l_431 * info.scalars_f32[5];
let l_433 = l_428 >= f32(0.0);
let l_434 = l_428 < info.scalars_f32[6];
let l_435 = l_433 && l_434;
let l_436 = l_430 >= f32(0.0);
let l_437 = l_435 && l_436;
let l_438 = l_430 < info.scalars_f32[7];
let l_439 = l_437 && l_438;
let l_440 = l_432 >= f32(0.0);
let l_441 = l_439 && l_440;
let l_442 = l_432 < info.scalars_f32[8];
let l_443 = l_441 && l_442;
l_mut_45 = u32(4294967295);
if l_443 {
let l_444 = u32(l_428);
let l_445 = l_444 * info.scalars_u32[0];
let l_446 = u32(l_430);
let l_447 = l_445 + l_446;
let l_448 = l_447 * info.scalars_u32[1];
let l_449 = u32(l_432);
let l_450 = l_448 + l_449;
l_mut_45 = l_450;
} else {
let l_451 = is_nan_1_f32(l_418);let l_452 = is_inf_1_f32(l_418);let l_453 = l_451 || l_452;
let l_454 = is_nan_1_f32(l_422);let l_455 = l_453 || l_454;
let l_456 = is_inf_1_f32(l_422);let l_457 = l_455 || l_456;
let l_458 = is_nan_1_f32(l_426);let l_459 = l_457 || l_458;
let l_460 = is_inf_1_f32(l_426);let l_461 = l_459 || l_460;
let l_462 = !l_461;
let l_463 = !l_462;
if l_463 {
l_mut_45 = u32(4294967294);
}
}
let l_464 = l_mut_45 == u32(4294967294);
if l_464 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_465 = l_mut_45 == u32(4294967295);
if l_465 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_466 = l_2 * info.scalars_u32[2];
let l_467 = l_466 + l_mut_45;
let l_468 = u32(3) * info.scalars_u32[6];

for (var l_mut_469: u32 = u32(0); l_mut_469 < info.scalars_u32[4]; l_mut_469++) {
let l_470 = l_467 * info.scalars_u32[4];
let l_471 = l_470 + l_mut_469;
let l_472 = l_415 * info.scalars_u32[4];
let l_473 = l_472 + l_mut_469;
let l_474 = buffer_1_global[l_473];
let l_475 = bitcast<f32>(l_474);
let l_476 = &buffer_3_global[l_471];
let l_477 = atomicLoad(l_476);
let l_478 = l_477 >> u32(23);
let l_479 = l_478 & u32(255);
let l_480 = i32(l_479);
let l_481 = l_480 - i32(127);
let l_482 = i32(30) - l_481;
let l_483 = l_482 / i32(2);
l_mut_93 = f32(0.0);
let l_484 = l_483 >= i32(-126);
if l_484 {
let l_485 = l_483 + i32(127);
let l_486 = u32(l_485);
let l_487 = l_486 << u32(23);
let l_488 = bitcast<f32>(l_487);
l_mut_93 = l_488;
}
let l_489 = l_482 - l_483;
l_mut_86 = f32(0.0);
let l_490 = l_489 >= i32(-126);
if l_490 {
let l_491 = l_489 + i32(127);
let l_492 = u32(l_491);
let l_493 = l_492 << u32(23);
let l_494 = bitcast<f32>(l_493);
l_mut_86 = l_494;
}
let l_495 = l_mut_93 * l_mut_86;
let l_496 = l_475 * l_495;
let l_497 = round(l_496);
let l_498 = i32(l_497);
let l_499 = bitcast<u32>(l_498);
l_mut_45 = u32(0);
let l_500 = l_498 < i32(0);
if l_500 {
l_mut_45 = u32(4294967295);
}
let l_501 = u32(2) * l_471;
let l_502 = &buffer_4_global[l_501];
let l_503 = atomicAdd(l_502, l_499);let l_504 = ~l_503;
let l_505 = l_499 > l_504;
if l_505 {
l_mut_45 = l_mut_45 + u32(1);
}
let l_506 = u32(2) * l_471;
let l_507 = l_506 + u32(1);
let l_508 = &buffer_4_global[l_507];
let l_509 = atomicAdd(l_508, l_mut_45);}
}
}
}
let l_510 = u32(1280) + local_idx;
let l_511 = l_8 + l_510;
let l_512 = l_511 < l_mut_4;
if l_512 {
let l_513 = l_2 * info.scalars_u32[3];
let l_514 = l_513 + l_511;
let l_515 = u32(3) * l_514;
let l_516 = buffer_0_global[l_515];
let l_517 = bitcast<f32>(l_516);
let l_518 = u32(3) * l_514;
let l_519 = l_518 + u32(1);
let l_520 = buffer_0_global[l_519];
let l_521 = bitcast<f32>(l_520);
let l_522 = u32(3) * l_514;
let l_523 = l_522 + u32(2);
let l_524 = buffer_0_global[l_523];
let l_525 = bitcast<f32>(l_524);
let l_526 = l_517 - info.scalars_f32[0];
let l_527 = l_526 * info.scalars_f32[3];
let l_528 = l_521 - info.scalars_f32[1];
let l_529 = l_528 * info.scalars_f32[4];
let l_530 = l_525 - info.scalars_f32[2];
let l_531 = l_530 * info.scalars_f32[5];
let l_532 = l_527 >= f32(0.0);
let l_533 = l_527 < info.scalars_f32[6];
let l_534 = l_532 && l_533;
let l_535 = l_529 >= f32(0.0);
let l_536 = l_534 && l_535;
let l_537 = l_529 < info.scalars_f32[7];
let l_538 = l_536 && l_537;
let l_539 = l_531 >= f32(0.0);
let l_540 = l_538 && l_539;
let l_541 = l_531 < info.scalars_f32[8];
let l_542 = l_540 && l_541;
l_mut_45 = u32(4294967295);
if l_542 {
let l_543 = u32(l_527);
let l_544 = l_543 * info.scalars_u32[0];
let l_545 = u32(l_529);
let l_546 = l_544 + l_545;
let l_547 = l_546 * info.scalars_u32[1];
let l_548 = u32(l_531);
let l_549 = l_547 + l_548;
l_mut_45 = l_549;
} else {
let l_550 = is_nan_1_f32(l_517);let l_551 = is_inf_1_f32(l_517);let l_552 = l_550 || l_551;
let l_553 = is_nan_1_f32(l_521);let l_554 = l_552 || l_553;
let l_555 = is_inf_1_f32(l_521);let l_556 = l_554 || l_555;
let l_557 = is_nan_1_f32(l_525);let l_558 = l_556 || l_557;
let l_559 = is_inf_1_f32(l_525);let l_560 = l_558 || l_559;
let l_561 = !l_560;
let l_562 = !l_561;
if l_562 {
l_mut_45 = u32(4294967294);
}
}
let l_563 = l_mut_45 == u32(4294967294);
if l_563 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_564 = l_mut_45 == u32(4294967295);
if l_564 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_565 = l_2 * info.scalars_u32[2];
let l_566 = l_565 + l_mut_45;
let l_567 = u32(3) * info.scalars_u32[6];

for (var l_mut_568: u32 = u32(0); l_mut_568 < info.scalars_u32[4]; l_mut_568++) {
let l_569 = l_566 * info.scalars_u32[4];
let l_570 = l_569 + l_mut_568;
let l_571 = l_514 * info.scalars_u32[4];
let l_572 = l_571 + l_mut_568;
let l_573 = buffer_1_global[l_572];
let l_574 = bitcast<f32>(l_573);
let l_575 = &buffer_3_global[l_570];
let l_576 = atomicLoad(l_575);
let l_577 = l_576 >> u32(23);
let l_578 = l_577 & u32(255);
let l_579 = i32(l_578);
let l_580 = l_579 - i32(127);
let l_581 = i32(30) - l_580;
let l_582 = l_581 / i32(2);
l_mut_93 = f32(0.0);
let l_583 = l_582 >= i32(-126);
if l_583 {
let l_584 = l_582 + i32(127);
let l_585 = u32(l_584);
let l_586 = l_585 << u32(23);
let l_587 = bitcast<f32>(l_586);
l_mut_93 = l_587;
}
let l_588 = l_581 - l_582;
l_mut_86 = f32(0.0);
let l_589 = l_588 >= i32(-126);
if l_589 {
let l_590 = l_588 + i32(127);
let l_591 = u32(l_590);
let l_592 = l_591 << u32(23);
let l_593 = bitcast<f32>(l_592);
l_mut_86 = l_593;
}
let l_594 = l_mut_93 * l_mut_86;
let l_595 = l_574 * l_594;
let l_596 = round(l_595);
let l_597 = i32(l_596);
let l_598 = bitcast<u32>(l_597);
l_mut_45 = u32(0);
let l_599 = l_597 < i32(0);
if l_599 {
l_mut_45 = u32(4294967295);
}
let l_600 = u32(2) * l_570;
let l_601 = &buffer_4_global[l_600];
let l_602 = atomicAdd(l_601, l_598);let l_603 = ~l_602;
let l_604 = l_598 > l_603;
if l_604 {
l_mut_45 = l_mut_45 + u32(1);
}
let l_605 = u32(2) * l_570;
let l_606 = l_605 + u32(1);
let l_607 = &buffer_4_global[l_606];
let l_608 = atomicAdd(l_607, l_mut_45);}
}
}
}
let l_609 = u32(1536) + local_idx;
let l_610 = l_8 + l_609;
let l_611 = l_610 < l_mut_4;
if l_611 {
let l_612 = l_2 * info.scalars_u32[3];
let l_613 = l_612 + l_610;
let l_614 = u32(3) * l_613;
let l_615 = buffer_0_global[l_614];
let l_616 = bitcast<f32>(l_615);
let l_617 = u32(3) * l_613;
let l_618 = l_617 + u32(1);
let l_619 = buffer_0_global[l_618];
let l_620 = bitcast<f32>(l_619);
let l_621 = u32(3) * l_613;
let l_622 = l_621 + u32(2);
let l_623 = buffer_0_global[l_622];
let l_624 = bitcast<f32>(l_623);
let l_625 = l_616 - info.scalars_f32[0];
let l_626 = l_625 * info.scalars_f32[3];
let l_627 = l_620 - info.scalars_f32[1];
let l_628 = l_627 * info.scalars_f32[4];
let l_629 = l_624 - info.scalars_f32[2];
let l_630 = l_629 * info.scalars_f32[5];
let l_631 = l_626 >= f32(0.0);
let l_632 = l_626 < info.scalars_f32[6];
let l_633 = l_631 && l_632;
let l_634 = l_628 >= f32(0.0);
let l_635 = l_633 && l_634;
let l_636 = l_628 < info.scalars_f32[7];
let l_637 = l_635 && l_636;
let l_638 = l_630 >= f32(0.0);
let l_639 = l_637 && l_638;
let l_640 = l_630 < info.scalars_f32[8];
let l_641 = l_639 && l_640;
l_mut_45 = u32(4294967295);
if l_641 {
let l_642 = u32(l_626);
let l_643 = l_642 * info.scalars_u32[0];
let l_644 = u32(l_628);
let l_645 = l_643 + l_644;
let l_646 = l_645 * info.scalars_u32[1];
let l_647 = u32(l_630);
let l_648 = l_646 + l_647;
l_mut_45 = l_648;
} else {
let l_649 = is_nan_1_f32(l_616);let l_650 = is_inf_1_f32(l_616);let l_651 = l_649 || l_650;
let l_652 = is_nan_1_f32(l_620);let l_653 = l_651 || l_652;
let l_654 = is_inf_1_f32(l_620);let l_655 = l_653 || l_654;
let l_656 = is_nan_1_f32(l_624);let l_657 = l_655 || l_656;
let l_658 = is_inf_1_f32(l_624);let l_659 = l_657 || l_658;
let l_660 = !l_659;
let l_661 = !l_660;
if l_661 {
l_mut_45 = u32(4294967294);
}
}
let l_662 = l_mut_45 == u32(4294967294);
if l_662 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_663 = l_mut_45 == u32(4294967295);
if l_663 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_664 = l_2 * info.scalars_u32[2];
let l_665 = l_664 + l_mut_45;
let l_666 = u32(3) * info.scalars_u32[6];

for (var l_mut_667: u32 = u32(0); l_mut_667 < info.scalars_u32[4]; l_mut_667++) {
let l_668 = l_665 * info.scalars_u32[4];
let l_669 = l_668 + l_mut_667;
let l_670 = l_613 * info.scalars_u32[4];
let l_671 = l_670 + l_mut_667;
let l_672 = buffer_1_global[l_671];
let l_673 = bitcast<f32>(l_672);
let l_674 = &buffer_3_global[l_669];
let l_675 = atomicLoad(l_674);
let l_676 = l_675 >> u32(23);
let l_677 = l_676 & u32(255);
let l_678 = i32(l_677);
let l_679 = l_678 - i32(127);
let l_680 = i32(30) - l_679;
let l_681 = l_680 / i32(2);
l_mut_93 = f32(0.0);
let l_682 = l_681 >= i32(-126);
if l_682 {
let l_683 = l_681 + i32(127);
let l_684 = u32(l_683);
let l_685 = l_684 << u32(23);
let l_686 = bitcast<f32>(l_685);
l_mut_93 = l_686;
}
let l_687 = l_680 - l_681;
l_mut_86 = f32(0.0);
let l_688 = l_687 >= i32(-126);
if l_688 {
let l_689 = l_687 + i32(127);
let l_690 = u32(l_689);
let l_691 = l_690 << u32(23);
let l_692 = bitcast<f32>(l_691);
l_mut_86 = l_692;
}
let l_693 = l_mut_93 * l_mut_86;
let l_694 = l_673 * l_693;
let l_695 = round(l_694);
let l_696 = i32(l_695);
let l_697 = bitcast<u32>(l_696);
l_mut_45 = u32(0);
let l_698 = l_696 < i32(0);
if l_698 {
l_mut_45 = u32(4294967295);
}
let l_699 = u32(2) * l_669;
let l_700 = &buffer_4_global[l_699];
let l_701 = atomicAdd(l_700, l_697);let l_702 = ~l_701;
let l_703 = l_697 > l_702;
if l_703 {
l_mut_45 = l_mut_45 + u32(1);
}
let l_704 = u32(2) * l_669;
let l_705 = l_704 + u32(1);
let l_706 = &buffer_4_global[l_705];
let l_707 = atomicAdd(l_706, l_mut_45);}
}
}
}
let l_708 = u32(1792) + local_idx;
let l_709 = l_8 + l_708;
let l_710 = l_709 < l_mut_4;
if l_710 {
let l_711 = l_2 * info.scalars_u32[3];
let l_712 = l_711 + l_709;
let l_713 = u32(3) * l_712;
let l_714 = buffer_0_global[l_713];
let l_715 = bitcast<f32>(l_714);
let l_716 = u32(3) * l_712;
let l_717 = l_716 + u32(1);
let l_718 = buffer_0_global[l_717];
let l_719 = bitcast<f32>(l_718);
let l_720 = u32(3) * l_712;
let l_721 = l_720 + u32(2);
let l_722 = buffer_0_global[l_721];
let l_723 = bitcast<f32>(l_722);
let l_724 = l_715 - info.scalars_f32[0];
let l_725 = l_724 * info.scalars_f32[3];
let l_726 = l_719 - info.scalars_f32[1];
let l_727 = l_726 * info.scalars_f32[4];
let l_728 = l_723 - info.scalars_f32[2];
let l_729 = l_728 * info.scalars_f32[5];
let l_730 = l_725 >= f32(0.0);
let l_731 = l_725 < info.scalars_f32[6];
let l_732 = l_730 && l_731;
let l_733 = l_727 >= f32(0.0);
let l_734 = l_732 && l_733;
let l_735 = l_727 < info.scalars_f32[7];
let l_736 = l_734 && l_735;
let l_737 = l_729 >= f32(0.0);
let l_738 = l_736 && l_737;
let l_739 = l_729 < info.scalars_f32[8];
let l_740 = l_738 && l_739;
l_mut_45 = u32(4294967295);
if l_740 {
let l_741 = u32(l_725);
let l_742 = l_741 * info.scalars_u32[0];
let l_743 = u32(l_727);
let l_744 = l_742 + l_743;
let l_745 = l_744 * info.scalars_u32[1];
let l_746 = u32(l_729);
let l_747 = l_745 + l_746;
l_mut_45 = l_747;
} else {
let l_748 = is_nan_1_f32(l_715);let l_749 = is_inf_1_f32(l_715);let l_750 = l_748 || l_749;
let l_751 = is_nan_1_f32(l_719);let l_752 = l_750 || l_751;
let l_753 = is_inf_1_f32(l_719);let l_754 = l_752 || l_753;
let l_755 = is_nan_1_f32(l_723);let l_756 = l_754 || l_755;
let l_757 = is_inf_1_f32(l_723);let l_758 = l_756 || l_757;
let l_759 = !l_758;
let l_760 = !l_759;
if l_760 {
l_mut_45 = u32(4294967294);
}
}
let l_761 = l_mut_45 == u32(4294967294);
if l_761 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_762 = l_mut_45 == u32(4294967295);
if l_762 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_763 = l_2 * info.scalars_u32[2];
let l_764 = l_763 + l_mut_45;
let l_765 = u32(3) * info.scalars_u32[6];

for (var l_mut_766: u32 = u32(0); l_mut_766 < info.scalars_u32[4]; l_mut_766++) {
let l_767 = l_764 * info.scalars_u32[4];
let l_768 = l_767 + l_mut_766;
let l_769 = l_712 * info.scalars_u32[4];
let l_770 = l_769 + l_mut_766;
let l_771 = buffer_1_global[l_770];
let l_772 = bitcast<f32>(l_771);
let l_773 = &buffer_3_global[l_768];
let l_774 = atomicLoad(l_773);
let l_775 = l_774 >> u32(23);
let l_776 = l_775 & u32(255);
let l_777 = i32(l_776);
let l_778 = l_777 - i32(127);
let l_779 = i32(30) - l_778;
let l_780 = l_779 / i32(2);
l_mut_93 = f32(0.0);
let l_781 = l_780 >= i32(-126);
if l_781 {
let l_782 = l_780 + i32(127);
let l_783 = u32(l_782);
let l_784 = l_783 << u32(23);
let l_785 = bitcast<f32>(l_784);
l_mut_93 = l_785;
}
let l_786 = l_779 - l_780;
l_mut_86 = f32(0.0);
let l_787 = l_786 >= i32(-126);
if l_787 {
let l_788 = l_786 + i32(127);
let l_789 = u32(l_788);
let l_790 = l_789 << u32(23);
let l_791 = bitcast<f32>(l_790);
l_mut_86 = l_791;
}
let l_792 = l_mut_93 * l_mut_86;
let l_793 = l_772 * l_792;
let l_794 = round(l_793);
let l_795 = i32(l_794);
let l_796 = bitcast<u32>(l_795);
l_mut_45 = u32(0);
let l_797 = l_795 < i32(0);
if l_797 {
l_mut_45 = u32(4294967295);
}
let l_798 = u32(2) * l_768;
let l_799 = &buffer_4_global[l_798];
let l_800 = atomicAdd(l_799, l_796);let l_801 = ~l_800;
let l_802 = l_796 > l_801;
if l_802 {
l_mut_45 = l_mut_45 + u32(1);
}
let l_803 = u32(2) * l_768;
let l_804 = l_803 + u32(1);
let l_805 = &buffer_4_global[l_804];
let l_806 = atomicAdd(l_805, l_mut_45);}
}
}
}
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
