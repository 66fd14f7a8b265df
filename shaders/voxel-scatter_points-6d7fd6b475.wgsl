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

var<workgroup> shared_memory_628: array<u32, 768>;

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
let l_68 = u32(3) * info.scalars_u32[6];
let l_69 = &buffer_4_global[l_67];
let l_70 = atomicAdd(l_69, u32(1));
for (var l_mut_71: u32 = u32(0); l_mut_71 < info.scalars_u32[4]; l_mut_71++) {
let l_72 = l_14 * info.scalars_u32[4];
let l_73 = l_72 + l_mut_71;
let l_74 = buffer_1_global[l_73];
let l_75 = bitcast<f32>(l_74);
let l_76 = is_nan_1_f32(l_75);let l_77 = is_inf_1_f32(l_75);let l_78 = l_76 || l_77;
if l_78 {
let l_79 = u32(4294967295) - l_14;
let l_80 = &buffer_5_global[l_68];
let l_81 = atomicMax(l_80, l_79);}
let l_82 = abs(l_75);
let l_83 = bitcast<u32>(l_82);
let l_84 = l_67 * info.scalars_u32[4];
let l_85 = l_84 + l_mut_71;
let l_86 = &buffer_3_global[l_85];
let l_87 = atomicMax(l_86, l_83);}
}
}
}
let l_88 = u32(256) + local_idx;
let l_89 = l_6 + l_88;
let l_90 = l_89 < l_mut_4;
if l_90 {
let l_91 = l_2 * info.scalars_u32[3];
let l_92 = l_91 + l_89;
let l_93 = u32(3) * l_92;
let l_94 = buffer_0_global[l_93];
let l_95 = bitcast<f32>(l_94);
let l_96 = u32(3) * l_92;
let l_97 = l_96 + u32(1);
let l_98 = buffer_0_global[l_97];
let l_99 = bitcast<f32>(l_98);
let l_100 = u32(3) * l_92;
let l_101 = l_100 + u32(2);
let l_102 = buffer_0_global[l_101];
let l_103 = bitcast<f32>(l_102);
let l_104 = l_95 - info.scalars_f32[0];
let l_105 = l_104 * info.scalars_f32[3];
let l_106 = l_99 - info.scalars_f32[1];
let l_107 = l_106 * info.scalars_f32[4];
let l_108 = l_103 - info.scalars_f32[2];
let l_109 = l_108 * info.scalars_f32[5];
let l_110 = l_105 >= f32(0.0);
let l_111 = l_105 < info.scalars_f32[6];
let l_112 = l_110 && l_111;
let l_113 = l_107 >= f32(0.0);
let l_114 = l_112 && l_113;
let l_115 = l_107 < info.scalars_f32[7];
let l_116 = l_114 && l_115;
let l_117 = l_109 >= f32(0.0);
let l_118 = l_116 && l_117;
let l_119 = l_109 < info.scalars_f32[8];
let l_120 = l_118 && l_119;
l_mut_43 = u32(4294967295);
if l_120 {
let l_121 = u32(l_105);
let l_122 = l_121 * info.scalars_u32[0];
let l_123 = u32(l_107);
let l_124 = l_122 + l_123;
let l_125 = l_124 * info.scalars_u32[1];
let l_126 = u32(l_109);
let l_127 = l_125 + l_126;
l_mut_43 = l_127;
} else {
let l_128 = is_nan_1_f32(l_95);let l_129 = is_inf_1_f32(l_95);let l_130 = l_128 || l_129;
let l_131 = is_nan_1_f32(l_99);let l_132 = l_130 || l_131;
let l_133 = is_inf_1_f32(l_99);let l_134 = l_132 || l_133;
let l_135 = is_nan_1_f32(l_103);let l_136 = l_134 || l_135;
let l_137 = is_inf_1_f32(l_103);let l_138 = l_136 || l_137;
let l_139 = !l_138;
let l_140 = !l_139;
if l_140 {
l_mut_43 = u32(4294967294);
}
}
let l_141 = l_mut_43 == u32(4294967294);
if l_141 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_142 = l_mut_43 == u32(4294967295);
if l_142 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_143 = l_2 * info.scalars_u32[2];
let l_144 = l_143 + l_mut_43;
let l_145 = u32(3) * info.scalars_u32[6];
let l_146 = &buffer_4_global[l_144];
let l_147 = atomicAdd(l_146, u32(1));
for (var l_mut_148: u32 = u32(0); l_mut_148 < info.scalars_u32[4]; l_mut_148++) {
let l_149 = l_92 * info.scalars_u32[4];
let l_150 = l_149 + l_mut_148;
let l_151 = buffer_1_global[l_150];
let l_152 = bitcast<f32>(l_151);
let l_153 = is_nan_1_f32(l_152);let l_154 = is_inf_1_f32(l_152);let l_155 = l_153 || l_154;
if l_155 {
let l_156 = u32(4294967295) - l_92;
let l_157 = &buffer_5_global[l_145];
let l_158 = atomicMax(l_157, l_156);}
let l_159 = abs(l_152);
let l_160 = bitcast<u32>(l_159);
let l_161 = l_144 * info.scalars_u32[4];
let l_162 = l_161 + l_mut_148;
let l_163 = &buffer_3_global[l_162];
let l_164 = atomicMax(l_163, l_160);}
}
}
}
let l_165 = u32(512) + local_idx;
let l_166 = l_6 + l_165;
let l_167 = l_166 < l_mut_4;
if l_167 {
let l_168 = l_2 * info.scalars_u32[3];
let l_169 = l_168 + l_166;
let l_170 = u32(3) * l_169;
let l_171 = buffer_0_global[l_170];
let l_172 = bitcast<f32>(l_171);
let l_173 = u32(3) * l_169;
let l_174 = l_173 + u32(1);
let l_175 = buffer_0_global[l_174];
let l_176 = bitcast<f32>(l_175);
let l_177 = u32(3) * l_169;
let l_178 = l_177 + u32(2);
let l_179 = buffer_0_global[l_178];
let l_180 = bitcast<f32>(l_179);
let l_181 = l_172 - info.scalars_f32[0];
let l_182 = l_181 * info.scalars_f32[3];
let l_183 = l_176 - info.scalars_f32[1];
let l_184 = l_183 * info.scalars_f32[4];
let l_185 = l_180 - info.scalars_f32[2];
let l_186 = l_185 * info.scalars_f32[5];
let l_187 = l_182 >= f32(0.0);
let l_188 = l_182 < info.scalars_f32[6];
let l_189 = l_187 && l_188;
let l_190 = l_184 >= f32(0.0);
let l_191 = l_189 && l_190;
let l_192 = l_184 < info.scalars_f32[7];
let l_193 = l_191 && l_192;
let l_194 = l_186 >= f32(0.0);
let l_195 = l_193 && l_194;
let l_196 = l_186 < info.scalars_f32[8];
let l_197 = l_195 && l_196;
l_mut_43 = u32(4294967295);
if l_197 {
let l_198 = u32(l_182);
let l_199 = l_198 * info.scalars_u32[0];
let l_200 = u32(l_184);
let l_201 = l_199 + l_200;
let l_202 = l_201 * info.scalars_u32[1];
let l_203 = u32(l_186);
let l_204 = l_202 + l_203;
l_mut_43 = l_204;
} else {
let l_205 = is_nan_1_f32(l_172);let l_206 = is_inf_1_f32(l_172);let l_207 = l_205 || l_206;
let l_208 = is_nan_1_f32(l_176);let l_209 = l_207 || l_208;
let l_210 = is_inf_1_f32(l_176);let l_211 = l_209 || l_210;
let l_212 = is_nan_1_f32(l_180);let l_213 = l_211 || l_212;
let l_214 = is_inf_1_f32(l_180);let l_215 = l_213 || l_214;
let l_216 = !l_215;
let l_217 = !l_216;
if l_217 {
l_mut_43 = u32(4294967294);
}
}
let l_218 = l_mut_43 == u32(4294967294);
if l_218 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_219 = l_mut_43 == u32(4294967295);
if l_219 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_220 = l_2 * info.scalars_u32[2];
let l_221 = l_220 + l_mut_43;
let l_222 = u32(3) * info.scalars_u32[6];
let l_223 = &buffer_4_global[l_221];
let l_224 = atomicAdd(l_223, u32(1));
for (var l_mut_225: u32 = u32(0); l_mut_225 < info.scalars_u32[4]; l_mut_225++) {
let l_226 = l_169 * info.scalars_u32[4];
let l_227 = l_226 + l_mut_225;
let l_228 = buffer_1_global[l_227];
let l_229 = bitcast<f32>(l_228);
let l_230 = is_nan_1_f32(l_229);let l_231 = is_inf_1_f32(l_229);let l_232 = l_230 || l_231;
if l_232 {
let l_233 = u32(4294967295) - l_169;
let l_234 = &buffer_5_global[l_222];
let l_235 = atomicMax(l_234, l_233);}
let l_236 = abs(l_229);
let l_237 = bitcast<u32>(l_236);
let l_238 = l_221 * info.scalars_u32[4];
let l_239 = l_238 + l_mut_225;
let l_240 = &buffer_3_global[l_239];
let l_241 = atomicMax(l_240, l_237);}
}
}
}
let l_242 = u32(768) + local_idx;
let l_243 = l_6 + l_242;
let l_244 = l_243 < l_mut_4;
if l_244 {
let l_245 = l_2 * info.scalars_u32[3];
let l_246 = l_245 + l_243;
let l_247 = u32(3) * l_246;
let l_248 = buffer_0_global[l_247];
let l_249 = bitcast<f32>(l_248);
let l_250 = u32(3) * l_246;
let l_251 = l_250 + u32(1);
let l_252 = buffer_0_global[l_251];
let l_253 = bitcast<f32>(l_252);
let l_254 = u32(3) * l_246;
let l_255 = l_254 + u32(2);
let l_256 = buffer_0_global[l_255];
let l_257 = bitcast<f32>(l_256);
let l_258 = l_249 - info.scalars_f32[0];
let l_259 = l_258 * info.scalars_f32[3];
let l_260 = l_253 - info.scalars_f32[1];
let l_261 = l_260 * info.scalars_f32[4];
let l_262 = l_257 - info.scalars_f32[2];
let l_263 = l_262 * info.scalars_f32[5];
let l_264 = l_259 >= f32(0.0);
let l_265 = l_259 < info.scalars_f32[6];
let l_266 = l_264 && l_265;
let l_267 = l_261 >= f32(0.0);
let l_268 = l_266 && l_267;
let l_269 = l_261 < info.scalars_f32[7];
let l_270 = l_268 && l_269;
let l_271 = l_263 >= f32(0.0);
let l_272 = l_270 && l_271;
let l_273 = l_263 < info.scalars_f32[8];
let l_274 = l_272 && l_273;
l_mut_43 = u32(4294967295);
if l_274 {
let l_275 = u32(l_259);
let l_276 = l_275 * info.scalars_u32[0];
let l_277 = u32(l_261);
let l_278 = l_276 + l_277;
let l_279 = l_278 * info.scalars_u32[1];
let l_280 = u32(l_263);
let l_281 = l_279 + l_280;
l_mut_43 = l_281;
} else {
let l_282 = is_nan_1_f32(l_249);let l_283 = is_inf_1_f32(l_249);let l_284 = l_282 || l_283;
let l_285 = is_nan_1_f32(l_253);let l_286 = l_284 || l_285;
let l_287 = is_inf_1_f32(l_253);let l_288 = l_286 || l_287;
let l_289 = is_nan_1_f32(l_257);let l_290 = l_288 || l_289;
let l_291 = is_inf_1_f32(l_257);let l_292 = l_290 || l_291;
let l_293 = !l_292;
let l_294 = !l_293;
if l_294 {
l_mut_43 = u32(4294967294);
}
}
let l_295 = l_mut_43 == u32(4294967294);
if l_295 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_296 = l_mut_43 == u32(4294967295);
if l_296 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_297 = l_2 * info.scalars_u32[2];
let l_298 = l_297 + l_mut_43;
let l_299 = u32(3) * info.scalars_u32[6];
let l_300 = &buffer_4_global[l_298];
let l_301 = atomicAdd(l_300, u32(1));
for (var l_mut_302: u32 = u32(0); l_mut_302 < info.scalars_u32[4]; l_mut_302++) {
let l_303 = l_246 * info.scalars_u32[4];
let l_304 = l_303 + l_mut_302;
let l_305 = buffer_1_global[l_304];
let l_306 = bitcast<f32>(l_305);
let l_307 = is_nan_1_f32(l_306);let l_308 = is_inf_1_f32(l_306);let l_309 = l_307 || l_308;
if l_309 {
let l_310 = u32(4294967295) - l_246;
let l_311 = &buffer_5_global[l_299];
let l_312 = atomicMax(l_311, l_310);}
let l_313 = abs(l_306);
let l_314 = bitcast<u32>(l_313);
let l_315 = l_298 * info.scalars_u32[4];
let l_316 = l_315 + l_mut_302;
let l_317 = &buffer_3_global[l_316];
let l_318 = atomicMax(l_317, l_314);}
}
}
}
let l_319 = u32(1024) + local_idx;
let l_320 = l_6 + l_319;
let l_321 = l_320 < l_mut_4;
if l_321 {
let l_322 = l_2 * info.scalars_u32[3];
let l_323 = l_322 + l_320;
let l_324 = u32(3) * l_323;
let l_325 = buffer_0_global[l_324];
let l_326 = bitcast<f32>(l_325);
let l_327 = u32(3) * l_323;
let l_328 = l_327 + u32(1);
let l_329 = buffer_0_global[l_328];
let l_330 = bitcast<f32>(l_329);
let l_331 = u32(3) * l_323;
let l_332 = l_331 + u32(2);
let l_333 = buffer_0_global[l_332];
let l_334 = bitcast<f32>(l_333);
let l_335 = l_326 - info.scalars_f32[0];
let l_336 = l_335 * info.scalars_f32[3];
let l_337 = l_330 - info.scalars_f32[1];
let l_338 = l_337 * info.scalars_f32[4];
let l_339 = l_334 - info.scalars_f32[2];
let l_340 = l_339 * info.scalars_f32[5];
let l_341 = l_336 >= f32(0.0);
let l_342 = l_336 < info.scalars_f32[6];
let l_343 = l_341 && l_342;
let l_344 = l_338 >= f32(0.0);
let l_345 = l_343 && l_344;
let l_346 = l_338 < info.scalars_f32[7];
let l_347 = l_345 && l_346;
let l_348 = l_340 >= f32(0.0);
let l_349 = l_347 && l_348;
let l_350 = l_340 < info.scalars_f32[8];
let l_351 = l_349 && l_350;
l_mut_43 = u32(4294967295);
if l_351 {
let l_352 = u32(l_336);
let l_353 = l_352 * info.scalars_u32[0];
let l_354 = u32(l_338);
let l_355 = l_353 + l_354;
let l_356 = l_355 * info.scalars_u32[1];
let l_357 = u32(l_340);
let l_358 = l_356 + l_357;
l_mut_43 = l_358;
} else {
let l_359 = is_nan_1_f32(l_326);let l_360 = is_inf_1_f32(l_326);let l_361 = l_359 || l_360;
let l_362 = is_nan_1_f32(l_330);let l_363 = l_361 || l_362;
let l_364 = is_inf_1_f32(l_330);let l_365 = l_363 || l_364;
let l_366 = is_nan_1_f32(l_334);let l_367 = l_365 || l_366;
let l_368 = is_inf_1_f32(l_334);let l_369 = l_367 || l_368;
let l_370 = !l_369;
let l_371 = !l_370;
if l_371 {
l_mut_43 = u32(4294967294);
}
}
let l_372 = l_mut_43 == u32(4294967294);
if l_372 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_373 = l_mut_43 == u32(4294967295);
if l_373 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_374 = l_2 * info.scalars_u32[2];
let l_375 = l_374 + l_mut_43;
let l_376 = u32(3) * info.scalars_u32[6];
let l_377 = &buffer_4_global[l_375];
let l_378 = atomicAdd(l_377, u32(1));
for (var l_mut_379: u32 = u32(0); l_mut_379 < info.scalars_u32[4]; l_mut_379++) {
let l_380 = l_323 * info.scalars_u32[4];
let l_381 = l_380 + l_mut_379;
let l_382 = buffer_1_global[l_381];
let l_383 = bitcast<f32>(l_382);
let l_384 = is_nan_1_f32(l_383);let l_385 = is_inf_1_f32(l_383);let l_386 = l_384 || l_385;
if l_386 {
let l_387 = u32(4294967295) - l_323;
let l_388 = &buffer_5_global[l_376];
let l_389 = atomicMax(l_388, l_387);}
let l_390 = abs(l_383);
let l_391 = bitcast<u32>(l_390);
let l_392 = l_375 * info.scalars_u32[4];
let l_393 = l_392 + l_mut_379;
let l_394 = &buffer_3_global[l_393];
let l_395 = atomicMax(l_394, l_391);}
}
}
}
let l_396 = u32(1280) + local_idx;
let l_397 = l_6 + l_396;
let l_398 = l_397 < l_mut_4;
if l_398 {
let l_399 = l_2 * info.scalars_u32[3];
let l_400 = l_399 + l_397;
let l_401 = u32(3) * l_400;
let l_402 = buffer_0_global[l_401];
let l_403 = bitcast<f32>(l_402);
let l_404 = u32(3) * l_400;
let l_405 = l_404 + u32(1);
let l_406 = buffer_0_global[l_405];
let l_407 = bitcast<f32>(l_406);
let l_408 = u32(3) * l_400;
let l_409 = l_408 + u32(2);
let l_410 = buffer_0_global[l_409];
let l_411 = bitcast<f32>(l_410);
let l_412 = l_403 - info.scalars_f32[0];
let l_413 = l_412 * info.scalars_f32[3];
let l_414 = l_407 - info.scalars_f32[1];
let l_415 = l_414 * info.scalars_f32[4];
let l_416 = l_411 - info.scalars_f32[2];
let l_417 = l_416 * info.scalars_f32[5];
let l_418 = l_413 >= f32(0.0);
let l_419 = l_413 < info.scalars_f32[6];
let l_420 = l_418 && l_419;
let l_421 = l_415 >= f32(0.0);
let l_422 = l_420 && l_421;
let l_423 = l_415 < info.scalars_f32[7];
let l_424 = l_422 && l_423;
let l_425 = l_417 >= f32(0.0);
let l_426 = l_424 && l_425;
let l_427 = l_417 < info.scalars_f32[8];
let l_428 = l_426 && l_427;
l_mut_43 = u32(4294967295);
if l_428 {
let l_429 = u32(l_413);
let l_430 = l_429 * info.scalars_u32[0];
let l_431 = u32(l_415);
let l_432 = l_430 + l_431;
let l_433 = l_432 * info.scalars_u32[1];
let l_434 = u32(l_417);
let l_435 = l_433 + l_434;
l_mut_43 = l_435;
} else {
let l_436 = is_nan_1_f32(l_403);let l_437 = is_inf_1_f32(l_403);let l_438 = l_436 || l_437;
let l_439 = is_nan_1_f32(l_407);let l_440 = l_438 || l_439;
let l_441 = is_inf_1_f32(l_407);let l_442 = l_440 || l_441;
let l_443 = is_nan_1_f32(l_411);let l_444 = l_442 || l_443;
let l_445 = is_inf_1_f32(l_411);let l_446 = l_444 || l_445;
let l_447 = !l_446;
let l_448 = !l_447;
if l_448 {
l_mut_43 = u32(4294967294);
}
}
let l_449 = l_mut_43 == u32(4294967294);
if l_449 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_450 = l_mut_43 == u32(4294967295);
if l_450 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_451 = l_2 * info.scalars_u32[2];
let l_452 = l_451 + l_mut_43;
let l_453 = u32(3) * info.scalars_u32[6];
let l_454 = &buffer_4_global[l_452];
let l_455 = atomicAdd(l_454, u32(1));
for (var l_mut_456: u32 = u32(0); l_mut_456 < info.scalars_u32[4]; l_mut_456++) {
let l_457 = l_400 * info.scalars_u32[4];
let l_458 = l_457 + l_mut_456;
let l_459 = buffer_1_global[l_458];
let l_460 = bitcast<f32>(l_459);
let l_461 = is_nan_1_f32(l_460);let l_462 = is_inf_1_f32(l_460);let l_463 = l_461 || l_462;
if l_463 {
let l_464 = u32(4294967295) - l_400;
let l_465 = &buffer_5_global[l_453];
let l_466 = atomicMax(l_465, l_464);}
let l_467 = abs(l_460);
let l_468 = bitcast<u32>(l_467);
let l_469 = l_452 * info.scalars_u32[4];
let l_470 = l_469 + l_mut_456;
let l_471 = &buffer_3_global[l_470];
let l_472 = atomicMax(l_471, l_468);}
}
}
}
let l_473 = u32(1536) + local_idx;
let l_474 = l_6 + l_473;
let l_475 = l_474 < l_mut_4;
if l_475 {
let l_476 = l_2 * info.scalars_u32[3];
let l_477 = l_476 + l_474;
let l_478 = u32(3) * l_477;
let l_479 = buffer_0_global[l_478];
let l_480 = bitcast<f32>(l_479);
let l_481 = u32(3) * l_477;
let l_482 = l_481 + u32(1);
let l_483 = buffer_0_global[l_482];
let l_484 = bitcast<f32>(l_483);
let l_485 = u32(3) * l_477;
let l_486 = l_485 + u32(2);
let l_487 = buffer_0_global[l_486];
let l_488 = bitcast<f32>(l_487);
let l_489 = l_480 - info.scalars_f32[0];
let l_490 = l_489 * info.scalars_f32[3];
let l_491 = l_484 - info.scalars_f32[1];
let l_492 = l_491 * info.scalars_f32[4];
let l_493 = l_488 - info.scalars_f32[2];
let l_494 = l_493 * info.scalars_f32[5];
let l_495 = l_490 >= f32(0.0);
let l_496 = l_490 < info.scalars_f32[6];
let l_497 = l_495 && l_496;
let l_498 = l_492 >= f32(0.0);
let l_499 = l_497 && l_498;
let l_500 = l_492 < info.scalars_f32[7];
let l_501 = l_499 && l_500;
let l_502 = l_494 >= f32(0.0);
let l_503 = l_501 && l_502;
let l_504 = l_494 < info.scalars_f32[8];
let l_505 = l_503 && l_504;
l_mut_43 = u32(4294967295);
if l_505 {
let l_506 = u32(l_490);
let l_507 = l_506 * info.scalars_u32[0];
let l_508 = u32(l_492);
let l_509 = l_507 + l_508;
let l_510 = l_509 * info.scalars_u32[1];
let l_511 = u32(l_494);
let l_512 = l_510 + l_511;
l_mut_43 = l_512;
} else {
let l_513 = is_nan_1_f32(l_480);let l_514 = is_inf_1_f32(l_480);let l_515 = l_513 || l_514;
let l_516 = is_nan_1_f32(l_484);let l_517 = l_515 || l_516;
let l_518 = is_inf_1_f32(l_484);let l_519 = l_517 || l_518;
let l_520 = is_nan_1_f32(l_488);let l_521 = l_519 || l_520;
let l_522 = is_inf_1_f32(l_488);let l_523 = l_521 || l_522;
let l_524 = !l_523;
let l_525 = !l_524;
if l_525 {
l_mut_43 = u32(4294967294);
}
}
let l_526 = l_mut_43 == u32(4294967294);
if l_526 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_527 = l_mut_43 == u32(4294967295);
if l_527 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_528 = l_2 * info.scalars_u32[2];
let l_529 = l_528 + l_mut_43;
let l_530 = u32(3) * info.scalars_u32[6];
let l_531 = &buffer_4_global[l_529];
let l_532 = atomicAdd(l_531, u32(1));
for (var l_mut_533: u32 = u32(0); l_mut_533 < info.scalars_u32[4]; l_mut_533++) {
let l_534 = l_477 * info.scalars_u32[4];
let l_535 = l_534 + l_mut_533;
let l_536 = buffer_1_global[l_535];
let l_537 = bitcast<f32>(l_536);
let l_538 = is_nan_1_f32(l_537);let l_539 = is_inf_1_f32(l_537);let l_540 = l_538 || l_539;
if l_540 {
let l_541 = u32(4294967295) - l_477;
let l_542 = &buffer_5_global[l_530];
let l_543 = atomicMax(l_542, l_541);}
let l_544 = abs(l_537);
let l_545 = bitcast<u32>(l_544);
let l_546 = l_529 * info.scalars_u32[4];
let l_547 = l_546 + l_mut_533;
let l_548 = &buffer_3_global[l_547];
let l_549 = atomicMax(l_548, l_545);}
}
}
}
let l_550 = u32(1792) + local_idx;
let l_551 = l_6 + l_550;
let l_552 = l_551 < l_mut_4;
if l_552 {
let l_553 = l_2 * info.scalars_u32[3];
let l_554 = l_553 + l_551;
let l_555 = u32(3) * l_554;
let l_556 = buffer_0_global[l_555];
let l_557 = bitcast<f32>(l_556);
let l_558 = u32(3) * l_554;
let l_559 = l_558 + u32(1);
let l_560 = buffer_0_global[l_559];
let l_561 = bitcast<f32>(l_560);
let l_562 = u32(3) * l_554;
let l_563 = l_562 + u32(2);
let l_564 = buffer_0_global[l_563];
let l_565 = bitcast<f32>(l_564);
let l_566 = l_557 - info.scalars_f32[0];
let l_567 = l_566 * info.scalars_f32[3];
let l_568 = l_561 - info.scalars_f32[1];
let l_569 = l_568 * info.scalars_f32[4];
let l_570 = l_565 - info.scalars_f32[2];
let l_571 = l_570 * info.scalars_f32[5];
let l_572 = l_567 >= f32(0.0);
let l_573 = l_567 < info.scalars_f32[6];
let l_574 = l_572 && l_573;
let l_575 = l_569 >= f32(0.0);
let l_576 = l_574 && l_575;
let l_577 = l_569 < info.scalars_f32[7];
let l_578 = l_576 && l_577;
let l_579 = l_571 >= f32(0.0);
let l_580 = l_578 && l_579;
let l_581 = l_571 < info.scalars_f32[8];
let l_582 = l_580 && l_581;
l_mut_43 = u32(4294967295);
if l_582 {
let l_583 = u32(l_567);
let l_584 = l_583 * info.scalars_u32[0];
let l_585 = u32(l_569);
let l_586 = l_584 + l_585;
let l_587 = l_586 * info.scalars_u32[1];
let l_588 = u32(l_571);
let l_589 = l_587 + l_588;
l_mut_43 = l_589;
} else {
let l_590 = is_nan_1_f32(l_557);let l_591 = is_inf_1_f32(l_557);let l_592 = l_590 || l_591;
let l_593 = is_nan_1_f32(l_561);let l_594 = l_592 || l_593;
let l_595 = is_inf_1_f32(l_561);let l_596 = l_594 || l_595;
let l_597 = is_nan_1_f32(l_565);let l_598 = l_596 || l_597;
let l_599 = is_inf_1_f32(l_565);let l_600 = l_598 || l_599;
let l_601 = !l_600;
let l_602 = !l_601;
if l_602 {
l_mut_43 = u32(4294967294);
}
}
let l_603 = l_mut_43 == u32(4294967294);
if l_603 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_604 = l_mut_43 == u32(4294967295);
if l_604 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_605 = l_2 * info.scalars_u32[2];
let l_606 = l_605 + l_mut_43;
let l_607 = u32(3) * info.scalars_u32[6];
let l_608 = &buffer_4_global[l_606];
let l_609 = atomicAdd(l_608, u32(1));
for (var l_mut_610: u32 = u32(0); l_mut_610 < info.scalars_u32[4]; l_mut_610++) {
let l_611 = l_554 * info.scalars_u32[4];
let l_612 = l_611 + l_mut_610;
let l_613 = buffer_1_global[l_612];
let l_614 = bitcast<f32>(l_613);
let l_615 = is_nan_1_f32(l_614);let l_616 = is_inf_1_f32(l_614);let l_617 = l_615 || l_616;
if l_617 {
let l_618 = u32(4294967295) - l_554;
let l_619 = &buffer_5_global[l_607];
let l_620 = atomicMax(l_619, l_618);}
let l_621 = abs(l_614);
let l_622 = bitcast<u32>(l_621);
let l_623 = l_606 * info.scalars_u32[4];
let l_624 = l_623 + l_mut_610;
let l_625 = &buffer_3_global[l_624];
let l_626 = atomicMax(l_625, l_622);}
}
}
}
let l_627 = u32(3) * l_2;
let l_629 = u32(3) * local_idx;
shared_memory_628[l_629] = l_mut_7;
let l_630 = u32(3) * local_idx;
let l_631 = l_630 + u32(1);
shared_memory_628[l_631] = l_mut_8;
let l_632 = u32(3) * local_idx;
let l_633 = l_632 + u32(2);
shared_memory_628[l_633] = l_mut_9;
workgroupBarrier();
let l_634 = local_idx < u32(128);
if l_634 {
let l_635 = u32(3) * local_idx;
let l_636 = local_idx + u32(128);
let l_637 = u32(3) * l_636;
let l_638 = shared_memory_628[l_637];
let l_639 = shared_memory_628[l_635];
let l_640 = l_639 + l_638;
shared_memory_628[l_635] = l_640;
let l_641 = u32(3) * local_idx;
let l_642 = l_641 + u32(1);
let l_643 = local_idx + u32(128);
let l_644 = u32(3) * l_643;
let l_645 = l_644 + u32(1);
let l_646 = shared_memory_628[l_645];
let l_647 = shared_memory_628[l_642];
let l_648 = l_647 + l_646;
shared_memory_628[l_642] = l_648;
let l_649 = u32(3) * local_idx;
let l_650 = l_649 + u32(2);
let l_651 = local_idx + u32(128);
let l_652 = u32(3) * l_651;
let l_653 = l_652 + u32(2);
let l_654 = shared_memory_628[l_653];
let l_655 = shared_memory_628[l_650];
let l_656 = l_655 + l_654;
shared_memory_628[l_650] = l_656;
}
workgroupBarrier();
let l_657 = local_idx < u32(64);
if l_657 {
let l_658 = u32(3) * local_idx;
let l_659 = local_idx + u32(64);
let l_660 = u32(3) * l_659;
let l_661 = shared_memory_628[l_660];
let l_662 = shared_memory_628[l_658];
let l_663 = l_662 + l_661;
shared_memory_628[l_658] = l_663;
let l_664 = u32(3) * local_idx;
let l_665 = l_664 + u32(1);
let l_666 = local_idx + u32(64);
let l_667 = u32(3) * l_666;
let l_668 = l_667 + u32(1);
let l_669 = shared_memory_628[l_668];
let l_670 = shared_memory_628[l_665];
let l_671 = l_670 + l_669;
shared_memory_628[l_665] = l_671;
let l_672 = u32(3) * local_idx;
let l_673 = l_672 + u32(2);
let l_674 = local_idx + u32(64);
let l_675 = u32(3) * l_674;
let l_676 = l_675 + u32(2);
let l_677 = shared_memory_628[l_676];
let l_678 = shared_memory_628[l_673];
let l_679 = l_678 + l_677;
shared_memory_628[l_673] = l_679;
}
workgroupBarrier();
let l_680 = local_idx < u32(32);
if l_680 {
let l_681 = u32(3) * local_idx;
let l_682 = local_idx + u32(32);
let l_683 = u32(3) * l_682;
let l_684 = shared_memory_628[l_683];
let l_685 = shared_memory_628[l_681];
let l_686 = l_685 + l_684;
shared_memory_628[l_681] = l_686;
let l_687 = u32(3) * local_idx;
let l_688 = l_687 + u32(1);
let l_689 = local_idx + u32(32);
let l_690 = u32(3) * l_689;
let l_691 = l_690 + u32(1);
let l_692 = shared_memory_628[l_691];
let l_693 = shared_memory_628[l_688];
let l_694 = l_693 + l_692;
shared_memory_628[l_688] = l_694;
let l_695 = u32(3) * local_idx;
let l_696 = l_695 + u32(2);
let l_697 = local_idx + u32(32);
let l_698 = u32(3) * l_697;
let l_699 = l_698 + u32(2);
let l_700 = shared_memory_628[l_699];
let l_701 = shared_memory_628[l_696];
let l_702 = l_701 + l_700;
shared_memory_628[l_696] = l_702;
}
workgroupBarrier();
let l_703 = local_idx < u32(16);
if l_703 {
let l_704 = u32(3) * local_idx;
let l_705 = local_idx + u32(16);
let l_706 = u32(3) * l_705;
let l_707 = shared_memory_628[l_706];
let l_708 = shared_memory_628[l_704];
let l_709 = l_708 + l_707;
shared_memory_628[l_704] = l_709;
let l_710 = u32(3) * local_idx;
let l_711 = l_710 + u32(1);
let l_712 = local_idx + u32(16);
let l_713 = u32(3) * l_712;
let l_714 = l_713 + u32(1);
let l_715 = shared_memory_628[l_714];
let l_716 = shared_memory_628[l_711];
let l_717 = l_716 + l_715;
shared_memory_628[l_711] = l_717;
let l_718 = u32(3) * local_idx;
let l_719 = l_718 + u32(2);
let l_720 = local_idx + u32(16);
let l_721 = u32(3) * l_720;
let l_722 = l_721 + u32(2);
let l_723 = shared_memory_628[l_722];
let l_724 = shared_memory_628[l_719];
let l_725 = l_724 + l_723;
shared_memory_628[l_719] = l_725;
}
workgroupBarrier();
let l_726 = local_idx < u32(8);
if l_726 {
let l_727 = u32(3) * local_idx;
let l_728 = local_idx + u32(8);
let l_729 = u32(3) * l_728;
let l_730 = shared_memory_628[l_729];
let l_731 = shared_memory_628[l_727];
let l_732 = l_731 + l_730;
shared_memory_628[l_727] = l_732;
let l_733 = u32(3) * local_idx;
let l_734 = l_733 + u32(1);
let l_735 = local_idx + u32(8);
let l_736 = u32(3) * l_735;
let l_737 = l_736 + u32(1);
let l_738 = shared_memory_628[l_737];
let l_739 = shared_memory_628[l_734];
let l_740 = l_739 + l_738;
shared_memory_628[l_734] = l_740;
let l_741 = u32(3) * local_idx;
let l_742 = l_741 + u32(2);
let l_743 = local_idx + u32(8);
let l_744 = u32(3) * l_743;
let l_745 = l_744 + u32(2);
let l_746 = shared_memory_628[l_745];
let l_747 = shared_memory_628[l_742];
let l_748 = l_747 + l_746;
shared_memory_628[l_742] = l_748;
}
workgroupBarrier();
let l_749 = local_idx < u32(4);
if l_749 {
let l_750 = u32(3) * local_idx;
let l_751 = local_idx + u32(4);
let l_752 = u32(3) * l_751;
let l_753 = shared_memory_628[l_752];
let l_754 = shared_memory_628[l_750];
let l_755 = l_754 + l_753;
shared_memory_628[l_750] = l_755;
let l_756 = u32(3) * local_idx;
let l_757 = l_756 + u32(1);
let l_758 = local_idx + u32(4);
let l_759 = u32(3) * l_758;
let l_760 = l_759 + u32(1);
let l_761 = shared_memory_628[l_760];
let l_762 = shared_memory_628[l_757];
let l_763 = l_762 + l_761;
shared_memory_628[l_757] = l_763;
let l_764 = u32(3) * local_idx;
let l_765 = l_764 + u32(2);
let l_766 = local_idx + u32(4);
let l_767 = u32(3) * l_766;
let l_768 = l_767 + u32(2);
let l_769 = shared_memory_628[l_768];
let l_770 = shared_memory_628[l_765];
let l_771 = l_770 + l_769;
shared_memory_628[l_765] = l_771;
}
workgroupBarrier();
let l_772 = local_idx < u32(2);
if l_772 {
let l_773 = u32(3) * local_idx;
let l_774 = local_idx + u32(2);
let l_775 = u32(3) * l_774;
let l_776 = shared_memory_628[l_775];
let l_777 = shared_memory_628[l_773];
let l_778 = l_777 + l_776;
shared_memory_628[l_773] = l_778;
let l_779 = u32(3) * local_idx;
let l_780 = l_779 + u32(1);
let l_781 = local_idx + u32(2);
let l_782 = u32(3) * l_781;
let l_783 = l_782 + u32(1);
let l_784 = shared_memory_628[l_783];
let l_785 = shared_memory_628[l_780];
let l_786 = l_785 + l_784;
shared_memory_628[l_780] = l_786;
let l_787 = u32(3) * local_idx;
let l_788 = l_787 + u32(2);
let l_789 = local_idx + u32(2);
let l_790 = u32(3) * l_789;
let l_791 = l_790 + u32(2);
let l_792 = shared_memory_628[l_791];
let l_793 = shared_memory_628[l_788];
let l_794 = l_793 + l_792;
shared_memory_628[l_788] = l_794;
}
workgroupBarrier();
let l_795 = local_idx < u32(1);
if l_795 {
let l_796 = u32(3) * local_idx;
let l_797 = local_idx + u32(1);
let l_798 = u32(3) * l_797;
let l_799 = shared_memory_628[l_798];
let l_800 = shared_memory_628[l_796];
let l_801 = l_800 + l_799;
shared_memory_628[l_796] = l_801;
let l_802 = u32(3) * local_idx;
let l_803 = l_802 + u32(1);
let l_804 = local_idx + u32(1);
let l_805 = u32(3) * l_804;
let l_806 = l_805 + u32(1);
let l_807 = shared_memory_628[l_806];
let l_808 = shared_memory_628[l_803];
let l_809 = l_808 + l_807;
shared_memory_628[l_803] = l_809;
let l_810 = u32(3) * local_idx;
let l_811 = l_810 + u32(2);
let l_812 = local_idx + u32(1);
let l_813 = u32(3) * l_812;
let l_814 = l_813 + u32(2);
let l_815 = shared_memory_628[l_814];
let l_816 = shared_memory_628[l_811];
let l_817 = l_816 + l_815;
shared_memory_628[l_811] = l_817;
}
workgroupBarrier();
let l_818 = local_idx == u32(0);
if l_818 {
let l_819 = shared_memory_628[u32(0)];
let l_820 = &buffer_5_global[l_627];
let l_821 = atomicAdd(l_820, l_819);let l_822 = shared_memory_628[u32(1)];
let l_823 = l_627 + u32(1);
let l_824 = &buffer_5_global[l_823];
let l_825 = atomicAdd(l_824, l_822);let l_826 = shared_memory_628[u32(2)];
let l_827 = l_627 + u32(2);
let l_828 = &buffer_5_global[l_827];
let l_829 = atomicAdd(l_828, l_826);}
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
