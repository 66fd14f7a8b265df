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

var<workgroup> shared_memory_486: array<u32, 768>;

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
let l_70 = &buffer_3_global[l_69];
let l_71 = atomicAdd(l_70, u32(1));}
}
}
let l_72 = u32(256) + local_idx;
let l_73 = l_8 + l_72;
let l_74 = l_73 < l_mut_4;
if l_74 {
let l_75 = l_2 * info.scalars_u32[3];
let l_76 = l_75 + l_73;
let l_77 = u32(3) * l_76;
let l_78 = buffer_0_global[l_77];
let l_79 = bitcast<f32>(l_78);
let l_80 = u32(3) * l_76;
let l_81 = l_80 + u32(1);
let l_82 = buffer_0_global[l_81];
let l_83 = bitcast<f32>(l_82);
let l_84 = u32(3) * l_76;
let l_85 = l_84 + u32(2);
let l_86 = buffer_0_global[l_85];
let l_87 = bitcast<f32>(l_86);
let l_88 = l_79 - info.scalars_f32[0];
let l_89 = l_88 * info.scalars_f32[3];
let l_90 = l_83 - info.scalars_f32[1];
let l_91 = l_90 * info.scalars_f32[4];
let l_92 = l_87 - info.scalars_f32[2];
let l_93 = l_92 * info.scalars_f32[5];
let l_94 = l_89 >= f32(0.0);
let l_95 = l_89 < info.scalars_f32[6];
let l_96 = l_94 && l_95;
let l_97 = l_91 >= f32(0.0);
let l_98 = l_96 && l_97;
let l_99 = l_91 < info.scalars_f32[7];
let l_100 = l_98 && l_99;
let l_101 = l_93 >= f32(0.0);
let l_102 = l_100 && l_101;
let l_103 = l_93 < info.scalars_f32[8];
let l_104 = l_102 && l_103;
l_mut_45 = u32(4294967295);
if l_104 {
let l_105 = u32(l_89);
let l_106 = l_105 * info.scalars_u32[0];
let l_107 = u32(l_91);
let l_108 = l_106 + l_107;
let l_109 = l_108 * info.scalars_u32[1];
let l_110 = u32(l_93);
let l_111 = l_109 + l_110;
l_mut_45 = l_111;
} else {
let l_112 = is_nan_1_f32(l_79);let l_113 = is_inf_1_f32(l_79);let l_114 = l_112 || l_113;
let l_115 = is_nan_1_f32(l_83);let l_116 = l_114 || l_115;
let l_117 = is_inf_1_f32(l_83);let l_118 = l_116 || l_117;
let l_119 = is_nan_1_f32(l_87);let l_120 = l_118 || l_119;
let l_121 = is_inf_1_f32(l_87);let l_122 = l_120 || l_121;
let l_123 = !l_122;
let l_124 = !l_123;
if l_124 {
l_mut_45 = u32(4294967294);
}
}
let l_125 = l_mut_45 == u32(4294967294);
if l_125 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_126 = l_mut_45 == u32(4294967295);
if l_126 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_127 = l_2 * info.scalars_u32[2];
let l_128 = l_127 + l_mut_45;
let l_129 = &buffer_3_global[l_128];
let l_130 = atomicAdd(l_129, u32(1));}
}
}
let l_131 = u32(512) + local_idx;
let l_132 = l_8 + l_131;
let l_133 = l_132 < l_mut_4;
if l_133 {
let l_134 = l_2 * info.scalars_u32[3];
let l_135 = l_134 + l_132;
let l_136 = u32(3) * l_135;
let l_137 = buffer_0_global[l_136];
let l_138 = bitcast<f32>(l_137);
let l_139 = u32(3) * l_135;
let l_140 = l_139 + u32(1);
let l_141 = buffer_0_global[l_140];
let l_142 = bitcast<f32>(l_141);
let l_143 = u32(3) * l_135;
let l_144 = l_143 + u32(2);
let l_145 = buffer_0_global[l_144];
let l_146 = bitcast<f32>(l_145);
let l_147 = l_138 - info.scalars_f32[0];
let l_148 = l_147 * info.scalars_f32[3];
let l_149 = l_142 - info.scalars_f32[1];
let l_150 = l_149 * info.scalars_f32[4];
let l_151 = l_146 - info.scalars_f32[2];
let l_152 = l_151 * info.scalars_f32[5];
let l_153 = l_148 >= f32(0.0);
let l_154 = l_148 < info.scalars_f32[6];
let l_155 = l_153 && l_154;
let l_156 = l_150 >= f32(0.0);
let l_157 = l_155 && l_156;
let l_158 = l_150 < info.scalars_f32[7];
let l_159 = l_157 && l_158;
let l_160 = l_152 >= f32(0.0);
let l_161 = l_159 && l_160;
let l_162 = l_152 < info.scalars_f32[8];
let l_163 = l_161 && l_162;
l_mut_45 = u32(4294967295);
if l_163 {
let l_164 = u32(l_148);
let l_165 = l_164 * info.scalars_u32[0];
let l_166 = u32(l_150);
let l_167 = l_165 + l_166;
let l_168 = l_167 * info.scalars_u32[1];
let l_169 = u32(l_152);
let l_170 = l_168 + l_169;
l_mut_45 = l_170;
} else {
let l_171 = is_nan_1_f32(l_138);let l_172 = is_inf_1_f32(l_138);let l_173 = l_171 || l_172;
let l_174 = is_nan_1_f32(l_142);let l_175 = l_173 || l_174;
let l_176 = is_inf_1_f32(l_142);let l_177 = l_175 || l_176;
let l_178 = is_nan_1_f32(l_146);let l_179 = l_177 || l_178;
let l_180 = is_inf_1_f32(l_146);let l_181 = l_179 || l_180;
let l_182 = !l_181;
let l_183 = !l_182;
if l_183 {
l_mut_45 = u32(4294967294);
}
}
let l_184 = l_mut_45 == u32(4294967294);
if l_184 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_185 = l_mut_45 == u32(4294967295);
if l_185 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_186 = l_2 * info.scalars_u32[2];
let l_187 = l_186 + l_mut_45;
let l_188 = &buffer_3_global[l_187];
let l_189 = atomicAdd(l_188, u32(1));}
}
}
let l_190 = u32(768) + local_idx;
let l_191 = l_8 + l_190;
let l_192 = l_191 < l_mut_4;
if l_192 {
let l_193 = l_2 * info.scalars_u32[3];
let l_194 = l_193 + l_191;
let l_195 = u32(3) * l_194;
let l_196 = buffer_0_global[l_195];
let l_197 = bitcast<f32>(l_196);
let l_198 = u32(3) * l_194;
let l_199 = l_198 + u32(1);
let l_200 = buffer_0_global[l_199];
let l_201 = bitcast<f32>(l_200);
let l_202 = u32(3) * l_194;
let l_203 = l_202 + u32(2);
let l_204 = buffer_0_global[l_203];
let l_205 = bitcast<f32>(l_204);
let l_206 = l_197 - info.scalars_f32[0];
let l_207 = l_206 * info.scalars_f32[3];
let l_208 = l_201 - info.scalars_f32[1];
let l_209 = l_208 * info.scalars_f32[4];
let l_210 = l_205 - info.scalars_f32[2];
let l_211 = l_210 * info.scalars_f32[5];
let l_212 = l_207 >= f32(0.0);
let l_213 = l_207 < info.scalars_f32[6];
let l_214 = l_212 && l_213;
let l_215 = l_209 >= f32(0.0);
let l_216 = l_214 && l_215;
let l_217 = l_209 < info.scalars_f32[7];
let l_218 = l_216 && l_217;
let l_219 = l_211 >= f32(0.0);
let l_220 = l_218 && l_219;
let l_221 = l_211 < info.scalars_f32[8];
let l_222 = l_220 && l_221;
l_mut_45 = u32(4294967295);
if l_222 {
let l_223 = u32(l_207);
let l_224 = l_223 * info.scalars_u32[0];
let l_225 = u32(l_209);
let l_226 = l_224 + l_225;
let l_227 = l_226 * info.scalars_u32[1];
let l_228 = u32(l_211);
let l_229 = l_227 + l_228;
l_mut_45 = l_229;
} else {
let l_230 = is_nan_1_f32(l_197);let l_231 = is_inf_1_f32(l_197);let l_232 = l_230 || l_231;
let l_233 = is_nan_1_f32(l_201);let l_234 = l_232 || l_233;
let l_235 = is_inf_1_f32(l_201);let l_236 = l_234 || l_235;
let l_237 = is_nan_1_f32(l_205);let l_238 = l_236 || l_237;
let l_239 = is_inf_1_f32(l_205);let l_240 = l_238 || l_239;
let l_241 = !l_240;
let l_242 = !l_241;
if l_242 {
l_mut_45 = u32(4294967294);
}
}
let l_243 = l_mut_45 == u32(4294967294);
if l_243 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_244 = l_mut_45 == u32(4294967295);
if l_244 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_245 = l_2 * info.scalars_u32[2];
let l_246 = l_245 + l_mut_45;
let l_247 = &buffer_3_global[l_246];
let l_248 = atomicAdd(l_247, u32(1));}
}
}
let l_249 = u32(1024) + local_idx;
let l_250 = l_8 + l_249;
let l_251 = l_250 < l_mut_4;
if l_251 {
let l_252 = l_2 * info.scalars_u32[3];
let l_253 = l_252 + l_250;
let l_254 = u32(3) * l_253;
let l_255 = buffer_0_global[l_254];
let l_256 = bitcast<f32>(l_255);
let l_257 = u32(3) * l_253;
let l_258 = l_257 + u32(1);
let l_259 = buffer_0_global[l_258];
let l_260 = bitcast<f32>(l_259);
let l_261 = u32(3) * l_253;
let l_262 = l_261 + u32(2);
let l_263 = buffer_0_global[l_262];
let l_264 = bitcast<f32>(l_263);
let l_265 = l_256 - info.scalars_f32[0];
let l_266 = l_265 * info.scalars_f32[3];
let l_267 = l_260 - info.scalars_f32[1];
let l_268 = l_267 * info.scalars_f32[4];
let l_269 = l_264 - info.scalars_f32[2];
let l_270 = l_269 * info.scalars_f32[5];
let l_271 = l_266 >= f32(0.0);
let l_272 = l_266 < info.scalars_f32[6];
let l_273 = l_271 && l_272;
let l_274 = l_268 >= f32(0.0);
let l_275 = l_273 && l_274;
let l_276 = l_268 < info.scalars_f32[7];
let l_277 = l_275 && l_276;
let l_278 = l_270 >= f32(0.0);
let l_279 = l_277 && l_278;
let l_280 = l_270 < info.scalars_f32[8];
let l_281 = l_279 && l_280;
l_mut_45 = u32(4294967295);
if l_281 {
let l_282 = u32(l_266);
let l_283 = l_282 * info.scalars_u32[0];
let l_284 = u32(l_268);
let l_285 = l_283 + l_284;
let l_286 = l_285 * info.scalars_u32[1];
let l_287 = u32(l_270);
let l_288 = l_286 + l_287;
l_mut_45 = l_288;
} else {
let l_289 = is_nan_1_f32(l_256);let l_290 = is_inf_1_f32(l_256);let l_291 = l_289 || l_290;
let l_292 = is_nan_1_f32(l_260);let l_293 = l_291 || l_292;
let l_294 = is_inf_1_f32(l_260);let l_295 = l_293 || l_294;
let l_296 = is_nan_1_f32(l_264);let l_297 = l_295 || l_296;
let l_298 = is_inf_1_f32(l_264);let l_299 = l_297 || l_298;
let l_300 = !l_299;
let l_301 = !l_300;
if l_301 {
l_mut_45 = u32(4294967294);
}
}
let l_302 = l_mut_45 == u32(4294967294);
if l_302 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_303 = l_mut_45 == u32(4294967295);
if l_303 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_304 = l_2 * info.scalars_u32[2];
let l_305 = l_304 + l_mut_45;
let l_306 = &buffer_3_global[l_305];
let l_307 = atomicAdd(l_306, u32(1));}
}
}
let l_308 = u32(1280) + local_idx;
let l_309 = l_8 + l_308;
let l_310 = l_309 < l_mut_4;
if l_310 {
let l_311 = l_2 * info.scalars_u32[3];
let l_312 = l_311 + l_309;
let l_313 = u32(3) * l_312;
let l_314 = buffer_0_global[l_313];
let l_315 = bitcast<f32>(l_314);
let l_316 = u32(3) * l_312;
let l_317 = l_316 + u32(1);
let l_318 = buffer_0_global[l_317];
let l_319 = bitcast<f32>(l_318);
let l_320 = u32(3) * l_312;
let l_321 = l_320 + u32(2);
let l_322 = buffer_0_global[l_321];
let l_323 = bitcast<f32>(l_322);
let l_324 = l_315 - info.scalars_f32[0];
let l_325 = l_324 * info.scalars_f32[3];
let l_326 = l_319 - info.scalars_f32[1];
let l_327 = l_326 * info.scalars_f32[4];
let l_328 = l_323 - info.scalars_f32[2];
let l_329 = l_328 * info.scalars_f32[5];
let l_330 = l_325 >= f32(0.0);
let l_331 = l_325 < info.scalars_f32[6];
let l_332 = l_330 && l_331;
let l_333 = l_327 >= f32(0.0);
let l_334 = l_332 && l_333;
let l_335 = l_327 < info.scalars_f32[7];
let l_336 = l_334 && l_335;
let l_337 = l_329 >= f32(0.0);
let l_338 = l_336 && l_337;
let l_339 = l_329 < info.scalars_f32[8];
let l_340 = l_338 && l_339;
l_mut_45 = u32(4294967295);
if l_340 {
let l_341 = u32(l_325);
let l_342 = l_341 * info.scalars_u32[0];
let l_343 = u32(l_327);
let l_344 = l_342 + l_343;
let l_345 = l_344 * info.scalars_u32[1];
let l_346 = u32(l_329);
let l_347 = l_345 + l_346;
l_mut_45 = l_347;
} else {
let l_348 = is_nan_1_f32(l_315);let l_349 = is_inf_1_f32(l_315);let l_350 = l_348 || l_349;
let l_351 = is_nan_1_f32(l_319);let l_352 = l_350 || l_351;
let l_353 = is_inf_1_f32(l_319);let l_354 = l_352 || l_353;
let l_355 = is_nan_1_f32(l_323);let l_356 = l_354 || l_355;
let l_357 = is_inf_1_f32(l_323);let l_358 = l_356 || l_357;
let l_359 = !l_358;
let l_360 = !l_359;
if l_360 {
l_mut_45 = u32(4294967294);
}
}
let l_361 = l_mut_45 == u32(4294967294);
if l_361 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_362 = l_mut_45 == u32(4294967295);
if l_362 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_363 = l_2 * info.scalars_u32[2];
let l_364 = l_363 + l_mut_45;
let l_365 = &buffer_3_global[l_364];
let l_366 = atomicAdd(l_365, u32(1));}
}
}
let l_367 = u32(1536) + local_idx;
let l_368 = l_8 + l_367;
let l_369 = l_368 < l_mut_4;
if l_369 {
let l_370 = l_2 * info.scalars_u32[3];
let l_371 = l_370 + l_368;
let l_372 = u32(3) * l_371;
let l_373 = buffer_0_global[l_372];
let l_374 = bitcast<f32>(l_373);
let l_375 = u32(3) * l_371;
let l_376 = l_375 + u32(1);
let l_377 = buffer_0_global[l_376];
let l_378 = bitcast<f32>(l_377);
let l_379 = u32(3) * l_371;
let l_380 = l_379 + u32(2);
let l_381 = buffer_0_global[l_380];
let l_382 = bitcast<f32>(l_381);
let l_383 = l_374 - info.scalars_f32[0];
let l_384 = l_383 * info.scalars_f32[3];
let l_385 = l_378 - info.scalars_f32[1];
let l_386 = l_385 * info.scalars_f32[4];
let l_387 = l_382 - info.scalars_f32[2];
let l_388 = l_387 * info.scalars_f32[5];
let l_389 = l_384 >= f32(0.0);
let l_390 = l_384 < info.scalars_f32[6];
let l_391 = l_389 && l_390;
let l_392 = l_386 >= f32(0.0);
let l_393 = l_391 && l_392;
let l_394 = l_386 < info.scalars_f32[7];
let l_395 = l_393 && l_394;
let l_396 = l_388 >= f32(0.0);
let l_397 = l_395 && l_396;
let l_398 = l_388 < info.scalars_f32[8];
let l_399 = l_397 && l_398;
l_mut_45 = u32(4294967295);
if l_399 {
let l_400 = u32(l_384);
let l_401 = l_400 * info.scalars_u32[0];
let l_402 = u32(l_386);
let l_403 = l_401 + l_402;
let l_404 = l_403 * info.scalars_u32[1];
let l_405 = u32(l_388);
let l_406 = l_404 + l_405;
l_mut_45 = l_406;
} else {
let l_407 = is_nan_1_f32(l_374);let l_408 = is_inf_1_f32(l_374);let l_409 = l_407 || l_408;
let l_410 = is_nan_1_f32(l_378);let l_411 = l_409 || l_410;
let l_412 = is_inf_1_f32(l_378);let l_413 = l_411 || l_412;
let l_414 = is_nan_1_f32(l_382);let l_415 = l_413 || l_414;
let l_416 = is_inf_1_f32(l_382);let l_417 = l_415 || l_416;
let l_418 = !l_417;
let l_419 = !l_418;
if l_419 {
l_mut_45 = u32(4294967294);
}
}
let l_420 = l_mut_45 == u32(4294967294);
if l_420 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_421 = l_mut_45 == u32(4294967295);
if l_421 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_422 = l_2 * info.scalars_u32[2];
let l_423 = l_422 + l_mut_45;
let l_424 = &buffer_3_global[l_423];
let l_425 = atomicAdd(l_424, u32(1));}
}
}
let l_426 = u32(1792) + local_idx;
let l_427 = l_8 + l_426;
let l_428 = l_427 < l_mut_4;
if l_428 {
let l_429 = l_2 * info.scalars_u32[3];
let l_430 = l_429 + l_427;
let l_431 = u32(3) * l_430;
let l_432 = buffer_0_global[l_431];
let l_433 = bitcast<f32>(l_432);
let l_434 = u32(3) * l_430;
let l_435 = l_434 + u32(1);
let l_436 = buffer_0_global[l_435];
let l_437 = bitcast<f32>(l_436);
let l_438 = u32(3) * l_430;
let l_439 = l_438 + u32(2);
let l_440 = buffer_0_global[l_439];
let l_441 = bitcast<f32>(l_440);
let l_442 = l_433 - info.scalars_f32[0];
let l_443 = l_442 * info.scalars_f32[3];
let l_444 = l_437 - info.scalars_f32[1];
let l_445 = l_444 * info.scalars_f32[4];
let l_446 = l_441 - info.scalars_f32[2];
let l_447 = l_446 * info.scalars_f32[5];
let l_448 = l_443 >= f32(0.0);
let l_449 = l_443 < info.scalars_f32[6];
let l_450 = l_448 && l_449;
let l_451 = l_445 >= f32(0.0);
let l_452 = l_450 && l_451;
let l_453 = l_445 < info.scalars_f32[7];
let l_454 = l_452 && l_453;
let l_455 = l_447 >= f32(0.0);
let l_456 = l_454 && l_455;
let l_457 = l_447 < info.scalars_f32[8];
let l_458 = l_456 && l_457;
l_mut_45 = u32(4294967295);
if l_458 {
let l_459 = u32(l_443);
let l_460 = l_459 * info.scalars_u32[0];
let l_461 = u32(l_445);
let l_462 = l_460 + l_461;
let l_463 = l_462 * info.scalars_u32[1];
let l_464 = u32(l_447);
let l_465 = l_463 + l_464;
l_mut_45 = l_465;
} else {
let l_466 = is_nan_1_f32(l_433);let l_467 = is_inf_1_f32(l_433);let l_468 = l_466 || l_467;
let l_469 = is_nan_1_f32(l_437);let l_470 = l_468 || l_469;
let l_471 = is_inf_1_f32(l_437);let l_472 = l_470 || l_471;
let l_473 = is_nan_1_f32(l_441);let l_474 = l_472 || l_473;
let l_475 = is_inf_1_f32(l_441);let l_476 = l_474 || l_475;
let l_477 = !l_476;
let l_478 = !l_477;
if l_478 {
l_mut_45 = u32(4294967294);
}
}
let l_479 = l_mut_45 == u32(4294967294);
if l_479 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_480 = l_mut_45 == u32(4294967295);
if l_480 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_481 = l_2 * info.scalars_u32[2];
let l_482 = l_481 + l_mut_45;
let l_483 = &buffer_3_global[l_482];
let l_484 = atomicAdd(l_483, u32(1));}
}
}
let l_485 = u32(3) * l_2;
let l_487 = u32(3) * local_idx;
shared_memory_486[l_487] = l_mut_9;
let l_488 = u32(3) * local_idx;
let l_489 = l_488 + u32(1);
shared_memory_486[l_489] = l_mut_10;
let l_490 = u32(3) * local_idx;
let l_491 = l_490 + u32(2);
shared_memory_486[l_491] = l_mut_11;
workgroupBarrier();
let l_492 = local_idx < u32(128);
if l_492 {
let l_493 = u32(3) * local_idx;
let l_494 = local_idx + u32(128);
let l_495 = u32(3) * l_494;
let l_496 = shared_memory_486[l_495];
let l_497 = shared_memory_486[l_493];
let l_498 = l_497 + l_496;
shared_memory_486[l_493] = l_498;
let l_499 = u32(3) * local_idx;
let l_500 = l_499 + u32(1);
let l_501 = local_idx + u32(128);
let l_502 = u32(3) * l_501;
let l_503 = l_502 + u32(1);
let l_504 = shared_memory_486[l_503];
let l_505 = shared_memory_486[l_500];
let l_506 = l_505 + l_504;
shared_memory_486[l_500] = l_506;
let l_507 = u32(3) * local_idx;
let l_508 = l_507 + u32(2);
let l_509 = local_idx + u32(128);
let l_510 = u32(3) * l_509;
let l_511 = l_510 + u32(2);
let l_512 = shared_memory_486[l_511];
let l_513 = shared_memory_486[l_508];
let l_514 = l_513 + l_512;
shared_memory_486[l_508] = l_514;
}
workgroupBarrier();
let l_515 = local_idx < u32(64);
if l_515 {
let l_516 = u32(3) * local_idx;
let l_517 = local_idx + u32(64);
let l_518 = u32(3) * l_517;
let l_519 = shared_memory_486[l_518];
let l_520 = shared_memory_486[l_516];
let l_521 = l_520 + l_519;
shared_memory_486[l_516] = l_521;
let l_522 = u32(3) * local_idx;
let l_523 = l_522 + u32(1);
let l_524 = local_idx + u32(64);
let l_525 = u32(3) * l_524;
let l_526 = l_525 + u32(1);
let l_527 = shared_memory_486[l_526];
let l_528 = shared_memory_486[l_523];
let l_529 = l_528 + l_527;
shared_memory_486[l_523] = l_529;
let l_530 = u32(3) * local_idx;
let l_531 = l_530 + u32(2);
let l_532 = local_idx + u32(64);
let l_533 = u32(3) * l_532;
let l_534 = l_533 + u32(2);
let l_535 = shared_memory_486[l_534];
let l_536 = shared_memory_486[l_531];
let l_537 = l_536 + l_535;
shared_memory_486[l_531] = l_537;
}
workgroupBarrier();
let l_538 = local_idx < u32(32);
if l_538 {
let l_539 = u32(3) * local_idx;
let l_540 = local_idx + u32(32);
let l_541 = u32(3) * l_540;
let l_542 = shared_memory_486[l_541];
let l_543 = shared_memory_486[l_539];
let l_544 = l_543 + l_542;
shared_memory_486[l_539] = l_544;
let l_545 = u32(3) * local_idx;
let l_546 = l_545 + u32(1);
let l_547 = local_idx + u32(32);
let l_548 = u32(3) * l_547;
let l_549 = l_548 + u32(1);
let l_550 = shared_memory_486[l_549];
let l_551 = shared_memory_486[l_546];
let l_552 = l_551 + l_550;
shared_memory_486[l_546] = l_552;
let l_553 = u32(3) * local_idx;
let l_554 = l_553 + u32(2);
let l_555 = local_idx + u32(32);
let l_556 = u32(3) * l_555;
let l_557 = l_556 + u32(2);
let l_558 = shared_memory_486[l_557];
let l_559 = shared_memory_486[l_554];
let l_560 = l_559 + l_558;
shared_memory_486[l_554] = l_560;
}
workgroupBarrier();
let l_561 = local_idx < u32(16);
if l_561 {
let l_562 = u32(3) * local_idx;
let l_563 = local_idx + u32(16);
let l_564 = u32(3) * l_563;
let l_565 = shared_memory_486[l_564];
let l_566 = shared_memory_486[l_562];
let l_567 = l_566 + l_565;
shared_memory_486[l_562] = l_567;
let l_568 = u32(3) * local_idx;
let l_569 = l_568 + u32(1);
let l_570 = local_idx + u32(16);
let l_571 = u32(3) * l_570;
let l_572 = l_571 + u32(1);
let l_573 = shared_memory_486[l_572];
let l_574 = shared_memory_486[l_569];
let l_575 = l_574 + l_573;
shared_memory_486[l_569] = l_575;
let l_576 = u32(3) * local_idx;
let l_577 = l_576 + u32(2);
let l_578 = local_idx + u32(16);
let l_579 = u32(3) * l_578;
let l_580 = l_579 + u32(2);
let l_581 = shared_memory_486[l_580];
let l_582 = shared_memory_486[l_577];
let l_583 = l_582 + l_581;
shared_memory_486[l_577] = l_583;
}
workgroupBarrier();
let l_584 = local_idx < u32(8);
if l_584 {
let l_585 = u32(3) * local_idx;
let l_586 = local_idx + u32(8);
let l_587 = u32(3) * l_586;
let l_588 = shared_memory_486[l_587];
let l_589 = shared_memory_486[l_585];
let l_590 = l_589 + l_588;
shared_memory_486[l_585] = l_590;
let l_591 = u32(3) * local_idx;
let l_592 = l_591 + u32(1);
let l_593 = local_idx + u32(8);
let l_594 = u32(3) * l_593;
let l_595 = l_594 + u32(1);
let l_596 = shared_memory_486[l_595];
let l_597 = shared_memory_486[l_592];
let l_598 = l_597 + l_596;
shared_memory_486[l_592] = l_598;
let l_599 = u32(3) * local_idx;
let l_600 = l_599 + u32(2);
let l_601 = local_idx + u32(8);
let l_602 = u32(3) * l_601;
let l_603 = l_602 + u32(2);
let l_604 = shared_memory_486[l_603];
let l_605 = shared_memory_486[l_600];
let l_606 = l_605 + l_604;
shared_memory_486[l_600] = l_606;
}
workgroupBarrier();
let l_607 = local_idx < u32(4);
if l_607 {
let l_608 = u32(3) * local_idx;
let l_609 = local_idx + u32(4);
let l_610 = u32(3) * l_609;
let l_611 = shared_memory_486[l_610];
let l_612 = shared_memory_486[l_608];
let l_613 = l_612 + l_611;
shared_memory_486[l_608] = l_613;
let l_614 = u32(3) * local_idx;
let l_615 = l_614 + u32(1);
let l_616 = local_idx + u32(4);
let l_617 = u32(3) * l_616;
let l_618 = l_617 + u32(1);
let l_619 = shared_memory_486[l_618];
let l_620 = shared_memory_486[l_615];
let l_621 = l_620 + l_619;
shared_memory_486[l_615] = l_621;
let l_622 = u32(3) * local_idx;
let l_623 = l_622 + u32(2);
let l_624 = local_idx + u32(4);
let l_625 = u32(3) * l_624;
let l_626 = l_625 + u32(2);
let l_627 = shared_memory_486[l_626];
let l_628 = shared_memory_486[l_623];
let l_629 = l_628 + l_627;
shared_memory_486[l_623] = l_629;
}
workgroupBarrier();
let l_630 = local_idx < u32(2);
if l_630 {
let l_631 = u32(3) * local_idx;
let l_632 = local_idx + u32(2);
let l_633 = u32(3) * l_632;
let l_634 = shared_memory_486[l_633];
let l_635 = shared_memory_486[l_631];
let l_636 = l_635 + l_634;
shared_memory_486[l_631] = l_636;
let l_637 = u32(3) * local_idx;
let l_638 = l_637 + u32(1);
let l_639 = local_idx + u32(2);
let l_640 = u32(3) * l_639;
let l_641 = l_640 + u32(1);
let l_642 = shared_memory_486[l_641];
let l_643 = shared_memory_486[l_638];
let l_644 = l_643 + l_642;
shared_memory_486[l_638] = l_644;
let l_645 = u32(3) * local_idx;
let l_646 = l_645 + u32(2);
let l_647 = local_idx + u32(2);
let l_648 = u32(3) * l_647;
let l_649 = l_648 + u32(2);
let l_650 = shared_memory_486[l_649];
let l_651 = shared_memory_486[l_646];
let l_652 = l_651 + l_650;
shared_memory_486[l_646] = l_652;
}
workgroupBarrier();
let l_653 = local_idx < u32(1);
if l_653 {
let l_654 = u32(3) * local_idx;
let l_655 = local_idx + u32(1);
let l_656 = u32(3) * l_655;
let l_657 = shared_memory_486[l_656];
let l_658 = shared_memory_486[l_654];
let l_659 = l_658 + l_657;
shared_memory_486[l_654] = l_659;
let l_660 = u32(3) * local_idx;
let l_661 = l_660 + u32(1);
let l_662 = local_idx + u32(1);
let l_663 = u32(3) * l_662;
let l_664 = l_663 + u32(1);
let l_665 = shared_memory_486[l_664];
let l_666 = shared_memory_486[l_661];
let l_667 = l_666 + l_665;
shared_memory_486[l_661] = l_667;
let l_668 = u32(3) * local_idx;
let l_669 = l_668 + u32(2);
let l_670 = local_idx + u32(1);
let l_671 = u32(3) * l_670;
let l_672 = l_671 + u32(2);
let l_673 = shared_memory_486[l_672];
let l_674 = shared_memory_486[l_669];
let l_675 = l_674 + l_673;
shared_memory_486[l_669] = l_675;
}
workgroupBarrier();
let l_676 = local_idx == u32(0);
if l_676 {
let l_677 = shared_memory_486[u32(0)];
let l_678 = &buffer_5_global[l_485];
let l_679 = atomicAdd(l_678, l_677);let l_680 = shared_memory_486[u32(1)];
let l_681 = l_485 + u32(1);
let l_682 = &buffer_5_global[l_681];
let l_683 = atomicAdd(l_682, l_680);let l_684 = shared_memory_486[u32(2)];
let l_685 = l_485 + u32(2);
let l_686 = &buffer_5_global[l_685];
let l_687 = atomicAdd(l_686, l_684);}
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
