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

var<workgroup> shared_memory_558: array<u32, 768>;

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
let l_70 = l_69 % u32(4);
let l_71 = l_70 * u32(8);
let l_72 = u32(1) << l_71;
let l_73 = l_69 / u32(4);
let l_74 = &buffer_3_global[l_73];
let l_75 = atomicLoad(l_74);
let l_76 = l_75 & l_72;
let l_77 = l_76 == u32(0);
if l_77 {
let l_78 = l_69 / u32(4);
let l_79 = &buffer_3_global[l_78];
let l_80 = atomicOr(l_79, l_72);}
}
}
}
let l_81 = u32(256) + local_idx;
let l_82 = l_8 + l_81;
let l_83 = l_82 < l_mut_4;
if l_83 {
let l_84 = l_2 * info.scalars_u32[3];
let l_85 = l_84 + l_82;
let l_86 = u32(3) * l_85;
let l_87 = buffer_0_global[l_86];
let l_88 = bitcast<f32>(l_87);
let l_89 = u32(3) * l_85;
let l_90 = l_89 + u32(1);
let l_91 = buffer_0_global[l_90];
let l_92 = bitcast<f32>(l_91);
let l_93 = u32(3) * l_85;
let l_94 = l_93 + u32(2);
let l_95 = buffer_0_global[l_94];
let l_96 = bitcast<f32>(l_95);
let l_97 = l_88 - info.scalars_f32[0];
let l_98 = l_97 * info.scalars_f32[3];
let l_99 = l_92 - info.scalars_f32[1];
let l_100 = l_99 * info.scalars_f32[4];
let l_101 = l_96 - info.scalars_f32[2];
let l_102 = l_101 * info.scalars_f32[5];
let l_103 = l_98 >= f32(0.0);
let l_104 = l_98 < info.scalars_f32[6];
let l_105 = l_103 && l_104;
let l_106 = l_100 >= f32(0.0);
let l_107 = l_105 && l_106;
let l_108 = l_100 < info.scalars_f32[7];
let l_109 = l_107 && l_108;
let l_110 = l_102 >= f32(0.0);
let l_111 = l_109 && l_110;
let l_112 = l_102 < info.scalars_f32[8];
let l_113 = l_111 && l_112;
l_mut_45 = u32(4294967295);
if l_113 {
let l_114 = u32(l_98);
let l_115 = l_114 * info.scalars_u32[0];
let l_116 = u32(l_100);
let l_117 = l_115 + l_116;
let l_118 = l_117 * info.scalars_u32[1];
let l_119 = u32(l_102);
let l_120 = l_118 + l_119;
l_mut_45 = l_120;
} else {
let l_121 = is_nan_1_f32(l_88);let l_122 = is_inf_1_f32(l_88);let l_123 = l_121 || l_122;
let l_124 = is_nan_1_f32(l_92);let l_125 = l_123 || l_124;
let l_126 = is_inf_1_f32(l_92);let l_127 = l_125 || l_126;
let l_128 = is_nan_1_f32(l_96);let l_129 = l_127 || l_128;
let l_130 = is_inf_1_f32(l_96);let l_131 = l_129 || l_130;
let l_132 = !l_131;
let l_133 = !l_132;
if l_133 {
l_mut_45 = u32(4294967294);
}
}
let l_134 = l_mut_45 == u32(4294967294);
if l_134 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_135 = l_mut_45 == u32(4294967295);
if l_135 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_136 = l_2 * info.scalars_u32[2];
let l_137 = l_136 + l_mut_45;
let l_138 = l_137 % u32(4);
let l_139 = l_138 * u32(8);
let l_140 = u32(1) << l_139;
let l_141 = l_137 / u32(4);
let l_142 = &buffer_3_global[l_141];
let l_143 = atomicLoad(l_142);
let l_144 = l_143 & l_140;
let l_145 = l_144 == u32(0);
if l_145 {
let l_146 = l_137 / u32(4);
let l_147 = &buffer_3_global[l_146];
let l_148 = atomicOr(l_147, l_140);}
}
}
}
let l_149 = u32(512) + local_idx;
let l_150 = l_8 + l_149;
let l_151 = l_150 < l_mut_4;
if l_151 {
let l_152 = l_2 * info.scalars_u32[3];
let l_153 = l_152 + l_150;
let l_154 = u32(3) * l_153;
let l_155 = buffer_0_global[l_154];
let l_156 = bitcast<f32>(l_155);
let l_157 = u32(3) * l_153;
let l_158 = l_157 + u32(1);
let l_159 = buffer_0_global[l_158];
let l_160 = bitcast<f32>(l_159);
let l_161 = u32(3) * l_153;
let l_162 = l_161 + u32(2);
let l_163 = buffer_0_global[l_162];
let l_164 = bitcast<f32>(l_163);
let l_165 = l_156 - info.scalars_f32[0];
let l_166 = l_165 * info.scalars_f32[3];
let l_167 = l_160 - info.scalars_f32[1];
let l_168 = l_167 * info.scalars_f32[4];
let l_169 = l_164 - info.scalars_f32[2];
let l_170 = l_169 * info.scalars_f32[5];
let l_171 = l_166 >= f32(0.0);
let l_172 = l_166 < info.scalars_f32[6];
let l_173 = l_171 && l_172;
let l_174 = l_168 >= f32(0.0);
let l_175 = l_173 && l_174;
let l_176 = l_168 < info.scalars_f32[7];
let l_177 = l_175 && l_176;
let l_178 = l_170 >= f32(0.0);
let l_179 = l_177 && l_178;
let l_180 = l_170 < info.scalars_f32[8];
let l_181 = l_179 && l_180;
l_mut_45 = u32(4294967295);
if l_181 {
let l_182 = u32(l_166);
let l_183 = l_182 * info.scalars_u32[0];
let l_184 = u32(l_168);
let l_185 = l_183 + l_184;
let l_186 = l_185 * info.scalars_u32[1];
let l_187 = u32(l_170);
let l_188 = l_186 + l_187;
l_mut_45 = l_188;
} else {
let l_189 = is_nan_1_f32(l_156);let l_190 = is_inf_1_f32(l_156);let l_191 = l_189 || l_190;
let l_192 = is_nan_1_f32(l_160);let l_193 = l_191 || l_192;
let l_194 = is_inf_1_f32(l_160);let l_195 = l_193 || l_194;
let l_196 = is_nan_1_f32(l_164);let l_197 = l_195 || l_196;
let l_198 = is_inf_1_f32(l_164);let l_199 = l_197 || l_198;
let l_200 = !l_199;
let l_201 = !l_200;
if l_201 {
l_mut_45 = u32(4294967294);
}
}
let l_202 = l_mut_45 == u32(4294967294);
if l_202 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_203 = l_mut_45 == u32(4294967295);
if l_203 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_204 = l_2 * info.scalars_u32[2];
let l_205 = l_204 + l_mut_45;
let l_206 = l_205 % u32(4);
let l_207 = l_206 * u32(8);
let l_208 = u32(1) << l_207;
let l_209 = l_205 / u32(4);
let l_210 = &buffer_3_global[l_209];
let l_211 = atomicLoad(l_210);
let l_212 = l_211 & l_208;
let l_213 = l_212 == u32(0);
if l_213 {
let l_214 = l_205 / u32(4);
let l_215 = &buffer_3_global[l_214];
let l_216 = atomicOr(l_215, l_208);}
}
}
}
let l_217 = u32(768) + local_idx;
let l_218 = l_8 + l_217;
let l_219 = l_218 < l_mut_4;
if l_219 {
let l_220 = l_2 * info.scalars_u32[3];
let l_221 = l_220 + l_218;
let l_222 = u32(3) * l_221;
let l_223 = buffer_0_global[l_222];
let l_224 = bitcast<f32>(l_223);
let l_225 = u32(3) * l_221;
let l_226 = l_225 + u32(1);
let l_227 = buffer_0_global[l_226];
let l_228 = bitcast<f32>(l_227);
let l_229 = u32(3) * l_221;
let l_230 = l_229 + u32(2);
let l_231 = buffer_0_global[l_230];
let l_232 = bitcast<f32>(l_231);
let l_233 = l_224 - info.scalars_f32[0];
let l_234 = l_233 * info.scalars_f32[3];
let l_235 = l_228 - info.scalars_f32[1];
let l_236 = l_235 * info.scalars_f32[4];
let l_237 = l_232 - info.scalars_f32[2];
let l_238 = l_237 * info.scalars_f32[5];
let l_239 = l_234 >= f32(0.0);
let l_240 = l_234 < info.scalars_f32[6];
let l_241 = l_239 && l_240;
let l_242 = l_236 >= f32(0.0);
let l_243 = l_241 && l_242;
let l_244 = l_236 < info.scalars_f32[7];
let l_245 = l_243 && l_244;
let l_246 = l_238 >= f32(0.0);
let l_247 = l_245 && l_246;
let l_248 = l_238 < info.scalars_f32[8];
let l_249 = l_247 && l_248;
l_mut_45 = u32(4294967295);
if l_249 {
let l_250 = u32(l_234);
let l_251 = l_250 * info.scalars_u32[0];
let l_252 = u32(l_236);
let l_253 = l_251 + l_252;
let l_254 = l_253 * info.scalars_u32[1];
let l_255 = u32(l_238);
let l_256 = l_254 + l_255;
l_mut_45 = l_256;
} else {
let l_257 = is_nan_1_f32(l_224);let l_258 = is_inf_1_f32(l_224);let l_259 = l_257 || l_258;
let l_260 = is_nan_1_f32(l_228);let l_261 = l_259 || l_260;
let l_262 = is_inf_1_f32(l_228);let l_263 = l_261 || l_262;
let l_264 = is_nan_1_f32(l_232);let l_265 = l_263 || l_264;
let l_266 = is_inf_1_f32(l_232);let l_267 = l_265 || l_266;
let l_268 = !l_267;
let l_269 = !l_268;
if l_269 {
l_mut_45 = u32(4294967294);
}
}
let l_270 = l_mut_45 == u32(4294967294);
if l_270 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_271 = l_mut_45 == u32(4294967295);
if l_271 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_272 = l_2 * info.scalars_u32[2];
let l_273 = l_272 + l_mut_45;
let l_274 = l_273 % u32(4);
let l_275 = l_274 * u32(8);
let l_276 = u32(1) << l_275;
let l_277 = l_273 / u32(4);
let l_278 = &buffer_3_global[l_277];
let l_279 = atomicLoad(l_278);
let l_280 = l_279 & l_276;
let l_281 = l_280 == u32(0);
if l_281 {
let l_282 = l_273 / u32(4);
let l_283 = &buffer_3_global[l_282];
let l_284 = atomicOr(l_283, l_276);}
}
}
}
let l_285 = u32(1024) + local_idx;
let l_286 = l_8 + l_285;
let l_287 = l_286 < l_mut_4;
if l_287 {
let l_288 = l_2 * info.scalars_u32[3];
let l_289 = l_288 + l_286;
let l_290 = u32(3) * l_289;
let l_291 = buffer_0_global[l_290];
let l_292 = bitcast<f32>(l_291);
let l_293 = u32(3) * l_289;
let l_294 = l_293 + u32(1);
let l_295 = buffer_0_global[l_294];
let l_296 = bitcast<f32>(l_295);
let l_297 = u32(3) * l_289;
let l_298 = l_297 + u32(2);
let l_299 = buffer_0_global[l_298];
let l_300 = bitcast<f32>(l_299);
let l_301 = l_292 - info.scalars_f32[0];
let l_302 = l_301 * info.scalars_f32[3];
let l_303 = l_296 - info.scalars_f32[1];
let l_304 = l_303 * info.scalars_f32[4];
let l_305 = l_300 - info.scalars_f32[2];
let l_306 = l_305 * info.scalars_f32[5];
let l_307 = l_302 >= f32(0.0);
let l_308 = l_302 < info.scalars_f32[6];
let l_309 = l_307 && l_308;
let l_310 = l_304 >= f32(0.0);
let l_311 = l_309 && l_310;
let l_312 = l_304 < info.scalars_f32[7];
let l_313 = l_311 && l_312;
let l_314 = l_306 >= f32(0.0);
let l_315 = l_313 && l_314;
let l_316 = l_306 < info.scalars_f32[8];
let l_317 = l_315 && l_316;
l_mut_45 = u32(4294967295);
if l_317 {
let l_318 = u32(l_302);
let l_319 = l_318 * info.scalars_u32[0];
let l_320 = u32(l_304);
let l_321 = l_319 + l_320;
let l_322 = l_321 * info.scalars_u32[1];
let l_323 = u32(l_306);
let l_324 = l_322 + l_323;
l_mut_45 = l_324;
} else {
let l_325 = is_nan_1_f32(l_292);let l_326 = is_inf_1_f32(l_292);let l_327 = l_325 || l_326;
let l_328 = is_nan_1_f32(l_296);let l_329 = l_327 || l_328;
let l_330 = is_inf_1_f32(l_296);let l_331 = l_329 || l_330;
let l_332 = is_nan_1_f32(l_300);let l_333 = l_331 || l_332;
let l_334 = is_inf_1_f32(l_300);let l_335 = l_333 || l_334;
let l_336 = !l_335;
let l_337 = !l_336;
if l_337 {
l_mut_45 = u32(4294967294);
}
}
let l_338 = l_mut_45 == u32(4294967294);
if l_338 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_339 = l_mut_45 == u32(4294967295);
if l_339 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_340 = l_2 * info.scalars_u32[2];
let l_341 = l_340 + l_mut_45;
let l_342 = l_341 % u32(4);
let l_343 = l_342 * u32(8);
let l_344 = u32(1) << l_343;
let l_345 = l_341 / u32(4);
let l_346 = &buffer_3_global[l_345];
let l_347 = atomicLoad(l_346);
let l_348 = l_347 & l_344;
let l_349 = l_348 == u32(0);
if l_349 {
let l_350 = l_341 / u32(4);
let l_351 = &buffer_3_global[l_350];
let l_352 = atomicOr(l_351, l_344);}
}
}
}
let l_353 = u32(1280) + local_idx;
let l_354 = l_8 + l_353;
let l_355 = l_354 < l_mut_4;
if l_355 {
let l_356 = l_2 * info.scalars_u32[3];
let l_357 = l_356 + l_354;
let l_358 = u32(3) * l_357;
let l_359 = buffer_0_global[l_358];
let l_360 = bitcast<f32>(l_359);
let l_361 = u32(3) * l_357;
let l_362 = l_361 + u32(1);
let l_363 = buffer_0_global[l_362];
let l_364 = bitcast<f32>(l_363);
let l_365 = u32(3) * l_357;
let l_366 = l_365 + u32(2);
let l_367 = buffer_0_global[l_366];
let l_368 = bitcast<f32>(l_367);
let l_369 = l_360 - info.scalars_f32[0];
let l_370 = l_369 * info.scalars_f32[3];
let l_371 = l_364 - info.scalars_f32[1];
let l_372 = l_371 * info.scalars_f32[4];
let l_373 = l_368 - info.scalars_f32[2];
let l_374 = l_373 * info.scalars_f32[5];
let l_375 = l_370 >= f32(0.0);
let l_376 = l_370 < info.scalars_f32[6];
let l_377 = l_375 && l_376;
let l_378 = l_372 >= f32(0.0);
let l_379 = l_377 && l_378;
let l_380 = l_372 < info.scalars_f32[7];
let l_381 = l_379 && l_380;
let l_382 = l_374 >= f32(0.0);
let l_383 = l_381 && l_382;
let l_384 = l_374 < info.scalars_f32[8];
let l_385 = l_383 && l_384;
l_mut_45 = u32(4294967295);
if l_385 {
let l_386 = u32(l_370);
let l_387 = l_386 * info.scalars_u32[0];
let l_388 = u32(l_372);
let l_389 = l_387 + l_388;
let l_390 = l_389 * info.scalars_u32[1];
let l_391 = u32(l_374);
let l_392 = l_390 + l_391;
l_mut_45 = l_392;
} else {
let l_393 = is_nan_1_f32(l_360);let l_394 = is_inf_1_f32(l_360);let l_395 = l_393 || l_394;
let l_396 = is_nan_1_f32(l_364);let l_397 = l_395 || l_396;
let l_398 = is_inf_1_f32(l_364);let l_399 = l_397 || l_398;
let l_400 = is_nan_1_f32(l_368);let l_401 = l_399 || l_400;
let l_402 = is_inf_1_f32(l_368);let l_403 = l_401 || l_402;
let l_404 = !l_403;
let l_405 = !l_404;
if l_405 {
l_mut_45 = u32(4294967294);
}
}
let l_406 = l_mut_45 == u32(4294967294);
if l_406 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_407 = l_mut_45 == u32(4294967295);
if l_407 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_408 = l_2 * info.scalars_u32[2];
let l_409 = l_408 + l_mut_45;
let l_410 = l_409 % u32(4);
let l_411 = l_410 * u32(8);
let l_412 = u32(1) << l_411;
let l_413 = l_409 / u32(4);
let l_414 = &buffer_3_global[l_413];
let l_415 = atomicLoad(l_414);
let l_416 = l_415 & l_412;
let l_417 = l_416 == u32(0);
if l_417 {
let l_418 = l_409 / u32(4);
let l_419 = &buffer_3_global[l_418];
let l_420 = atomicOr(l_419, l_412);}
}
}
}
let l_421 = u32(1536) + local_idx;
let l_422 = l_8 + l_421;
let l_423 = l_422 < l_mut_4;
if l_423 {
let l_424 = l_2 * info.scalars_u32[3];
let l_425 = l_424 + l_422;
let l_426 = u32(3) * l_425;
let l_427 = buffer_0_global[l_426];
let l_428 = bitcast<f32>(l_427);
let l_429 = u32(3) * l_425;
let l_430 = l_429 + u32(1);
let l_431 = buffer_0_global[l_430];
let l_432 = bitcast<f32>(l_431);
let l_433 = u32(3) * l_425;
let l_434 = l_433 + u32(2);
let l_435 = buffer_0_global[l_434];
let l_436 = bitcast<f32>(l_435);
let l_437 = l_428 - info.scalars_f32[0];
let l_438 = l_437 * info.scalars_f32[3];
let l_439 = l_432 - info.scalars_f32[1];
let l_440 = l_439 * info.scalars_f32[4];
let l_441 = l_436 - info.scalars_f32[2];
let l_442 = l_441 * info.scalars_f32[5];
let l_443 = l_438 >= f32(0.0);
let l_444 = l_438 < info.scalars_f32[6];
let l_445 = l_443 && l_444;
let l_446 = l_440 >= f32(0.0);
let l_447 = l_445 && l_446;
let l_448 = l_440 < info.scalars_f32[7];
let l_449 = l_447 && l_448;
let l_450 = l_442 >= f32(0.0);
let l_451 = l_449 && l_450;
let l_452 = l_442 < info.scalars_f32[8];
let l_453 = l_451 && l_452;
l_mut_45 = u32(4294967295);
if l_453 {
let l_454 = u32(l_438);
let l_455 = l_454 * info.scalars_u32[0];
let l_456 = u32(l_440);
let l_457 = l_455 + l_456;
let l_458 = l_457 * info.scalars_u32[1];
let l_459 = u32(l_442);
let l_460 = l_458 + l_459;
l_mut_45 = l_460;
} else {
let l_461 = is_nan_1_f32(l_428);let l_462 = is_inf_1_f32(l_428);let l_463 = l_461 || l_462;
let l_464 = is_nan_1_f32(l_432);let l_465 = l_463 || l_464;
let l_466 = is_inf_1_f32(l_432);let l_467 = l_465 || l_466;
let l_468 = is_nan_1_f32(l_436);let l_469 = l_467 || l_468;
let l_470 = is_inf_1_f32(l_436);let l_471 = l_469 || l_470;
let l_472 = !l_471;
let l_473 = !l_472;
if l_473 {
l_mut_45 = u32(4294967294);
}
}
let l_474 = l_mut_45 == u32(4294967294);
if l_474 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_475 = l_mut_45 == u32(4294967295);
if l_475 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_476 = l_2 * info.scalars_u32[2];
let l_477 = l_476 + l_mut_45;
let l_478 = l_477 % u32(4);
let l_479 = l_478 * u32(8);
let l_480 = u32(1) << l_479;
let l_481 = l_477 / u32(4);
let l_482 = &buffer_3_global[l_481];
let l_483 = atomicLoad(l_482);
let l_484 = l_483 & l_480;
let l_485 = l_484 == u32(0);
if l_485 {
let l_486 = l_477 / u32(4);
let l_487 = &buffer_3_global[l_486];
let l_488 = atomicOr(l_487, l_480);}
}
}
}
let l_489 = u32(1792) + local_idx;
let l_490 = l_8 + l_489;
let l_491 = l_490 < l_mut_4;
if l_491 {
let l_492 = l_2 * info.scalars_u32[3];
let l_493 = l_492 + l_490;
let l_494 = u32(3) * l_493;
let l_495 = buffer_0_global[l_494];
let l_496 = bitcast<f32>(l_495);
let l_497 = u32(3) * l_493;
let l_498 = l_497 + u32(1);
let l_499 = buffer_0_global[l_498];
let l_500 = bitcast<f32>(l_499);
let l_501 = u32(3) * l_493;
let l_502 = l_501 + u32(2);
let l_503 = buffer_0_global[l_502];
let l_504 = bitcast<f32>(l_503);
let l_505 = l_496 - info.scalars_f32[0];
let l_506 = l_505 * info.scalars_f32[3];
let l_507 = l_500 - info.scalars_f32[1];
let l_508 = l_507 * info.scalars_f32[4];
let l_509 = l_504 - info.scalars_f32[2];
let l_510 = l_509 * info.scalars_f32[5];
let l_511 = l_506 >= f32(0.0);
let l_512 = l_506 < info.scalars_f32[6];
let l_513 = l_511 && l_512;
let l_514 = l_508 >= f32(0.0);
let l_515 = l_513 && l_514;
let l_516 = l_508 < info.scalars_f32[7];
let l_517 = l_515 && l_516;
let l_518 = l_510 >= f32(0.0);
let l_519 = l_517 && l_518;
let l_520 = l_510 < info.scalars_f32[8];
let l_521 = l_519 && l_520;
l_mut_45 = u32(4294967295);
if l_521 {
let l_522 = u32(l_506);
let l_523 = l_522 * info.scalars_u32[0];
let l_524 = u32(l_508);
let l_525 = l_523 + l_524;
let l_526 = l_525 * info.scalars_u32[1];
let l_527 = u32(l_510);
let l_528 = l_526 + l_527;
l_mut_45 = l_528;
} else {
let l_529 = is_nan_1_f32(l_496);let l_530 = is_inf_1_f32(l_496);let l_531 = l_529 || l_530;
let l_532 = is_nan_1_f32(l_500);let l_533 = l_531 || l_532;
let l_534 = is_inf_1_f32(l_500);let l_535 = l_533 || l_534;
let l_536 = is_nan_1_f32(l_504);let l_537 = l_535 || l_536;
let l_538 = is_inf_1_f32(l_504);let l_539 = l_537 || l_538;
let l_540 = !l_539;
let l_541 = !l_540;
if l_541 {
l_mut_45 = u32(4294967294);
}
}
let l_542 = l_mut_45 == u32(4294967294);
if l_542 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_543 = l_mut_45 == u32(4294967295);
if l_543 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_544 = l_2 * info.scalars_u32[2];
let l_545 = l_544 + l_mut_45;
let l_546 = l_545 % u32(4);
let l_547 = l_546 * u32(8);
let l_548 = u32(1) << l_547;
let l_549 = l_545 / u32(4);
let l_550 = &buffer_3_global[l_549];
let l_551 = atomicLoad(l_550);
let l_552 = l_551 & l_548;
let l_553 = l_552 == u32(0);
if l_553 {
let l_554 = l_545 / u32(4);
let l_555 = &buffer_3_global[l_554];
let l_556 = atomicOr(l_555, l_548);}
}
}
}
let l_557 = u32(3) * l_2;
let l_559 = u32(3) * local_idx;
shared_memory_558[l_559] = l_mut_9;
let l_560 = u32(3) * local_idx;
let l_561 = l_560 + u32(1);
shared_memory_558[l_561] = l_mut_10;
let l_562 = u32(3) * local_idx;
let l_563 = l_562 + u32(2);
shared_memory_558[l_563] = l_mut_11;
workgroupBarrier();
let l_564 = local_idx < u32(128);
if l_564 {
let l_565 = u32(3) * local_idx;
let l_566 = local_idx + u32(128);
let l_567 = u32(3) * l_566;
let l_568 = shared_memory_558[l_567];
let l_569 = shared_memory_558[l_565];
let l_570 = l_569 + l_568;
shared_memory_558[l_565] = l_570;
let l_571 = u32(3) * local_idx;
let l_572 = l_571 + u32(1);
let l_573 = local_idx + u32(128);
let l_574 = u32(3) * l_573;
let l_575 = l_574 + u32(1);
let l_576 = shared_memory_558[l_575];
let l_577 = shared_memory_558[l_572];
let l_578 = l_577 + l_576;
shared_memory_558[l_572] = l_578;
let l_579 = u32(3) * local_idx;
let l_580 = l_579 + u32(2);
let l_581 = local_idx + u32(128);
let l_582 = u32(3) * l_581;
let l_583 = l_582 + u32(2);
let l_584 = shared_memory_558[l_583];
let l_585 = shared_memory_558[l_580];
let l_586 = l_585 + l_584;
shared_memory_558[l_580] = l_586;
}
workgroupBarrier();
let l_587 = local_idx < u32(64);
if l_587 {
let l_588 = u32(3) * local_idx;
let l_589 = local_idx + u32(64);
let l_590 = u32(3) * l_589;
let l_591 = shared_memory_558[l_590];
let l_592 = shared_memory_558[l_588];
let l_593 = l_592 + l_591;
shared_memory_558[l_588] = l_593;
let l_594 = u32(3) * local_idx;
let l_595 = l_594 + u32(1);
let l_596 = local_idx + u32(64);
let l_597 = u32(3) * l_596;
let l_598 = l_597 + u32(1);
let l_599 = shared_memory_558[l_598];
let l_600 = shared_memory_558[l_595];
let l_601 = l_600 + l_599;
shared_memory_558[l_595] = l_601;
let l_602 = u32(3) * local_idx;
let l_603 = l_602 + u32(2);
let l_604 = local_idx + u32(64);
let l_605 = u32(3) * l_604;
let l_606 = l_605 + u32(2);
let l_607 = shared_memory_558[l_606];
let l_608 = shared_memory_558[l_603];
let l_609 = l_608 + l_607;
shared_memory_558[l_603] = l_609;
}
workgroupBarrier();
let l_610 = local_idx < u32(32);
if l_610 {
let l_611 = u32(3) * local_idx;
let l_612 = local_idx + u32(32);
let l_613 = u32(3) * l_612;
let l_614 = shared_memory_558[l_613];
let l_615 = shared_memory_558[l_611];
let l_616 = l_615 + l_614;
shared_memory_558[l_611] = l_616;
let l_617 = u32(3) * local_idx;
let l_618 = l_617 + u32(1);
let l_619 = local_idx + u32(32);
let l_620 = u32(3) * l_619;
let l_621 = l_620 + u32(1);
let l_622 = shared_memory_558[l_621];
let l_623 = shared_memory_558[l_618];
let l_624 = l_623 + l_622;
shared_memory_558[l_618] = l_624;
let l_625 = u32(3) * local_idx;
let l_626 = l_625 + u32(2);
let l_627 = local_idx + u32(32);
let l_628 = u32(3) * l_627;
let l_629 = l_628 + u32(2);
let l_630 = shared_memory_558[l_629];
let l_631 = shared_memory_558[l_626];
let l_632 = l_631 + l_630;
shared_memory_558[l_626] = l_632;
}
workgroupBarrier();
let l_633 = local_idx < u32(16);
if l_633 {
let l_634 = u32(3) * local_idx;
let l_635 = local_idx + u32(16);
let l_636 = u32(3) * l_635;
let l_637 = shared_memory_558[l_636];
let l_638 = shared_memory_558[l_634];
let l_639 = l_638 + l_637;
shared_memory_558[l_634] = l_639;
let l_640 = u32(3) * local_idx;
let l_641 = l_640 + u32(1);
let l_642 = local_idx + u32(16);
let l_643 = u32(3) * l_642;
let l_644 = l_643 + u32(1);
let l_645 = shared_memory_558[l_644];
let l_646 = shared_memory_558[l_641];
let l_647 = l_646 + l_645;
shared_memory_558[l_641] = l_647;
let l_648 = u32(3) * local_idx;
let l_649 = l_648 + u32(2);
let l_650 = local_idx + u32(16);
let l_651 = u32(3) * l_650;
let l_652 = l_651 + u32(2);
let l_653 = shared_memory_558[l_652];
let l_654 = shared_memory_558[l_649];
let l_655 = l_654 + l_653;
shared_memory_558[l_649] = l_655;
}
workgroupBarrier();
let l_656 = local_idx < u32(8);
if l_656 {
let l_657 = u32(3) * local_idx;
let l_658 = local_idx + u32(8);
let l_659 = u32(3) * l_658;
let l_660 = shared_memory_558[l_659];
let l_661 = shared_memory_558[l_657];
let l_662 = l_661 + l_660;
shared_memory_558[l_657] = l_662;
let l_663 = u32(3) * local_idx;
let l_664 = l_663 + u32(1);
let l_665 = local_idx + u32(8);
let l_666 = u32(3) * l_665;
let l_667 = l_666 + u32(1);
let l_668 = shared_memory_558[l_667];
let l_669 = shared_memory_558[l_664];
let l_670 = l_669 + l_668;
shared_memory_558[l_664] = l_670;
let l_671 = u32(3) * local_idx;
let l_672 = l_671 + u32(2);
let l_673 = local_idx + u32(8);
let l_674 = u32(3) * l_673;
let l_675 = l_674 + u32(2);
let l_676 = shared_memory_558[l_675];
let l_677 = shared_memory_558[l_672];
let l_678 = l_677 + l_676;
shared_memory_558[l_672] = l_678;
}
workgroupBarrier();
let l_679 = local_idx < u32(4);
if l_679 {
let l_680 = u32(3) * local_idx;
let l_681 = local_idx + u32(4);
let l_682 = u32(3) * l_681;
let l_683 = shared_memory_558[l_682];
let l_684 = shared_memory_558[l_680];
let l_685 = l_684 + l_683;
shared_memory_558[l_680] = l_685;
let l_686 = u32(3) * local_idx;
let l_687 = l_686 + u32(1);
let l_688 = local_idx + u32(4);
let l_689 = u32(3) * l_688;
let l_690 = l_689 + u32(1);
let l_691 = shared_memory_558[l_690];
let l_692 = shared_memory_558[l_687];
let l_693 = l_692 + l_691;
shared_memory_558[l_687] = l_693;
let l_694 = u32(3) * local_idx;
let l_695 = l_694 + u32(2);
let l_696 = local_idx + u32(4);
let l_697 = u32(3) * l_696;
let l_698 = l_697 + u32(2);
let l_699 = shared_memory_558[l_698];
let l_700 = shared_memory_558[l_695];
let l_701 = l_700 + l_699;
shared_memory_558[l_695] = l_701;
}
workgroupBarrier();
let l_702 = local_idx < u32(2);
if l_702 {
let l_703 = u32(3) * local_idx;
let l_704 = local_idx + u32(2);
let l_705 = u32(3) * l_704;
let l_706 = shared_memory_558[l_705];
let l_707 = shared_memory_558[l_703];
let l_708 = l_707 + l_706;
shared_memory_558[l_703] = l_708;
let l_709 = u32(3) * local_idx;
let l_710 = l_709 + u32(1);
let l_711 = local_idx + u32(2);
let l_712 = u32(3) * l_711;
let l_713 = l_712 + u32(1);
let l_714 = shared_memory_558[l_713];
let l_715 = shared_memory_558[l_710];
let l_716 = l_715 + l_714;
shared_memory_558[l_710] = l_716;
let l_717 = u32(3) * local_idx;
let l_718 = l_717 + u32(2);
let l_719 = local_idx + u32(2);
let l_720 = u32(3) * l_719;
let l_721 = l_720 + u32(2);
let l_722 = shared_memory_558[l_721];
let l_723 = shared_memory_558[l_718];
let l_724 = l_723 + l_722;
shared_memory_558[l_718] = l_724;
}
workgroupBarrier();
let l_725 = local_idx < u32(1);
if l_725 {
let l_726 = u32(3) * local_idx;
let l_727 = local_idx + u32(1);
let l_728 = u32(3) * l_727;
let l_729 = shared_memory_558[l_728];
let l_730 = shared_memory_558[l_726];
let l_731 = l_730 + l_729;
shared_memory_558[l_726] = l_731;
let l_732 = u32(3) * local_idx;
let l_733 = l_732 + u32(1);
let l_734 = local_idx + u32(1);
let l_735 = u32(3) * l_734;
let l_736 = l_735 + u32(1);
let l_737 = shared_memory_558[l_736];
let l_738 = shared_memory_558[l_733];
let l_739 = l_738 + l_737;
shared_memory_558[l_733] = l_739;
let l_740 = u32(3) * local_idx;
let l_741 = l_740 + u32(2);
let l_742 = local_idx + u32(1);
let l_743 = u32(3) * l_742;
let l_744 = l_743 + u32(2);
let l_745 = shared_memory_558[l_744];
let l_746 = shared_memory_558[l_741];
let l_747 = l_746 + l_745;
shared_memory_558[l_741] = l_747;
}
workgroupBarrier();
let l_748 = local_idx == u32(0);
if l_748 {
let l_749 = shared_memory_558[u32(0)];
let l_750 = &buffer_5_global[l_557];
let l_751 = atomicAdd(l_750, l_749);let l_752 = shared_memory_558[u32(1)];
let l_753 = l_557 + u32(1);
let l_754 = &buffer_5_global[l_753];
let l_755 = atomicAdd(l_754, l_752);let l_756 = shared_memory_558[u32(2)];
let l_757 = l_557 + u32(2);
let l_758 = &buffer_5_global[l_757];
let l_759 = atomicAdd(l_758, l_756);}
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
