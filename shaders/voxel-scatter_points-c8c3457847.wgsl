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

var<workgroup> shared_memory_556: array<u32, 768>;

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
var l_mut_7: u32;
var l_mut_8: u32;
var l_mut_9: u32;
var l_mut_43: u32;
let l_0 = workgroup_id.y * num_workgroups.x;
let l_1 = l_0 + workgroup_id.x;
let l_2 = l_1 / info.scalars_u32[5];
let l_3 = l_2 >= info.scalars_u32[6];
if l_3 {
return;
}
l_mut_4 = info.scalars_u32[3];
let l_5 = l_1 % info.scalars_u32[5];
let l_6 = l_5 * u32(2048);
l_mut_7 = u32(0);
l_mut_8 = u32(0);
l_mut_9 = u32(0);
let l_10 = u32(0) + local_idx;
let l_11 = l_6 + l_10;
let l_12 = l_11 < l_mut_4;
if l_12 {
let l_13 = l_2 * info.scalars_u32[3];
let l_14 = l_13 + l_11;
let l_15 = u32(3) * l_14;
let l_16 = buffer_0_global[l_15];
let l_17 = bitcast<f32>(l_16);
let l_18 = u32(3) * l_14;
let l_19 = l_18 + u32(1);
let l_20 = buffer_0_global[l_19];
let l_21 = bitcast<f32>(l_20);
let l_22 = u32(3) * l_14;
let l_23 = l_22 + u32(2);
let l_24 = buffer_0_global[l_23];
let l_25 = bitcast<f32>(l_24);
let l_26 = l_17 - info.scalars_f32[0];
let l_27 = l_26 * info.scalars_f32[3];
let l_28 = l_21 - info.scalars_f32[1];
let l_29 = l_28 * info.scalars_f32[4];
let l_30 = l_25 - info.scalars_f32[2];
let l_31 = l_30 * info.scalars_f32[5];
let l_32 = l_27 >= f32(0.0);
let l_33 = l_27 < info.scalars_f32[6];
let l_34 = l_32 && l_33;
let l_35 = l_29 >= f32(0.0);
let l_36 = l_34 && l_35;
let l_37 = l_29 < info.scalars_f32[7];
let l_38 = l_36 && l_37;
let l_39 = l_31 >= f32(0.0);
let l_40 = l_38 && l_39;
let l_41 = l_31 < info.scalars_f32[8];
let l_42 = l_40 && l_41;
l_mut_43 = u32(4294967295);
if l_42 {
let l_44 = u32(l_27);
let l_45 = l_44 * info.scalars_u32[0];
let l_46 = u32(l_29);
let l_47 = l_45 + l_46;
let l_48 = l_47 * info.scalars_u32[1];
let l_49 = u32(l_31);
let l_50 = l_48 + l_49;
l_mut_43 = l_50;
} else {
let l_51 = is_nan_1_f32(l_17);let l_52 = is_inf_1_f32(l_17);let l_53 = l_51 || l_52;
let l_54 = is_nan_1_f32(l_21);let l_55 = l_53 || l_54;
let l_56 = is_inf_1_f32(l_21);let l_57 = l_55 || l_56;
let l_58 = is_nan_1_f32(l_25);let l_59 = l_57 || l_58;
let l_60 = is_inf_1_f32(l_25);let l_61 = l_59 || l_60;
let l_62 = !l_61;
let l_63 = !l_62;
if l_63 {
l_mut_43 = u32(4294967294);
}
}
let l_64 = l_mut_43 == u32(4294967294);
if l_64 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_65 = l_mut_43 == u32(4294967295);
if l_65 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_66 = l_2 * info.scalars_u32[2];
let l_67 = l_66 + l_mut_43;
let l_68 = l_67 % u32(4);
let l_69 = l_68 * u32(8);
let l_70 = u32(1) << l_69;
let l_71 = l_67 / u32(4);
let l_72 = &buffer_3_global[l_71];
let l_73 = atomicLoad(l_72);
let l_74 = l_73 & l_70;
let l_75 = l_74 == u32(0);
if l_75 {
let l_76 = l_67 / u32(4);
let l_77 = &buffer_3_global[l_76];
let l_78 = atomicOr(l_77, l_70);}
}
}
}
let l_79 = u32(256) + local_idx;
let l_80 = l_6 + l_79;
let l_81 = l_80 < l_mut_4;
if l_81 {
let l_82 = l_2 * info.scalars_u32[3];
let l_83 = l_82 + l_80;
let l_84 = u32(3) * l_83;
let l_85 = buffer_0_global[l_84];
let l_86 = bitcast<f32>(l_85);
let l_87 = u32(3) * l_83;
let l_88 = l_87 + u32(1);
let l_89 = buffer_0_global[l_88];
let l_90 = bitcast<f32>(l_89);
let l_91 = u32(3) * l_83;
let l_92 = l_91 + u32(2);
let l_93 = buffer_0_global[l_92];
let l_94 = bitcast<f32>(l_93);
let l_95 = l_86 - info.scalars_f32[0];
let l_96 = l_95 * info.scalars_f32[3];
let l_97 = l_90 - info.scalars_f32[1];
let l_98 = l_97 * info.scalars_f32[4];
let l_99 = l_94 - info.scalars_f32[2];
let l_100 = l_99 * info.scalars_f32[5];
let l_101 = l_96 >= f32(0.0);
let l_102 = l_96 < info.scalars_f32[6];
let l_103 = l_101 && l_102;
let l_104 = l_98 >= f32(0.0);
let l_105 = l_103 && l_104;
let l_106 = l_98 < info.scalars_f32[7];
let l_107 = l_105 && l_106;
let l_108 = l_100 >= f32(0.0);
let l_109 = l_107 && l_108;
let l_110 = l_100 < info.scalars_f32[8];
let l_111 = l_109 && l_110;
l_mut_43 = u32(4294967295);
if l_111 {
let l_112 = u32(l_96);
let l_113 = l_112 * info.scalars_u32[0];
let l_114 = u32(l_98);
let l_115 = l_113 + l_114;
let l_116 = l_115 * info.scalars_u32[1];
let l_117 = u32(l_100);
let l_118 = l_116 + l_117;
l_mut_43 = l_118;
} else {
let l_119 = is_nan_1_f32(l_86);let l_120 = is_inf_1_f32(l_86);let l_121 = l_119 || l_120;
let l_122 = is_nan_1_f32(l_90);let l_123 = l_121 || l_122;
let l_124 = is_inf_1_f32(l_90);let l_125 = l_123 || l_124;
let l_126 = is_nan_1_f32(l_94);let l_127 = l_125 || l_126;
let l_128 = is_inf_1_f32(l_94);let l_129 = l_127 || l_128;
let l_130 = !l_129;
let l_131 = !l_130;
if l_131 {
l_mut_43 = u32(4294967294);
}
}
let l_132 = l_mut_43 == u32(4294967294);
if l_132 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_133 = l_mut_43 == u32(4294967295);
if l_133 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_134 = l_2 * info.scalars_u32[2];
let l_135 = l_134 + l_mut_43;
let l_136 = l_135 % u32(4);
let l_137 = l_136 * u32(8);
let l_138 = u32(1) << l_137;
let l_139 = l_135 / u32(4);
let l_140 = &buffer_3_global[l_139];
let l_141 = atomicLoad(l_140);
let l_142 = l_141 & l_138;
let l_143 = l_142 == u32(0);
if l_143 {
let l_144 = l_135 / u32(4);
let l_145 = &buffer_3_global[l_144];
let l_146 = atomicOr(l_145, l_138);}
}
}
}
let l_147 = u32(512) + local_idx;
let l_148 = l_6 + l_147;
let l_149 = l_148 < l_mut_4;
if l_149 {
let l_150 = l_2 * info.scalars_u32[3];
let l_151 = l_150 + l_148;
let l_152 = u32(3) * l_151;
let l_153 = buffer_0_global[l_152];
let l_154 = bitcast<f32>(l_153);
let l_155 = u32(3) * l_151;
let l_156 = l_155 + u32(1);
let l_157 = buffer_0_global[l_156];
let l_158 = bitcast<f32>(l_157);
let l_159 = u32(3) * l_151;
let l_160 = l_159 + u32(2);
let l_161 = buffer_0_global[l_160];
let l_162 = bitcast<f32>(l_161);
let l_163 = l_154 - info.scalars_f32[0];
let l_164 = l_163 * info.scalars_f32[3];
let l_165 = l_158 - info.scalars_f32[1];
let l_166 = l_165 * info.scalars_f32[4];
let l_167 = l_162 - info.scalars_f32[2];
let l_168 = l_167 * info.scalars_f32[5];
let l_169 = l_164 >= f32(0.0);
let l_170 = l_164 < info.scalars_f32[6];
let l_171 = l_169 && l_170;
let l_172 = l_166 >= f32(0.0);
let l_173 = l_171 && l_172;
let l_174 = l_166 < info.scalars_f32[7];
let l_175 = l_173 && l_174;
let l_176 = l_168 >= f32(0.0);
let l_177 = l_175 && l_176;
let l_178 = l_168 < info.scalars_f32[8];
let l_179 = l_177 && l_178;
l_mut_43 = u32(4294967295);
if l_179 {
let l_180 = u32(l_164);
let l_181 = l_180 * info.scalars_u32[0];
let l_182 = u32(l_166);
let l_183 = l_181 + l_182;
let l_184 = l_183 * info.scalars_u32[1];
let l_185 = u32(l_168);
let l_186 = l_184 + l_185;
l_mut_43 = l_186;
} else {
let l_187 = is_nan_1_f32(l_154);let l_188 = is_inf_1_f32(l_154);let l_189 = l_187 || l_188;
let l_190 = is_nan_1_f32(l_158);let l_191 = l_189 || l_190;
let l_192 = is_inf_1_f32(l_158);let l_193 = l_191 || l_192;
let l_194 = is_nan_1_f32(l_162);let l_195 = l_193 || l_194;
let l_196 = is_inf_1_f32(l_162);let l_197 = l_195 || l_196;
let l_198 = !l_197;
let l_199 = !l_198;
if l_199 {
l_mut_43 = u32(4294967294);
}
}
let l_200 = l_mut_43 == u32(4294967294);
if l_200 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_201 = l_mut_43 == u32(4294967295);
if l_201 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_202 = l_2 * info.scalars_u32[2];
let l_203 = l_202 + l_mut_43;
let l_204 = l_203 % u32(4);
let l_205 = l_204 * u32(8);
let l_206 = u32(1) << l_205;
let l_207 = l_203 / u32(4);
let l_208 = &buffer_3_global[l_207];
let l_209 = atomicLoad(l_208);
let l_210 = l_209 & l_206;
let l_211 = l_210 == u32(0);
if l_211 {
let l_212 = l_203 / u32(4);
let l_213 = &buffer_3_global[l_212];
let l_214 = atomicOr(l_213, l_206);}
}
}
}
let l_215 = u32(768) + local_idx;
let l_216 = l_6 + l_215;
let l_217 = l_216 < l_mut_4;
if l_217 {
let l_218 = l_2 * info.scalars_u32[3];
let l_219 = l_218 + l_216;
let l_220 = u32(3) * l_219;
let l_221 = buffer_0_global[l_220];
let l_222 = bitcast<f32>(l_221);
let l_223 = u32(3) * l_219;
let l_224 = l_223 + u32(1);
let l_225 = buffer_0_global[l_224];
let l_226 = bitcast<f32>(l_225);
let l_227 = u32(3) * l_219;
let l_228 = l_227 + u32(2);
let l_229 = buffer_0_global[l_228];
let l_230 = bitcast<f32>(l_229);
let l_231 = l_222 - info.scalars_f32[0];
let l_232 = l_231 * info.scalars_f32[3];
let l_233 = l_226 - info.scalars_f32[1];
let l_234 = l_233 * info.scalars_f32[4];
let l_235 = l_230 - info.scalars_f32[2];
let l_236 = l_235 * info.scalars_f32[5];
let l_237 = l_232 >= f32(0.0);
let l_238 = l_232 < info.scalars_f32[6];
let l_239 = l_237 && l_238;
let l_240 = l_234 >= f32(0.0);
let l_241 = l_239 && l_240;
let l_242 = l_234 < info.scalars_f32[7];
let l_243 = l_241 && l_242;
let l_244 = l_236 >= f32(0.0);
let l_245 = l_243 && l_244;
let l_246 = l_236 < info.scalars_f32[8];
let l_247 = l_245 && l_246;
l_mut_43 = u32(4294967295);
if l_247 {
let l_248 = u32(l_232);
let l_249 = l_248 * info.scalars_u32[0];
let l_250 = u32(l_234);
let l_251 = l_249 + l_250;
let l_252 = l_251 * info.scalars_u32[1];
let l_253 = u32(l_236);
let l_254 = l_252 + l_253;
l_mut_43 = l_254;
} else {
let l_255 = is_nan_1_f32(l_222);let l_256 = is_inf_1_f32(l_222);let l_257 = l_255 || l_256;
let l_258 = is_nan_1_f32(l_226);let l_259 = l_257 || l_258;
let l_260 = is_inf_1_f32(l_226);let l_261 = l_259 || l_260;
let l_262 = is_nan_1_f32(l_230);let l_263 = l_261 || l_262;
let l_264 = is_inf_1_f32(l_230);let l_265 = l_263 || l_264;
let l_266 = !l_265;
let l_267 = !l_266;
if l_267 {
l_mut_43 = u32(4294967294);
}
}
let l_268 = l_mut_43 == u32(4294967294);
if l_268 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_269 = l_mut_43 == u32(4294967295);
if l_269 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_270 = l_2 * info.scalars_u32[2];
let l_271 = l_270 + l_mut_43;
let l_272 = l_271 % u32(4);
let l_273 = l_272 * u32(8);
let l_274 = u32(1) << l_273;
let l_275 = l_271 / u32(4);
let l_276 = &buffer_3_global[l_275];
let l_277 = atomicLoad(l_276);
let l_278 = l_277 & l_274;
let l_279 = l_278 == u32(0);
if l_279 {
let l_280 = l_271 / u32(4);
let l_281 = &buffer_3_global[l_280];
let l_282 = atomicOr(l_281, l_274);}
}
}
}
let l_283 = u32(1024) + local_idx;
let l_284 = l_6 + l_283;
let l_285 = l_284 < l_mut_4;
if l_285 {
let l_286 = l_2 * info.scalars_u32[3];
let l_287 = l_286 + l_284;
let l_288 = u32(3) * l_287;
let l_289 = buffer_0_global[l_288];
let l_290 = bitcast<f32>(l_289);
let l_291 = u32(3) * l_287;
let l_292 = l_291 + u32(1);
let l_293 = buffer_0_global[l_292];
let l_294 = bitcast<f32>(l_293);
let l_295 = u32(3) * l_287;
let l_296 = l_295 + u32(2);
let l_297 = buffer_0_global[l_296];
let l_298 = bitcast<f32>(l_297);
let l_299 = l_290 - info.scalars_f32[0];
let l_300 = l_299 * info.scalars_f32[3];
let l_301 = l_294 - info.scalars_f32[1];
let l_302 = l_301 * info.scalars_f32[4];
let l_303 = l_298 - info.scalars_f32[2];
let l_304 = l_303 * info.scalars_f32[5];
let l_305 = l_300 >= f32(0.0);
let l_306 = l_300 < info.scalars_f32[6];
let l_307 = l_305 && l_306;
let l_308 = l_302 >= f32(0.0);
let l_309 = l_307 && l_308;
let l_310 = l_302 < info.scalars_f32[7];
let l_311 = l_309 && l_310;
let l_312 = l_304 >= f32(0.0);
let l_313 = l_311 && l_312;
let l_314 = l_304 < info.scalars_f32[8];
let l_315 = l_313 && l_314;
l_mut_43 = u32(4294967295);
if l_315 {
let l_316 = u32(l_300);
let l_317 = l_316 * info.scalars_u32[0];
let l_318 = u32(l_302);
let l_319 = l_317 + l_318;
let l_320 = l_319 * info.scalars_u32[1];
let l_321 = u32(l_304);
let l_322 = l_320 + l_321;
l_mut_43 = l_322;
} else {
let l_323 = is_nan_1_f32(l_290);let l_324 = is_inf_1_f32(l_290);let l_325 = l_323 || l_324;
let l_326 = is_nan_1_f32(l_294);let l_327 = l_325 || l_326;
let l_328 = is_inf_1_f32(l_294);let l_329 = l_327 || l_328;
let l_330 = is_nan_1_f32(l_298);let l_331 = l_329 || l_330;
let l_332 = is_inf_1_f32(l_298);let l_333 = l_331 || l_332;
let l_334 = !l_333;
let l_335 = !l_334;
if l_335 {
l_mut_43 = u32(4294967294);
}
}
let l_336 = l_mut_43 == u32(4294967294);
if l_336 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_337 = l_mut_43 == u32(4294967295);
if l_337 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_338 = l_2 * info.scalars_u32[2];
let l_339 = l_338 + l_mut_43;
let l_340 = l_339 % u32(4);
let l_341 = l_340 * u32(8);
let l_342 = u32(1) << l_341;
let l_343 = l_339 / u32(4);
let l_344 = &buffer_3_global[l_343];
let l_345 = atomicLoad(l_344);
let l_346 = l_345 & l_342;
let l_347 = l_346 == u32(0);
if l_347 {
let l_348 = l_339 / u32(4);
let l_349 = &buffer_3_global[l_348];
let l_350 = atomicOr(l_349, l_342);}
}
}
}
let l_351 = u32(1280) + local_idx;
let l_352 = l_6 + l_351;
let l_353 = l_352 < l_mut_4;
if l_353 {
let l_354 = l_2 * info.scalars_u32[3];
let l_355 = l_354 + l_352;
let l_356 = u32(3) * l_355;
let l_357 = buffer_0_global[l_356];
let l_358 = bitcast<f32>(l_357);
let l_359 = u32(3) * l_355;
let l_360 = l_359 + u32(1);
let l_361 = buffer_0_global[l_360];
let l_362 = bitcast<f32>(l_361);
let l_363 = u32(3) * l_355;
let l_364 = l_363 + u32(2);
let l_365 = buffer_0_global[l_364];
let l_366 = bitcast<f32>(l_365);
let l_367 = l_358 - info.scalars_f32[0];
let l_368 = l_367 * info.scalars_f32[3];
let l_369 = l_362 - info.scalars_f32[1];
let l_370 = l_369 * info.scalars_f32[4];
let l_371 = l_366 - info.scalars_f32[2];
let l_372 = l_371 * info.scalars_f32[5];
let l_373 = l_368 >= f32(0.0);
let l_374 = l_368 < info.scalars_f32[6];
let l_375 = l_373 && l_374;
let l_376 = l_370 >= f32(0.0);
let l_377 = l_375 && l_376;
let l_378 = l_370 < info.scalars_f32[7];
let l_379 = l_377 && l_378;
let l_380 = l_372 >= f32(0.0);
let l_381 = l_379 && l_380;
let l_382 = l_372 < info.scalars_f32[8];
let l_383 = l_381 && l_382;
l_mut_43 = u32(4294967295);
if l_383 {
let l_384 = u32(l_368);
let l_385 = l_384 * info.scalars_u32[0];
let l_386 = u32(l_370);
let l_387 = l_385 + l_386;
let l_388 = l_387 * info.scalars_u32[1];
let l_389 = u32(l_372);
let l_390 = l_388 + l_389;
l_mut_43 = l_390;
} else {
let l_391 = is_nan_1_f32(l_358);let l_392 = is_inf_1_f32(l_358);let l_393 = l_391 || l_392;
let l_394 = is_nan_1_f32(l_362);let l_395 = l_393 || l_394;
let l_396 = is_inf_1_f32(l_362);let l_397 = l_395 || l_396;
let l_398 = is_nan_1_f32(l_366);let l_399 = l_397 || l_398;
let l_400 = is_inf_1_f32(l_366);let l_401 = l_399 || l_400;
let l_402 = !l_401;
let l_403 = !l_402;
if l_403 {
l_mut_43 = u32(4294967294);
}
}
let l_404 = l_mut_43 == u32(4294967294);
if l_404 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_405 = l_mut_43 == u32(4294967295);
if l_405 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_406 = l_2 * info.scalars_u32[2];
let l_407 = l_406 + l_mut_43;
let l_408 = l_407 % u32(4);
let l_409 = l_408 * u32(8);
let l_410 = u32(1) << l_409;
let l_411 = l_407 / u32(4);
let l_412 = &buffer_3_global[l_411];
let l_413 = atomicLoad(l_412);
let l_414 = l_413 & l_410;
let l_415 = l_414 == u32(0);
if l_415 {
let l_416 = l_407 / u32(4);
let l_417 = &buffer_3_global[l_416];
let l_418 = atomicOr(l_417, l_410);}
}
}
}
let l_419 = u32(1536) + local_idx;
let l_420 = l_6 + l_419;
let l_421 = l_420 < l_mut_4;
if l_421 {
let l_422 = l_2 * info.scalars_u32[3];
let l_423 = l_422 + l_420;
let l_424 = u32(3) * l_423;
let l_425 = buffer_0_global[l_424];
let l_426 = bitcast<f32>(l_425);
let l_427 = u32(3) * l_423;
let l_428 = l_427 + u32(1);
let l_429 = buffer_0_global[l_428];
let l_430 = bitcast<f32>(l_429);
let l_431 = u32(3) * l_423;
let l_432 = l_431 + u32(2);
let l_433 = buffer_0_global[l_432];
let l_434 = bitcast<f32>(l_433);
let l_435 = l_426 - info.scalars_f32[0];
let l_436 = l_435 * info.scalars_f32[3];
let l_437 = l_430 - info.scalars_f32[1];
let l_438 = l_437 * info.scalars_f32[4];
let l_439 = l_434 - info.scalars_f32[2];
let l_440 = l_439 * info.scalars_f32[5];
let l_441 = l_436 >= f32(0.0);
let l_442 = l_436 < info.scalars_f32[6];
let l_443 = l_441 && l_442;
let l_444 = l_438 >= f32(0.0);
let l_445 = l_443 && l_444;
let l_446 = l_438 < info.scalars_f32[7];
let l_447 = l_445 && l_446;
let l_448 = l_440 >= f32(0.0);
let l_449 = l_447 && l_448;
let l_450 = l_440 < info.scalars_f32[8];
let l_451 = l_449 && l_450;
l_mut_43 = u32(4294967295);
if l_451 {
let l_452 = u32(l_436);
let l_453 = l_452 * info.scalars_u32[0];
let l_454 = u32(l_438);
let l_455 = l_453 + l_454;
let l_456 = l_455 * info.scalars_u32[1];
let l_457 = u32(l_440);
let l_458 = l_456 + l_457;
l_mut_43 = l_458;
} else {
let l_459 = is_nan_1_f32(l_426);let l_460 = is_inf_1_f32(l_426);let l_461 = l_459 || l_460;
let l_462 = is_nan_1_f32(l_430);let l_463 = l_461 || l_462;
let l_464 = is_inf_1_f32(l_430);let l_465 = l_463 || l_464;
let l_466 = is_nan_1_f32(l_434);let l_467 = l_465 || l_466;
let l_468 = is_inf_1_f32(l_434);let l_469 = l_467 || l_468;
let l_470 = !l_469;
let l_471 = !l_470;
if l_471 {
l_mut_43 = u32(4294967294);
}
}
let l_472 = l_mut_43 == u32(4294967294);
if l_472 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_473 = l_mut_43 == u32(4294967295);
if l_473 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_474 = l_2 * info.scalars_u32[2];
let l_475 = l_474 + l_mut_43;
let l_476 = l_475 % u32(4);
let l_477 = l_476 * u32(8);
let l_478 = u32(1) << l_477;
let l_479 = l_475 / u32(4);
let l_480 = &buffer_3_global[l_479];
let l_481 = atomicLoad(l_480);
let l_482 = l_481 & l_478;
let l_483 = l_482 == u32(0);
if l_483 {
let l_484 = l_475 / u32(4);
let l_485 = &buffer_3_global[l_484];
let l_486 = atomicOr(l_485, l_478);}
}
}
}
let l_487 = u32(1792) + local_idx;
let l_488 = l_6 + l_487;
let l_489 = l_488 < l_mut_4;
if l_489 {
let l_490 = l_2 * info.scalars_u32[3];
let l_491 = l_490 + l_488;
let l_492 = u32(3) * l_491;
let l_493 = buffer_0_global[l_492];
let l_494 = bitcast<f32>(l_493);
let l_495 = u32(3) * l_491;
let l_496 = l_495 + u32(1);
let l_497 = buffer_0_global[l_496];
let l_498 = bitcast<f32>(l_497);
let l_499 = u32(3) * l_491;
let l_500 = l_499 + u32(2);
let l_501 = buffer_0_global[l_500];
let l_502 = bitcast<f32>(l_501);
let l_503 = l_494 - info.scalars_f32[0];
let l_504 = l_503 * info.scalars_f32[3];
let l_505 = l_498 - info.scalars_f32[1];
let l_506 = l_505 * info.scalars_f32[4];
let l_507 = l_502 - info.scalars_f32[2];
let l_508 = l_507 * info.scalars_f32[5];
let l_509 = l_504 >= f32(0.0);
let l_510 = l_504 < info.scalars_f32[6];
let l_511 = l_509 && l_510;
let l_512 = l_506 >= f32(0.0);
let l_513 = l_511 && l_512;
let l_514 = l_506 < info.scalars_f32[7];
let l_515 = l_513 && l_514;
let l_516 = l_508 >= f32(0.0);
let l_517 = l_515 && l_516;
let l_518 = l_508 < info.scalars_f32[8];
let l_519 = l_517 && l_518;
l_mut_43 = u32(4294967295);
if l_519 {
let l_520 = u32(l_504);
let l_521 = l_520 * info.scalars_u32[0];
let l_522 = u32(l_506);
let l_523 = l_521 + l_522;
let l_524 = l_523 * info.scalars_u32[1];
let l_525 = u32(l_508);
let l_526 = l_524 + l_525;
l_mut_43 = l_526;
} else {
let l_527 = is_nan_1_f32(l_494);let l_528 = is_inf_1_f32(l_494);let l_529 = l_527 || l_528;
let l_530 = is_nan_1_f32(l_498);let l_531 = l_529 || l_530;
let l_532 = is_inf_1_f32(l_498);let l_533 = l_531 || l_532;
let l_534 = is_nan_1_f32(l_502);let l_535 = l_533 || l_534;
let l_536 = is_inf_1_f32(l_502);let l_537 = l_535 || l_536;
let l_538 = !l_537;
let l_539 = !l_538;
if l_539 {
l_mut_43 = u32(4294967294);
}
}
let l_540 = l_mut_43 == u32(4294967294);
if l_540 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_541 = l_mut_43 == u32(4294967295);
if l_541 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_542 = l_2 * info.scalars_u32[2];
let l_543 = l_542 + l_mut_43;
let l_544 = l_543 % u32(4);
let l_545 = l_544 * u32(8);
let l_546 = u32(1) << l_545;
let l_547 = l_543 / u32(4);
let l_548 = &buffer_3_global[l_547];
let l_549 = atomicLoad(l_548);
let l_550 = l_549 & l_546;
let l_551 = l_550 == u32(0);
if l_551 {
let l_552 = l_543 / u32(4);
let l_553 = &buffer_3_global[l_552];
let l_554 = atomicOr(l_553, l_546);}
}
}
}
let l_555 = u32(3) * l_2;
let l_557 = u32(3) * local_idx;
shared_memory_556[l_557] = l_mut_7;
let l_558 = u32(3) * local_idx;
let l_559 = l_558 + u32(1);
shared_memory_556[l_559] = l_mut_8;
let l_560 = u32(3) * local_idx;
let l_561 = l_560 + u32(2);
shared_memory_556[l_561] = l_mut_9;
workgroupBarrier();
let l_562 = local_idx < u32(128);
if l_562 {
let l_563 = u32(3) * local_idx;
let l_564 = local_idx + u32(128);
let l_565 = u32(3) * l_564;
let l_566 = shared_memory_556[l_565];
let l_567 = shared_memory_556[l_563];
let l_568 = l_567 + l_566;
shared_memory_556[l_563] = l_568;
let l_569 = u32(3) * local_idx;
let l_570 = l_569 + u32(1);
let l_571 = local_idx + u32(128);
let l_572 = u32(3) * l_571;
let l_573 = l_572 + u32(1);
let l_574 = shared_memory_556[l_573];
let l_575 = shared_memory_556[l_570];
let l_576 = l_575 + l_574;
shared_memory_556[l_570] = l_576;
let l_577 = u32(3) * local_idx;
let l_578 = l_577 + u32(2);
let l_579 = local_idx + u32(128);
let l_580 = u32(3) * l_579;
let l_581 = l_580 + u32(2);
let l_582 = shared_memory_556[l_581];
let l_583 = shared_memory_556[l_578];
let l_584 = l_583 + l_582;
shared_memory_556[l_578] = l_584;
}
workgroupBarrier();
let l_585 = local_idx < u32(64);
if l_585 {
let l_586 = u32(3) * local_idx;
let l_587 = local_idx + u32(64);
let l_588 = u32(3) * l_587;
let l_589 = shared_memory_556[l_588];
let l_590 = shared_memory_556[l_586];
let l_591 = l_590 + l_589;
shared_memory_556[l_586] = l_591;
let l_592 = u32(3) * local_idx;
let l_593 = l_592 + u32(1);
let l_594 = local_idx + u32(64);
let l_595 = u32(3) * l_594;
let l_596 = l_595 + u32(1);
let l_597 = shared_memory_556[l_596];
let l_598 = shared_memory_556[l_593];
let l_599 = l_598 + l_597;
shared_memory_556[l_593] = l_599;
let l_600 = u32(3) * local_idx;
let l_601 = l_600 + u32(2);
let l_602 = local_idx + u32(64);
let l_603 = u32(3) * l_602;
let l_604 = l_603 + u32(2);
let l_605 = shared_memory_556[l_604];
let l_606 = shared_memory_556[l_601];
let l_607 = l_606 + l_605;
shared_memory_556[l_601] = l_607;
}
workgroupBarrier();
let l_608 = local_idx < u32(32);
if l_608 {
let l_609 = u32(3) * local_idx;
let l_610 = local_idx + u32(32);
let l_611 = u32(3) * l_610;
let l_612 = shared_memory_556[l_611];
let l_613 = shared_memory_556[l_609];
let l_614 = l_613 + l_612;
shared_memory_556[l_609] = l_614;
let l_615 = u32(3) * local_idx;
let l_616 = l_615 + u32(1);
let l_617 = local_idx + u32(32);
let l_618 = u32(3) * l_617;
let l_619 = l_618 + u32(1);
let l_620 = shared_memory_556[l_619];
let l_621 = shared_memory_556[l_616];
let l_622 = l_621 + l_620;
shared_memory_556[l_616] = l_622;
let l_623 = u32(3) * local_idx;
let l_624 = l_623 + u32(2);
let l_625 = local_idx + u32(32);
let l_626 = u32(3) * l_625;
let l_627 = l_626 + u32(2);
let l_628 = shared_memory_556[l_627];
let l_629 = shared_memory_556[l_624];
let l_630 = l_629 + l_628;
shared_memory_556[l_624] = l_630;
}
workgroupBarrier();
let l_631 = local_idx < u32(16);
if l_631 {
let l_632 = u32(3) * local_idx;
let l_633 = local_idx + u32(16);
let l_634 = u32(3) * l_633;
let l_635 = shared_memory_556[l_634];
let l_636 = shared_memory_556[l_632];
let l_637 = l_636 + l_635;
shared_memory_556[l_632] = l_637;
let l_638 = u32(3) * local_idx;
let l_639 = l_638 + u32(1);
let l_640 = local_idx + u32(16);
let l_641 = u32(3) * l_640;
let l_642 = l_641 + u32(1);
let l_643 = shared_memory_556[l_642];
let l_644 = shared_memory_556[l_639];
let l_645 = l_644 + l_643;
shared_memory_556[l_639] = l_645;
let l_646 = u32(3) * local_idx;
let l_647 = l_646 + u32(2);
let l_648 = local_idx + u32(16);
let l_649 = u32(3) * l_648;
let l_650 = l_649 + u32(2);
let l_651 = shared_memory_556[l_650];
let l_652 = shared_memory_556[l_647];
let l_653 = l_652 + l_651;
shared_memory_556[l_647] = l_653;
}
workgroupBarrier();
let l_654 = local_idx < u32(8);
if l_654 {
let l_655 = u32(3) * local_idx;
let l_656 = local_idx + u32(8);
let l_657 = u32(3) * l_656;
let l_658 = shared_memory_556[l_657];
let l_659 = shared_memory_556[l_655];
let l_660 = l_659 + l_658;
shared_memory_556[l_655] = l_660;
let l_661 = u32(3) * local_idx;
let l_662 = l_661 + u32(1);
let l_663 = local_idx + u32(8);
let l_664 = u32(3) * l_663;
let l_665 = l_664 + u32(1);
let l_666 = shared_memory_556[l_665];
let l_667 = shared_memory_556[l_662];
let l_668 = l_667 + l_666;
shared_memory_556[l_662] = l_668;
let l_669 = u32(3) * local_idx;
let l_670 = l_669 + u32(2);
let l_671 = local_idx + u32(8);
let l_672 = u32(3) * l_671;
let l_673 = l_672 + u32(2);
let l_674 = shared_memory_556[l_673];
let l_675 = shared_memory_556[l_670];
let l_676 = l_675 + l_674;
shared_memory_556[l_670] = l_676;
}
workgroupBarrier();
let l_677 = local_idx < u32(4);
if l_677 {
let l_678 = u32(3) * local_idx;
let l_679 = local_idx + u32(4);
let l_680 = u32(3) * l_679;
let l_681 = shared_memory_556[l_680];
let l_682 = shared_memory_556[l_678];
let l_683 = l_682 + l_681;
shared_memory_556[l_678] = l_683;
let l_684 = u32(3) * local_idx;
let l_685 = l_684 + u32(1);
let l_686 = local_idx + u32(4);
let l_687 = u32(3) * l_686;
let l_688 = l_687 + u32(1);
let l_689 = shared_memory_556[l_688];
let l_690 = shared_memory_556[l_685];
let l_691 = l_690 + l_689;
shared_memory_556[l_685] = l_691;
let l_692 = u32(3) * local_idx;
let l_693 = l_692 + u32(2);
let l_694 = local_idx + u32(4);
let l_695 = u32(3) * l_694;
let l_696 = l_695 + u32(2);
let l_697 = shared_memory_556[l_696];
let l_698 = shared_memory_556[l_693];
let l_699 = l_698 + l_697;
shared_memory_556[l_693] = l_699;
}
workgroupBarrier();
let l_700 = local_idx < u32(2);
if l_700 {
let l_701 = u32(3) * local_idx;
let l_702 = local_idx + u32(2);
let l_703 = u32(3) * l_702;
let l_704 = shared_memory_556[l_703];
let l_705 = shared_memory_556[l_701];
let l_706 = l_705 + l_704;
shared_memory_556[l_701] = l_706;
let l_707 = u32(3) * local_idx;
let l_708 = l_707 + u32(1);
let l_709 = local_idx + u32(2);
let l_710 = u32(3) * l_709;
let l_711 = l_710 + u32(1);
let l_712 = shared_memory_556[l_711];
let l_713 = shared_memory_556[l_708];
let l_714 = l_713 + l_712;
shared_memory_556[l_708] = l_714;
let l_715 = u32(3) * local_idx;
let l_716 = l_715 + u32(2);
let l_717 = local_idx + u32(2);
let l_718 = u32(3) * l_717;
let l_719 = l_718 + u32(2);
let l_720 = shared_memory_556[l_719];
let l_721 = shared_memory_556[l_716];
let l_722 = l_721 + l_720;
shared_memory_556[l_716] = l_722;
}
workgroupBarrier();
let l_723 = local_idx < u32(1);
if l_723 {
let l_724 = u32(3) * local_idx;
let l_725 = local_idx + u32(1);
let l_726 = u32(3) * l_725;
let l_727 = shared_memory_556[l_726];
let l_728 = shared_memory_556[l_724];
let l_729 = l_728 + l_727;
shared_memory_556[l_724] = l_729;
let l_730 = u32(3) * local_idx;
let l_731 = l_730 + u32(1);
let l_732 = local_idx + u32(1);
let l_733 = u32(3) * l_732;
let l_734 = l_733 + u32(1);
let l_735 = shared_memory_556[l_734];
let l_736 = shared_memory_556[l_731];
let l_737 = l_736 + l_735;
shared_memory_556[l_731] = l_737;
let l_738 = u32(3) * local_idx;
let l_739 = l_738 + u32(2);
let l_740 = local_idx + u32(1);
let l_741 = u32(3) * l_740;
let l_742 = l_741 + u32(2);
let l_743 = shared_memory_556[l_742];
let l_744 = shared_memory_556[l_739];
let l_745 = l_744 + l_743;
shared_memory_556[l_739] = l_745;
}
workgroupBarrier();
let l_746 = local_idx == u32(0);
if l_746 {
let l_747 = shared_memory_556[u32(0)];
let l_748 = &buffer_5_global[l_555];
let l_749 = atomicAdd(l_748, l_747);let l_750 = shared_memory_556[u32(1)];
let l_751 = l_555 + u32(1);
let l_752 = &buffer_5_global[l_751];
let l_753 = atomicAdd(l_752, l_750);let l_754 = shared_memory_556[u32(2)];
let l_755 = l_555 + u32(2);
let l_756 = &buffer_5_global[l_755];
let l_757 = atomicAdd(l_756, l_754);}
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
