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

var<workgroup> shared_memory_630: array<u32, 768>;

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
let l_70 = u32(3) * info.scalars_u32[6];
let l_71 = &buffer_4_global[l_69];
let l_72 = atomicAdd(l_71, u32(1));
for (var l_mut_73: u32 = u32(0); l_mut_73 < info.scalars_u32[4]; l_mut_73++) {
let l_74 = l_16 * info.scalars_u32[4];
let l_75 = l_74 + l_mut_73;
let l_76 = buffer_1_global[l_75];
let l_77 = bitcast<f32>(l_76);
let l_78 = is_nan_1_f32(l_77);let l_79 = is_inf_1_f32(l_77);let l_80 = l_78 || l_79;
if l_80 {
let l_81 = u32(4294967295) - l_16;
let l_82 = &buffer_5_global[l_70];
let l_83 = atomicMax(l_82, l_81);}
let l_84 = abs(l_77);
let l_85 = bitcast<u32>(l_84);
let l_86 = l_69 * info.scalars_u32[4];
let l_87 = l_86 + l_mut_73;
let l_88 = &buffer_3_global[l_87];
let l_89 = atomicMax(l_88, l_85);}
}
}
}
let l_90 = u32(256) + local_idx;
let l_91 = l_8 + l_90;
let l_92 = l_91 < l_mut_4;
if l_92 {
let l_93 = l_2 * info.scalars_u32[3];
let l_94 = l_93 + l_91;
let l_95 = u32(3) * l_94;
let l_96 = buffer_0_global[l_95];
let l_97 = bitcast<f32>(l_96);
let l_98 = u32(3) * l_94;
let l_99 = l_98 + u32(1);
let l_100 = buffer_0_global[l_99];
let l_101 = bitcast<f32>(l_100);
let l_102 = u32(3) * l_94;
let l_103 = l_102 + u32(2);
let l_104 = buffer_0_global[l_103];
let l_105 = bitcast<f32>(l_104);
let l_106 = l_97 - info.scalars_f32[0];
let l_107 = l_106 * info.scalars_f32[3];
let l_108 = l_101 - info.scalars_f32[1];
let l_109 = l_108 * info.scalars_f32[4];
let l_110 = l_105 - info.scalars_f32[2];
let l_111 = l_110 * info.scalars_f32[5];
let l_112 = l_107 >= f32(0.0);
let l_113 = l_107 < info.scalars_f32[6];
let l_114 = l_112 && l_113;
let l_115 = l_109 >= f32(0.0);
let l_116 = l_114 && l_115;
let l_117 = l_109 < info.scalars_f32[7];
let l_118 = l_116 && l_117;
let l_119 = l_111 >= f32(0.0);
let l_120 = l_118 && l_119;
let l_121 = l_111 < info.scalars_f32[8];
let l_122 = l_120 && l_121;
l_mut_45 = u32(4294967295);
if l_122 {
let l_123 = u32(l_107);
let l_124 = l_123 * info.scalars_u32[0];
let l_125 = u32(l_109);
let l_126 = l_124 + l_125;
let l_127 = l_126 * info.scalars_u32[1];
let l_128 = u32(l_111);
let l_129 = l_127 + l_128;
l_mut_45 = l_129;
} else {
let l_130 = is_nan_1_f32(l_97);let l_131 = is_inf_1_f32(l_97);let l_132 = l_130 || l_131;
let l_133 = is_nan_1_f32(l_101);let l_134 = l_132 || l_133;
let l_135 = is_inf_1_f32(l_101);let l_136 = l_134 || l_135;
let l_137 = is_nan_1_f32(l_105);let l_138 = l_136 || l_137;
let l_139 = is_inf_1_f32(l_105);let l_140 = l_138 || l_139;
let l_141 = !l_140;
let l_142 = !l_141;
if l_142 {
l_mut_45 = u32(4294967294);
}
}
let l_143 = l_mut_45 == u32(4294967294);
if l_143 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_144 = l_mut_45 == u32(4294967295);
if l_144 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_145 = l_2 * info.scalars_u32[2];
let l_146 = l_145 + l_mut_45;
let l_147 = u32(3) * info.scalars_u32[6];
let l_148 = &buffer_4_global[l_146];
let l_149 = atomicAdd(l_148, u32(1));
for (var l_mut_150: u32 = u32(0); l_mut_150 < info.scalars_u32[4]; l_mut_150++) {
let l_151 = l_94 * info.scalars_u32[4];
let l_152 = l_151 + l_mut_150;
let l_153 = buffer_1_global[l_152];
let l_154 = bitcast<f32>(l_153);
let l_155 = is_nan_1_f32(l_154);let l_156 = is_inf_1_f32(l_154);let l_157 = l_155 || l_156;
if l_157 {
let l_158 = u32(4294967295) - l_94;
let l_159 = &buffer_5_global[l_147];
let l_160 = atomicMax(l_159, l_158);}
let l_161 = abs(l_154);
let l_162 = bitcast<u32>(l_161);
let l_163 = l_146 * info.scalars_u32[4];
let l_164 = l_163 + l_mut_150;
let l_165 = &buffer_3_global[l_164];
let l_166 = atomicMax(l_165, l_162);}
}
}
}
let l_167 = u32(512) + local_idx;
let l_168 = l_8 + l_167;
let l_169 = l_168 < l_mut_4;
if l_169 {
let l_170 = l_2 * info.scalars_u32[3];
let l_171 = l_170 + l_168;
let l_172 = u32(3) * l_171;
let l_173 = buffer_0_global[l_172];
let l_174 = bitcast<f32>(l_173);
let l_175 = u32(3) * l_171;
let l_176 = l_175 + u32(1);
let l_177 = buffer_0_global[l_176];
let l_178 = bitcast<f32>(l_177);
let l_179 = u32(3) * l_171;
let l_180 = l_179 + u32(2);
let l_181 = buffer_0_global[l_180];
let l_182 = bitcast<f32>(l_181);
let l_183 = l_174 - info.scalars_f32[0];
let l_184 = l_183 * info.scalars_f32[3];
let l_185 = l_178 - info.scalars_f32[1];
let l_186 = l_185 * info.scalars_f32[4];
let l_187 = l_182 - info.scalars_f32[2];
let l_188 = l_187 * info.scalars_f32[5];
let l_189 = l_184 >= f32(0.0);
let l_190 = l_184 < info.scalars_f32[6];
let l_191 = l_189 && l_190;
let l_192 = l_186 >= f32(0.0);
let l_193 = l_191 && l_192;
let l_194 = l_186 < info.scalars_f32[7];
let l_195 = l_193 && l_194;
let l_196 = l_188 >= f32(0.0);
let l_197 = l_195 && l_196;
let l_198 = l_188 < info.scalars_f32[8];
let l_199 = l_197 && l_198;
l_mut_45 = u32(4294967295);
if l_199 {
let l_200 = u32(l_184);
let l_201 = l_200 * info.scalars_u32[0];
let l_202 = u32(l_186);
let l_203 = l_201 + l_202;
let l_204 = l_203 * info.scalars_u32[1];
let l_205 = u32(l_188);
let l_206 = l_204 + l_205;
l_mut_45 = l_206;
} else {
let l_207 = is_nan_1_f32(l_174);let l_208 = is_inf_1_f32(l_174);let l_209 = l_207 || l_208;
let l_210 = is_nan_1_f32(l_178);let l_211 = l_209 || l_210;
let l_212 = is_inf_1_f32(l_178);let l_213 = l_211 || l_212;
let l_214 = is_nan_1_f32(l_182);let l_215 = l_213 || l_214;
let l_216 = is_inf_1_f32(l_182);let l_217 = l_215 || l_216;
let l_218 = !l_217;
let l_219 = !l_218;
if l_219 {
l_mut_45 = u32(4294967294);
}
}
let l_220 = l_mut_45 == u32(4294967294);
if l_220 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_221 = l_mut_45 == u32(4294967295);
if l_221 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_222 = l_2 * info.scalars_u32[2];
let l_223 = l_222 + l_mut_45;
let l_224 = u32(3) * info.scalars_u32[6];
let l_225 = &buffer_4_global[l_223];
let l_226 = atomicAdd(l_225, u32(1));
for (var l_mut_227: u32 = u32(0); l_mut_227 < info.scalars_u32[4]; l_mut_227++) {
let l_228 = l_171 * info.scalars_u32[4];
let l_229 = l_228 + l_mut_227;
let l_230 = buffer_1_global[l_229];
let l_231 = bitcast<f32>(l_230);
let l_232 = is_nan_1_f32(l_231);let l_233 = is_inf_1_f32(l_231);let l_234 = l_232 || l_233;
if l_234 {
let l_235 = u32(4294967295) - l_171;
let l_236 = &buffer_5_global[l_224];
let l_237 = atomicMax(l_236, l_235);}
let l_238 = abs(l_231);
let l_239 = bitcast<u32>(l_238);
let l_240 = l_223 * info.scalars_u32[4];
let l_241 = l_240 + l_mut_227;
let l_242 = &buffer_3_global[l_241];
let l_243 = atomicMax(l_242, l_239);}
}
}
}
let l_244 = u32(768) + local_idx;
let l_245 = l_8 + l_244;
let l_246 = l_245 < l_mut_4;
if l_246 {
let l_247 = l_2 * info.scalars_u32[3];
let l_248 = l_247 + l_245;
let l_249 = u32(3) * l_248;
let l_250 = buffer_0_global[l_249];
let l_251 = bitcast<f32>(l_250);
let l_252 = u32(3) * l_248;
let l_253 = l_252 + u32(1);
let l_254 = buffer_0_global[l_253];
let l_255 = bitcast<f32>(l_254);
let l_256 = u32(3) * l_248;
let l_257 = l_256 + u32(2);
let l_258 = buffer_0_global[l_257];
let l_259 = bitcast<f32>(l_258);
let l_260 = l_251 - info.scalars_f32[0];
let l_261 = l_260 * info.scalars_f32[3];
let l_262 = l_255 - info.scalars_f32[1];
let l_263 = l_262 * info.scalars_f32[4];
let l_264 = l_259 - info.scalars_f32[2];
let l_265 = l_264 * info.scalars_f32[5];
let l_266 = l_261 >= f32(0.0);
let l_267 = l_261 < info.scalars_f32[6];
let l_268 = l_266 && l_267;
let l_269 = l_263 >= f32(0.0);
let l_270 = l_268 && l_269;
let l_271 = l_263 < info.scalars_f32[7];
let l_272 = l_270 && l_271;
let l_273 = l_265 >= f32(0.0);
let l_274 = l_272 && l_273;
let l_275 = l_265 < info.scalars_f32[8];
let l_276 = l_274 && l_275;
l_mut_45 = u32(4294967295);
if l_276 {
let l_277 = u32(l_261);
let l_278 = l_277 * info.scalars_u32[0];
let l_279 = u32(l_263);
let l_280 = l_278 + l_279;
let l_281 = l_280 * info.scalars_u32[1];
let l_282 = u32(l_265);
let l_283 = l_281 + l_282;
l_mut_45 = l_283;
} else {
let l_284 = is_nan_1_f32(l_251);let l_285 = is_inf_1_f32(l_251);let l_286 = l_284 || l_285;
let l_287 = is_nan_1_f32(l_255);let l_288 = l_286 || l_287;
let l_289 = is_inf_1_f32(l_255);let l_290 = l_288 || l_289;
let l_291 = is_nan_1_f32(l_259);let l_292 = l_290 || l_291;
let l_293 = is_inf_1_f32(l_259);let l_294 = l_292 || l_293;
let l_295 = !l_294;
let l_296 = !l_295;
if l_296 {
l_mut_45 = u32(4294967294);
}
}
let l_297 = l_mut_45 == u32(4294967294);
if l_297 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_298 = l_mut_45 == u32(4294967295);
if l_298 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_299 = l_2 * info.scalars_u32[2];
let l_300 = l_299 + l_mut_45;
let l_301 = u32(3) * info.scalars_u32[6];
let l_302 = &buffer_4_global[l_300];
let l_303 = atomicAdd(l_302, u32(1));
for (var l_mut_304: u32 = u32(0); l_mut_304 < info.scalars_u32[4]; l_mut_304++) {
let l_305 = l_248 * info.scalars_u32[4];
let l_306 = l_305 + l_mut_304;
let l_307 = buffer_1_global[l_306];
let l_308 = bitcast<f32>(l_307);
let l_309 = is_nan_1_f32(l_308);let l_310 = is_inf_1_f32(l_308);let l_311 = l_309 || l_310;
if l_311 {
let l_312 = u32(4294967295) - l_248;
let l_313 = &buffer_5_global[l_301];
let l_314 = atomicMax(l_313, l_312);}
let l_315 = abs(l_308);
let l_316 = bitcast<u32>(l_315);
let l_317 = l_300 * info.scalars_u32[4];
let l_318 = l_317 + l_mut_304;
let l_319 = &buffer_3_global[l_318];
let l_320 = atomicMax(l_319, l_316);}
}
}
}
let l_321 = u32(1024) + local_idx;
let l_322 = l_8 + l_321;
let l_323 = l_322 < l_mut_4;
if l_323 {
let l_324 = l_2 * info.scalars_u32[3];
let l_325 = l_324 + l_322;
let l_326 = u32(3) * l_325;
let l_327 = buffer_0_global[l_326];
let l_328 = bitcast<f32>(l_327);
let l_329 = u32(3) * l_325;
let l_330 = l_329 + u32(1);
let l_331 = buffer_0_global[l_330];
let l_332 = bitcast<f32>(l_331);
let l_333 = u32(3) * l_325;
let l_334 = l_333 + u32(2);
let l_335 = buffer_0_global[l_334];
let l_336 = bitcast<f32>(l_335);
let l_337 = l_328 - info.scalars_f32[0];
let l_338 = l_337 * info.scalars_f32[3];
let l_339 = l_332 - info.scalars_f32[1];
let l_340 = l_339 * info.scalars_f32[4];
let l_341 = l_336 - info.scalars_f32[2];
let l_342 = l_341 * info.scalars_f32[5];
let l_343 = l_338 >= f32(0.0);
let l_344 = l_338 < info.scalars_f32[6];
let l_345 = l_343 && l_344;
let l_346 = l_340 >= f32(0.0);
let l_347 = l_345 && l_346;
let l_348 = l_340 < info.scalars_f32[7];
let l_349 = l_347 && l_348;
let l_350 = l_342 >= f32(0.0);
let l_351 = l_349 && l_350;
let l_352 = l_342 < info.scalars_f32[8];
let l_353 = l_351 && l_352;
l_mut_45 = u32(4294967295);
if l_353 {
let l_354 = u32(l_338);
let l_355 = l_354 * info.scalars_u32[0];
let l_356 = u32(l_340);
let l_357 = l_355 + l_356;
let l_358 = l_357 * info.scalars_u32[1];
let l_359 = u32(l_342);
let l_360 = l_358 + l_359;
l_mut_45 = l_360;
} else {
let l_361 = is_nan_1_f32(l_328);let l_362 = is_inf_1_f32(l_328);let l_363 = l_361 || l_362;
let l_364 = is_nan_1_f32(l_332);let l_365 = l_363 || l_364;
let l_366 = is_inf_1_f32(l_332);let l_367 = l_365 || l_366;
let l_368 = is_nan_1_f32(l_336);let l_369 = l_367 || l_368;
let l_370 = is_inf_1_f32(l_336);let l_371 = l_369 || l_370;
let l_372 = !l_371;
let l_373 = !l_372;
if l_373 {
l_mut_45 = u32(4294967294);
}
}
let l_374 = l_mut_45 == u32(4294967294);
if l_374 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_375 = l_mut_45 == u32(4294967295);
if l_375 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_376 = l_2 * info.scalars_u32[2];
let l_377 = l_376 + l_mut_45;
let l_378 = u32(3) * info.scalars_u32[6];
let l_379 = &buffer_4_global[l_377];
let l_380 = atomicAdd(l_379, u32(1));
for (var l_mut_381: u32 = u32(0); l_mut_381 < info.scalars_u32[4]; l_mut_381++) {
let l_382 = l_325 * info.scalars_u32[4];
let l_383 = l_382 + l_mut_381;
let l_384 = buffer_1_global[l_383];
let l_385 = bitcast<f32>(l_384);
let l_386 = is_nan_1_f32(l_385);let l_387 = is_inf_1_f32(l_385);let l_388 = l_386 || l_387;
if l_388 {
let l_389 = u32(4294967295) - l_325;
let l_390 = &buffer_5_global[l_378];
let l_391 = atomicMax(l_390, l_389);}
let l_392 = abs(l_385);
let l_393 = bitcast<u32>(l_392);
let l_394 = l_377 * info.scalars_u32[4];
let l_395 = l_394 + l_mut_381;
let l_396 = &buffer_3_global[l_395];
let l_397 = atomicMax(l_396, l_393);}
}
}
}
let l_398 = u32(1280) + local_idx;
let l_399 = l_8 + l_398;
let l_400 = l_399 < l_mut_4;
if l_400 {
let l_401 = l_2 * info.scalars_u32[3];
let l_402 = l_401 + l_399;
let l_403 = u32(3) * l_402;
let l_404 = buffer_0_global[l_403];
let l_405 = bitcast<f32>(l_404);
let l_406 = u32(3) * l_402;
let l_407 = l_406 + u32(1);
let l_408 = buffer_0_global[l_407];
let l_409 = bitcast<f32>(l_408);
let l_410 = u32(3) * l_402;
let l_411 = l_410 + u32(2);
let l_412 = buffer_0_global[l_411];
let l_413 = bitcast<f32>(l_412);
let l_414 = l_405 - info.scalars_f32[0];
let l_415 = l_414 * info.scalars_f32[3];
let l_416 = l_409 - info.scalars_f32[1];
let l_417 = l_416 * info.scalars_f32[4];
let l_418 = l_413 - info.scalars_f32[2];
let l_419 = l_418 * info.scalars_f32[5];
let l_420 = l_415 >= f32(0.0);
let l_421 = l_415 < info.scalars_f32[6];
let l_422 = l_420 && l_421;
let l_423 = l_417 >= f32(0.0);
let l_424 = l_422 && l_423;
let l_425 = l_417 < info.scalars_f32[7];
let l_426 = l_424 && l_425;
let l_427 = l_419 >= f32(0.0);
let l_428 = l_426 && l_427;
let l_429 = l_419 < info.scalars_f32[8];
let l_430 = l_428 && l_429;
l_mut_45 = u32(4294967295);
if l_430 {
let l_431 = u32(l_415);
let l_432 = l_431 * info.scalars_u32[0];
let l_433 = u32(l_417);
let l_434 = l_432 + l_433;
let l_435 = l_434 * info.scalars_u32[1];
let l_436 = u32(l_419);
let l_437 = l_435 + l_436;
l_mut_45 = l_437;
} else {
let l_438 = is_nan_1_f32(l_405);let l_439 = is_inf_1_f32(l_405);let l_440 = l_438 || l_439;
let l_441 = is_nan_1_f32(l_409);let l_442 = l_440 || l_441;
let l_443 = is_inf_1_f32(l_409);let l_444 = l_442 || l_443;
let l_445 = is_nan_1_f32(l_413);let l_446 = l_444 || l_445;
let l_447 = is_inf_1_f32(l_413);let l_448 = l_446 || l_447;
let l_449 = !l_448;
let l_450 = !l_449;
if l_450 {
l_mut_45 = u32(4294967294);
}
}
let l_451 = l_mut_45 == u32(4294967294);
if l_451 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_452 = l_mut_45 == u32(4294967295);
if l_452 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_453 = l_2 * info.scalars_u32[2];
let l_454 = l_453 + l_mut_45;
let l_455 = u32(3) * info.scalars_u32[6];
let l_456 = &buffer_4_global[l_454];
let l_457 = atomicAdd(l_456, u32(1));
for (var l_mut_458: u32 = u32(0); l_mut_458 < info.scalars_u32[4]; l_mut_458++) {
let l_459 = l_402 * info.scalars_u32[4];
let l_460 = l_459 + l_mut_458;
let l_461 = buffer_1_global[l_460];
let l_462 = bitcast<f32>(l_461);
let l_463 = is_nan_1_f32(l_462);let l_464 = is_inf_1_f32(l_462);let l_465 = l_463 || l_464;
if l_465 {
let l_466 = u32(4294967295) - l_402;
let l_467 = &buffer_5_global[l_455];
let l_468 = atomicMax(l_467, l_466);}
let l_469 = abs(l_462);
let l_470 = bitcast<u32>(l_469);
let l_471 = l_454 * info.scalars_u32[4];
let l_472 = l_471 + l_mut_458;
let l_473 = &buffer_3_global[l_472];
let l_474 = atomicMax(l_473, l_470);}
}
}
}
let l_475 = u32(1536) + local_idx;
let l_476 = l_8 + l_475;
let l_477 = l_476 < l_mut_4;
if l_477 {
let l_478 = l_2 * info.scalars_u32[3];
let l_479 = l_478 + l_476;
let l_480 = u32(3) * l_479;
let l_481 = buffer_0_global[l_480];
let l_482 = bitcast<f32>(l_481);
let l_483 = u32(3) * l_479;
let l_484 = l_483 + u32(1);
let l_485 = buffer_0_global[l_484];
let l_486 = bitcast<f32>(l_485);
let l_487 = u32(3) * l_479;
let l_488 = l_487 + u32(2);
let l_489 = buffer_0_global[l_488];
let l_490 = bitcast<f32>(l_489);
let l_491 = l_482 - info.scalars_f32[0];
let l_492 = l_491 * info.scalars_f32[3];
let l_493 = l_486 - info.scalars_f32[1];
let l_494 = l_493 * info.scalars_f32[4];
let l_495 = l_490 - info.scalars_f32[2];
let l_496 = l_495 * info.scalars_f32[5];
let l_497 = l_492 >= f32(0.0);
let l_498 = l_492 < info.scalars_f32[6];
let l_499 = l_497 && l_498;
let l_500 = l_494 >= f32(0.0);
let l_501 = l_499 && l_500;
let l_502 = l_494 < info.scalars_f32[7];
let l_503 = l_501 && l_502;
let l_504 = l_496 >= f32(0.0);
let l_505 = l_503 && l_504;
let l_506 = l_496 < info.scalars_f32[8];
let l_507 = l_505 && l_506;
l_mut_45 = u32(4294967295);
if l_507 {
let l_508 = u32(l_492);
let l_509 = l_508 * info.scalars_u32[0];
let l_510 = u32(l_494);
let l_511 = l_509 + l_510;
let l_512 = l_511 * info.scalars_u32[1];
let l_513 = u32(l_496);
let l_514 = l_512 + l_513;
l_mut_45 = l_514;
} else {
let l_515 = is_nan_1_f32(l_482);let l_516 = is_inf_1_f32(l_482);let l_517 = l_515 || l_516;
let l_518 = is_nan_1_f32(l_486);let l_519 = l_517 || l_518;
let l_520 = is_inf_1_f32(l_486);let l_521 = l_519 || l_520;
let l_522 = is_nan_1_f32(l_490);let l_523 = l_521 || l_522;
let l_524 = is_inf_1_f32(l_490);let l_525 = l_523 || l_524;
let l_526 = !l_525;
let l_527 = !l_526;
if l_527 {
l_mut_45 = u32(4294967294);
}
}
let l_528 = l_mut_45 == u32(4294967294);
if l_528 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_529 = l_mut_45 == u32(4294967295);
if l_529 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_530 = l_2 * info.scalars_u32[2];
let l_531 = l_530 + l_mut_45;
let l_532 = u32(3) * info.scalars_u32[6];
let l_533 = &buffer_4_global[l_531];
let l_534 = atomicAdd(l_533, u32(1));
for (var l_mut_535: u32 = u32(0); l_mut_535 < info.scalars_u32[4]; l_mut_535++) {
let l_536 = l_479 * info.scalars_u32[4];
let l_537 = l_536 + l_mut_535;
let l_538 = buffer_1_global[l_537];
let l_539 = bitcast<f32>(l_538);
let l_540 = is_nan_1_f32(l_539);let l_541 = is_inf_1_f32(l_539);let l_542 = l_540 || l_541;
if l_542 {
let l_543 = u32(4294967295) - l_479;
let l_544 = &buffer_5_global[l_532];
let l_545 = atomicMax(l_544, l_543);}
let l_546 = abs(l_539);
let l_547 = bitcast<u32>(l_546);
let l_548 = l_531 * info.scalars_u32[4];
let l_549 = l_548 + l_mut_535;
let l_550 = &buffer_3_global[l_549];
let l_551 = atomicMax(l_550, l_547);}
}
}
}
let l_552 = u32(1792) + local_idx;
let l_553 = l_8 + l_552;
let l_554 = l_553 < l_mut_4;
if l_554 {
let l_555 = l_2 * info.scalars_u32[3];
let l_556 = l_555 + l_553;
let l_557 = u32(3) * l_556;
let l_558 = buffer_0_global[l_557];
let l_559 = bitcast<f32>(l_558);
let l_560 = u32(3) * l_556;
let l_561 = l_560 + u32(1);
let l_562 = buffer_0_global[l_561];
let l_563 = bitcast<f32>(l_562);
let l_564 = u32(3) * l_556;
let l_565 = l_564 + u32(2);
let l_566 = buffer_0_global[l_565];
let l_567 = bitcast<f32>(l_566);
let l_568 = l_559 - info.scalars_f32[0];
let l_569 = l_568 * info.scalars_f32[3];
let l_570 = l_563 - info.scalars_f32[1];
let l_571 = l_570 * info.scalars_f32[4];
let l_572 = l_567 - info.scalars_f32[2];
let l_573 = l_572 * info.scalars_f32[5];
let l_574 = l_569 >= f32(0.0);
let l_575 = l_569 < info.scalars_f32[6];
let l_576 = l_574 && l_575;
let l_577 = l_571 >= f32(0.0);
let l_578 = l_576 && l_577;
let l_579 = l_571 < info.scalars_f32[7];
let l_580 = l_578 && l_579;
let l_581 = l_573 >= f32(0.0);
let l_582 = l_580 && l_581;
let l_583 = l_573 < info.scalars_f32[8];
let l_584 = l_582 && l_583;
l_mut_45 = u32(4294967295);
if l_584 {
let l_585 = u32(l_569);
let l_586 = l_585 * info.scalars_u32[0];
let l_587 = u32(l_571);
let l_588 = l_586 + l_587;
let l_589 = l_588 * info.scalars_u32[1];
let l_590 = u32(l_573);
let l_591 = l_589 + l_590;
l_mut_45 = l_591;
} else {
let l_592 = is_nan_1_f32(l_559);let l_593 = is_inf_1_f32(l_559);let l_594 = l_592 || l_593;
let l_595 = is_nan_1_f32(l_563);let l_596 = l_594 || l_595;
let l_597 = is_inf_1_f32(l_563);let l_598 = l_596 || l_597;
let l_599 = is_nan_1_f32(l_567);let l_600 = l_598 || l_599;
let l_601 = is_inf_1_f32(l_567);let l_602 = l_600 || l_601;
let l_603 = !l_602;
let l_604 = !l_603;
if l_604 {
l_mut_45 = u32(4294967294);
}
}
let l_605 = l_mut_45 == u32(4294967294);
if l_605 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_606 = l_mut_45 == u32(4294967295);
if l_606 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_607 = l_2 * info.scalars_u32[2];
let l_608 = l_607 + l_mut_45;
let l_609 = u32(3) * info.scalars_u32[6];
let l_610 = &buffer_4_global[l_608];
let l_611 = atomicAdd(l_610, u32(1));
for (var l_mut_612: u32 = u32(0); l_mut_612 < info.scalars_u32[4]; l_mut_612++) {
let l_613 = l_556 * info.scalars_u32[4];
let l_614 = l_613 + l_mut_612;
let l_615 = buffer_1_global[l_614];
let l_616 = bitcast<f32>(l_615);
let l_617 = is_nan_1_f32(l_616);let l_618 = is_inf_1_f32(l_616);let l_619 = l_617 || l_618;
if l_619 {
let l_620 = u32(4294967295) - l_556;
let l_621 = &buffer_5_global[l_609];
let l_622 = atomicMax(l_621, l_620);}
let l_623 = abs(l_616);
let l_624 = bitcast<u32>(l_623);
let l_625 = l_608 * info.scalars_u32[4];
let l_626 = l_625 + l_mut_612;
let l_627 = &buffer_3_global[l_626];
let l_628 = atomicMax(l_627, l_624);}
}
}
}
let l_629 = u32(3) * l_2;
let l_631 = u32(3) * local_idx;
shared_memory_630[l_631] = l_mut_9;
let l_632 = u32(3) * local_idx;
let l_633 = l_632 + u32(1);
shared_memory_630[l_633] = l_mut_10;
let l_634 = u32(3) * local_idx;
let l_635 = l_634 + u32(2);
shared_memory_630[l_635] = l_mut_11;
workgroupBarrier();
let l_636 = local_idx < u32(128);
if l_636 {
let l_637 = u32(3) * local_idx;
let l_638 = local_idx + u32(128);
let l_639 = u32(3) * l_638;
let l_640 = shared_memory_630[l_639];
let l_641 = shared_memory_630[l_637];
let l_642 = l_641 + l_640;
shared_memory_630[l_637] = l_642;
let l_643 = u32(3) * local_idx;
let l_644 = l_643 + u32(1);
let l_645 = local_idx + u32(128);
let l_646 = u32(3) * l_645;
let l_647 = l_646 + u32(1);
let l_648 = shared_memory_630[l_647];
let l_649 = shared_memory_630[l_644];
let l_650 = l_649 + l_648;
shared_memory_630[l_644] = l_650;
let l_651 = u32(3) * local_idx;
let l_652 = l_651 + u32(2);
let l_653 = local_idx + u32(128);
let l_654 = u32(3) * l_653;
let l_655 = l_654 + u32(2);
let l_656 = shared_memory_630[l_655];
let l_657 = shared_memory_630[l_652];
let l_658 = l_657 + l_656;
shared_memory_630[l_652] = l_658;
}
workgroupBarrier();
let l_659 = local_idx < u32(64);
if l_659 {
let l_660 = u32(3) * local_idx;
let l_661 = local_idx + u32(64);
let l_662 = u32(3) * l_661;
let l_663 = shared_memory_630[l_662];
let l_664 = shared_memory_630[l_660];
let l_665 = l_664 + l_663;
shared_memory_630[l_660] = l_665;
let l_666 = u32(3) * local_idx;
let l_667 = l_666 + u32(1);
let l_668 = local_idx + u32(64);
let l_669 = u32(3) * l_668;
let l_670 = l_669 + u32(1);
let l_671 = shared_memory_630[l_670];
let l_672 = shared_memory_630[l_667];
let l_673 = l_672 + l_671;
shared_memory_630[l_667] = l_673;
let l_674 = u32(3) * local_idx;
let l_675 = l_674 + u32(2);
let l_676 = local_idx + u32(64);
let l_677 = u32(3) * l_676;
let l_678 = l_677 + u32(2);
let l_679 = shared_memory_630[l_678];
let l_680 = shared_memory_630[l_675];
let l_681 = l_680 + l_679;
shared_memory_630[l_675] = l_681;
}
workgroupBarrier();
let l_682 = local_idx < u32(32);
if l_682 {
let l_683 = u32(3) * local_idx;
let l_684 = local_idx + u32(32);
let l_685 = u32(3) * l_684;
let l_686 = shared_memory_630[l_685];
let l_687 = shared_memory_630[l_683];
let l_688 = l_687 + l_686;
shared_memory_630[l_683] = l_688;
let l_689 = u32(3) * local_idx;
let l_690 = l_689 + u32(1);
let l_691 = local_idx + u32(32);
let l_692 = u32(3) * l_691;
let l_693 = l_692 + u32(1);
let l_694 = shared_memory_630[l_693];
let l_695 = shared_memory_630[l_690];
let l_696 = l_695 + l_694;
shared_memory_630[l_690] = l_696;
let l_697 = u32(3) * local_idx;
let l_698 = l_697 + u32(2);
let l_699 = local_idx + u32(32);
let l_700 = u32(3) * l_699;
let l_701 = l_700 + u32(2);
let l_702 = shared_memory_630[l_701];
let l_703 = shared_memory_630[l_698];
let l_704 = l_703 + l_702;
shared_memory_630[l_698] = l_704;
}
workgroupBarrier();
let l_705 = local_idx < u32(16);
if l_705 {
let l_706 = u32(3) * local_idx;
let l_707 = local_idx + u32(16);
let l_708 = u32(3) * l_707;
let l_709 = shared_memory_630[l_708];
let l_710 = shared_memory_630[l_706];
let l_711 = l_710 + l_709;
shared_memory_630[l_706] = l_711;
let l_712 = u32(3) * local_idx;
let l_713 = l_712 + u32(1);
let l_714 = local_idx + u32(16);
let l_715 = u32(3) * l_714;
let l_716 = l_715 + u32(1);
let l_717 = shared_memory_630[l_716];
let l_718 = shared_memory_630[l_713];
let l_719 = l_718 + l_717;
shared_memory_630[l_713] = l_719;
let l_720 = u32(3) * local_idx;
let l_721 = l_720 + u32(2);
let l_722 = local_idx + u32(16);
let l_723 = u32(3) * l_722;
let l_724 = l_723 + u32(2);
let l_725 = shared_memory_630[l_724];
let l_726 = shared_memory_630[l_721];
let l_727 = l_726 + l_725;
shared_memory_630[l_721] = l_727;
}
workgroupBarrier();
let l_728 = local_idx < u32(8);
if l_728 {
let l_729 = u32(3) * local_idx;
let l_730 = local_idx + u32(8);
let l_731 = u32(3) * l_730;
let l_732 = shared_memory_630[l_731];
let l_733 = shared_memory_630[l_729];
let l_734 = l_733 + l_732;
shared_memory_630[l_729] = l_734;
let l_735 = u32(3) * local_idx;
let l_736 = l_735 + u32(1);
let l_737 = local_idx + u32(8);
let l_738 = u32(3) * l_737;
let l_739 = l_738 + u32(1);
let l_740 = shared_memory_630[l_739];
let l_741 = shared_memory_630[l_736];
let l_742 = l_741 + l_740;
shared_memory_630[l_736] = l_742;
let l_743 = u32(3) * local_idx;
let l_744 = l_743 + u32(2);
let l_745 = local_idx + u32(8);
let l_746 = u32(3) * l_745;
let l_747 = l_746 + u32(2);
let l_748 = shared_memory_630[l_747];
let l_749 = shared_memory_630[l_744];
let l_750 = l_749 + l_748;
shared_memory_630[l_744] = l_750;
}
workgroupBarrier();
let l_751 = local_idx < u32(4);
if l_751 {
let l_752 = u32(3) * local_idx;
let l_753 = local_idx + u32(4);
let l_754 = u32(3) * l_753;
let l_755 = shared_memory_630[l_754];
let l_756 = shared_memory_630[l_752];
let l_757 = l_756 + l_755;
shared_memory_630[l_752] = l_757;
let l_758 = u32(3) * local_idx;
let l_759 = l_758 + u32(1);
let l_760 = local_idx + u32(4);
let l_761 = u32(3) * l_760;
let l_762 = l_761 + u32(1);
let l_763 = shared_memory_630[l_762];
let l_764 = shared_memory_630[l_759];
let l_765 = l_764 + l_763;
shared_memory_630[l_759] = l_765;
let l_766 = u32(3) * local_idx;
let l_767 = l_766 + u32(2);
let l_768 = local_idx + u32(4);
let l_769 = u32(3) * l_768;
let l_770 = l_769 + u32(2);
let l_771 = shared_memory_630[l_770];
let l_772 = shared_memory_630[l_767];
let l_773 = l_772 + l_771;
shared_memory_630[l_767] = l_773;
}
workgroupBarrier();
let l_774 = local_idx < u32(2);
if l_774 {
let l_775 = u32(3) * local_idx;
let l_776 = local_idx + u32(2);
let l_777 = u32(3) * l_776;
let l_778 = shared_memory_630[l_777];
let l_779 = shared_memory_630[l_775];
let l_780 = l_779 + l_778;
shared_memory_630[l_775] = l_780;
let l_781 = u32(3) * local_idx;
let l_782 = l_781 + u32(1);
let l_783 = local_idx + u32(2);
let l_784 = u32(3) * l_783;
let l_785 = l_784 + u32(1);
let l_786 = shared_memory_630[l_785];
let l_787 = shared_memory_630[l_782];
let l_788 = l_787 + l_786;
shared_memory_630[l_782] = l_788;
let l_789 = u32(3) * local_idx;
let l_790 = l_789 + u32(2);
let l_791 = local_idx + u32(2);
let l_792 = u32(3) * l_791;
let l_793 = l_792 + u32(2);
let l_794 = shared_memory_630[l_793];
let l_795 = shared_memory_630[l_790];
let l_796 = l_795 + l_794;
shared_memory_630[l_790] = l_796;
}
workgroupBarrier();
let l_797 = local_idx < u32(1);
if l_797 {
let l_798 = u32(3) * local_idx;
let l_799 = local_idx + u32(1);
let l_800 = u32(3) * l_799;
let l_801 = shared_memory_630[l_800];
let l_802 = shared_memory_630[l_798];
let l_803 = l_802 + l_801;
shared_memory_630[l_798] = l_803;
let l_804 = u32(3) * local_idx;
let l_805 = l_804 + u32(1);
let l_806 = local_idx + u32(1);
let l_807 = u32(3) * l_806;
let l_808 = l_807 + u32(1);
let l_809 = shared_memory_630[l_808];
let l_810 = shared_memory_630[l_805];
let l_811 = l_810 + l_809;
shared_memory_630[l_805] = l_811;
let l_812 = u32(3) * local_idx;
let l_813 = l_812 + u32(2);
let l_814 = local_idx + u32(1);
let l_815 = u32(3) * l_814;
let l_816 = l_815 + u32(2);
let l_817 = shared_memory_630[l_816];
let l_818 = shared_memory_630[l_813];
let l_819 = l_818 + l_817;
shared_memory_630[l_813] = l_819;
}
workgroupBarrier();
let l_820 = local_idx == u32(0);
if l_820 {
let l_821 = shared_memory_630[u32(0)];
let l_822 = &buffer_5_global[l_629];
let l_823 = atomicAdd(l_822, l_821);let l_824 = shared_memory_630[u32(1)];
let l_825 = l_629 + u32(1);
let l_826 = &buffer_5_global[l_825];
let l_827 = atomicAdd(l_826, l_824);let l_828 = shared_memory_630[u32(2)];
let l_829 = l_629 + u32(2);
let l_830 = &buffer_5_global[l_829];
let l_831 = atomicAdd(l_830, l_828);}
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
