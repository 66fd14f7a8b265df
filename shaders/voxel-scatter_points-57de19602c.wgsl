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

var<workgroup> shared_memory_636: array<u32, 768>;

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

for (var l_mut_69: u32 = u32(0); l_mut_69 < info.scalars_u32[4]; l_mut_69++) {
let l_70 = l_14 * info.scalars_u32[4];
let l_71 = l_70 + l_mut_69;
let l_72 = buffer_1_global[l_71];
let l_73 = bitcast<f32>(l_72);
let l_74 = is_nan_1_f32(l_73);let l_75 = is_inf_1_f32(l_73);let l_76 = l_74 || l_75;
if l_76 {
let l_77 = u32(4294967295) - l_14;
let l_78 = &buffer_5_global[l_68];
let l_79 = atomicMax(l_78, l_77);}
let l_80 = bitcast<u32>(l_73);
let l_81 = l_80 | u32(2147483648);
l_mut_43 = l_81;
let l_82 = l_80 >> u32(31);
let l_83 = l_82 == u32(1);
if l_83 {
let l_84 = ~l_80;
l_mut_43 = l_84;
}
let l_85 = l_67 * info.scalars_u32[4];
let l_86 = l_85 + l_mut_69;
let l_87 = &buffer_3_global[l_86];
let l_88 = atomicMax(l_87, l_mut_43);}
}
}
}
let l_89 = u32(256) + local_idx;
let l_90 = l_6 + l_89;
let l_91 = l_90 < l_mut_4;
if l_91 {
let l_92 = l_2 * info.scalars_u32[3];
let l_93 = l_92 + l_90;
let l_94 = u32(3) * l_93;
let l_95 = buffer_0_global[l_94];
let l_96 = bitcast<f32>(l_95);
let l_97 = u32(3) * l_93;
let l_98 = l_97 + u32(1);
let l_99 = buffer_0_global[l_98];
let l_100 = bitcast<f32>(l_99);
let l_101 = u32(3) * l_93;
let l_102 = l_101 + u32(2);
let l_103 = buffer_0_global[l_102];
let l_104 = bitcast<f32>(l_103);
let l_105 = l_96 - info.scalars_f32[0];
let l_106 = l_105 * info.scalars_f32[3];
let l_107 = l_100 - info.scalars_f32[1];
let l_108 = l_107 * info.scalars_f32[4];
let l_109 = l_104 - info.scalars_f32[2];
let l_110 = l_109 * info.scalars_f32[5];
let l_111 = l_106 >= f32(0.0);
let l_112 = l_106 < info.scalars_f32[6];
let l_113 = l_111 && l_112;
let l_114 = l_108 >= f32(0.0);
let l_115 = l_113 && l_114;
let l_116 = l_108 < info.scalars_f32[7];
let l_117 = l_115 && l_116;
let l_118 = l_110 >= f32(0.0);
let l_119 = l_117 && l_118;
let l_120 = l_110 < info.scalars_f32[8];
let l_121 = l_119 && l_120;
l_mut_43 = u32(4294967295);
if l_121 {
let l_122 = u32(l_106);
let l_123 = l_122 * info.scalars_u32[0];
let l_124 = u32(l_108);
let l_125 = l_123 + l_124;
let l_126 = l_125 * info.scalars_u32[1];
let l_127 = u32(l_110);
let l_128 = l_126 + l_127;
l_mut_43 = l_128;
} else {
let l_129 = is_nan_1_f32(l_96);let l_130 = is_inf_1_f32(l_96);let l_131 = l_129 || l_130;
let l_132 = is_nan_1_f32(l_100);let l_133 = l_131 || l_132;
let l_134 = is_inf_1_f32(l_100);let l_135 = l_133 || l_134;
let l_136 = is_nan_1_f32(l_104);let l_137 = l_135 || l_136;
let l_138 = is_inf_1_f32(l_104);let l_139 = l_137 || l_138;
let l_140 = !l_139;
let l_141 = !l_140;
if l_141 {
l_mut_43 = u32(4294967294);
}
}
let l_142 = l_mut_43 == u32(4294967294);
if l_142 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_143 = l_mut_43 == u32(4294967295);
if l_143 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_144 = l_2 * info.scalars_u32[2];
let l_145 = l_144 + l_mut_43;
let l_146 = u32(3) * info.scalars_u32[6];

for (var l_mut_147: u32 = u32(0); l_mut_147 < info.scalars_u32[4]; l_mut_147++) {
let l_148 = l_93 * info.scalars_u32[4];
let l_149 = l_148 + l_mut_147;
let l_150 = buffer_1_global[l_149];
let l_151 = bitcast<f32>(l_150);
let l_152 = is_nan_1_f32(l_151);let l_153 = is_inf_1_f32(l_151);let l_154 = l_152 || l_153;
if l_154 {
let l_155 = u32(4294967295) - l_93;
let l_156 = &buffer_5_global[l_146];
let l_157 = atomicMax(l_156, l_155);}
let l_158 = bitcast<u32>(l_151);
let l_159 = l_158 | u32(2147483648);
l_mut_43 = l_159;
let l_160 = l_158 >> u32(31);
let l_161 = l_160 == u32(1);
if l_161 {
let l_162 = ~l_158;
l_mut_43 = l_162;
}
let l_163 = l_145 * info.scalars_u32[4];
let l_164 = l_163 + l_mut_147;
let l_165 = &buffer_3_global[l_164];
let l_166 = atomicMax(l_165, l_mut_43);}
}
}
}
let l_167 = u32(512) + local_idx;
let l_168 = l_6 + l_167;
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
l_mut_43 = u32(4294967295);
if l_199 {
let l_200 = u32(l_184);
let l_201 = l_200 * info.scalars_u32[0];
let l_202 = u32(l_186);
let l_203 = l_201 + l_202;
let l_204 = l_203 * info.scalars_u32[1];
let l_205 = u32(l_188);
let l_206 = l_204 + l_205;
l_mut_43 = l_206;
} else {
let l_207 = is_nan_1_f32(l_174);let l_208 = is_inf_1_f32(l_174);let l_209 = l_207 || l_208;
let l_210 = is_nan_1_f32(l_178);let l_211 = l_209 || l_210;
let l_212 = is_inf_1_f32(l_178);let l_213 = l_211 || l_212;
let l_214 = is_nan_1_f32(l_182);let l_215 = l_213 || l_214;
let l_216 = is_inf_1_f32(l_182);let l_217 = l_215 || l_216;
let l_218 = !l_217;
let l_219 = !l_218;
if l_219 {
l_mut_43 = u32(4294967294);
}
}
let l_220 = l_mut_43 == u32(4294967294);
if l_220 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_221 = l_mut_43 == u32(4294967295);
if l_221 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_222 = l_2 * info.scalars_u32[2];
let l_223 = l_222 + l_mut_43;
let l_224 = u32(3) * info.scalars_u32[6];

for (var l_mut_225: u32 = u32(0); l_mut_225 < info.scalars_u32[4]; l_mut_225++) {
let l_226 = l_171 * info.scalars_u32[4];
let l_227 = l_226 + l_mut_225;
let l_228 = buffer_1_global[l_227];
let l_229 = bitcast<f32>(l_228);
let l_230 = is_nan_1_f32(l_229);let l_231 = is_inf_1_f32(l_229);let l_232 = l_230 || l_231;
if l_232 {
let l_233 = u32(4294967295) - l_171;
let l_234 = &buffer_5_global[l_224];
let l_235 = atomicMax(l_234, l_233);}
let l_236 = bitcast<u32>(l_229);
let l_237 = l_236 | u32(2147483648);
l_mut_43 = l_237;
let l_238 = l_236 >> u32(31);
let l_239 = l_238 == u32(1);
if l_239 {
let l_240 = ~l_236;
l_mut_43 = l_240;
}
let l_241 = l_223 * info.scalars_u32[4];
let l_242 = l_241 + l_mut_225;
let l_243 = &buffer_3_global[l_242];
let l_244 = atomicMax(l_243, l_mut_43);}
}
}
}
let l_245 = u32(768) + local_idx;
let l_246 = l_6 + l_245;
let l_247 = l_246 < l_mut_4;
if l_247 {
let l_248 = l_2 * info.scalars_u32[3];
let l_249 = l_248 + l_246;
let l_250 = u32(3) * l_249;
let l_251 = buffer_0_global[l_250];
let l_252 = bitcast<f32>(l_251);
let l_253 = u32(3) * l_249;
let l_254 = l_253 + u32(1);
let l_255 = buffer_0_global[l_254];
let l_256 = bitcast<f32>(l_255);
let l_257 = u32(3) * l_249;
let l_258 = l_257 + u32(2);
let l_259 = buffer_0_global[l_258];
let l_260 = bitcast<f32>(l_259);
let l_261 = l_252 - info.scalars_f32[0];
let l_262 = l_261 * info.scalars_f32[3];
let l_263 = l_256 - info.scalars_f32[1];
let l_264 = l_263 * info.scalars_f32[4];
let l_265 = l_260 - info.scalars_f32[2];
let l_266 = l_265 * info.scalars_f32[5];
let l_267 = l_262 >= f32(0.0);
let l_268 = l_262 < info.scalars_f32[6];
let l_269 = l_267 && l_268;
let l_270 = l_264 >= f32(0.0);
let l_271 = l_269 && l_270;
let l_272 = l_264 < info.scalars_f32[7];
let l_273 = l_271 && l_272;
let l_274 = l_266 >= f32(0.0);
let l_275 = l_273 && l_274;
let l_276 = l_266 < info.scalars_f32[8];
let l_277 = l_275 && l_276;
l_mut_43 = u32(4294967295);
if l_277 {
let l_278 = u32(l_262);
let l_279 = l_278 * info.scalars_u32[0];
let l_280 = u32(l_264);
let l_281 = l_279 + l_280;
let l_282 = l_281 * info.scalars_u32[1];
let l_283 = u32(l_266);
let l_284 = l_282 + l_283;
l_mut_43 = l_284;
} else {
let l_285 = is_nan_1_f32(l_252);let l_286 = is_inf_1_f32(l_252);let l_287 = l_285 || l_286;
let l_288 = is_nan_1_f32(l_256);let l_289 = l_287 || l_288;
let l_290 = is_inf_1_f32(l_256);let l_291 = l_289 || l_290;
let l_292 = is_nan_1_f32(l_260);let l_293 = l_291 || l_292;
let l_294 = is_inf_1_f32(l_260);let l_295 = l_293 || l_294;
let l_296 = !l_295;
let l_297 = !l_296;
if l_297 {
l_mut_43 = u32(4294967294);
}
}
let l_298 = l_mut_43 == u32(4294967294);
if l_298 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_299 = l_mut_43 == u32(4294967295);
if l_299 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_300 = l_2 * info.scalars_u32[2];
let l_301 = l_300 + l_mut_43;
let l_302 = u32(3) * info.scalars_u32[6];

for (var l_mut_303: u32 = u32(0); l_mut_303 < info.scalars_u32[4]; l_mut_303++) {
let l_304 = l_249 * info.scalars_u32[4];
let l_305 = l_304 + l_mut_303;
let l_306 = buffer_1_global[l_305];
let l_307 = bitcast<f32>(l_306);
let l_308 = is_nan_1_f32(l_307);let l_309 = is_inf_1_f32(l_307);let l_310 = l_308 || l_309;
if l_310 {
let l_311 = u32(4294967295) - l_249;
let l_312 = &buffer_5_global[l_302];
let l_313 = atomicMax(l_312, l_311);}
let l_314 = bitcast<u32>(l_307);
let l_315 = l_314 | u32(2147483648);
l_mut_43 = l_315;
let l_316 = l_314 >> u32(31);
let l_317 = l_316 == u32(1);
if l_317 {
let l_318 = ~l_314;
l_mut_43 = l_318;
}
let l_319 = l_301 * info.scalars_u32[4];
let l_320 = l_319 + l_mut_303;
let l_321 = &buffer_3_global[l_320];
let l_322 = atomicMax(l_321, l_mut_43);}
}
}
}
let l_323 = u32(1024) + local_idx;
let l_324 = l_6 + l_323;
let l_325 = l_324 < l_mut_4;
if l_325 {
let l_326 = l_2 * info.scalars_u32[3];
let l_327 = l_326 + l_324;
let l_328 = u32(3) * l_327;
let l_329 = buffer_0_global[l_328];
let l_330 = bitcast<f32>(l_329);
let l_331 = u32(3) * l_327;
let l_332 = l_331 + u32(1);
let l_333 = buffer_0_global[l_332];
let l_334 = bitcast<f32>(l_333);
let l_335 = u32(3) * l_327;
let l_336 = l_335 + u32(2);
let l_337 = buffer_0_global[l_336];
let l_338 = bitcast<f32>(l_337);
let l_339 = l_330 - info.scalars_f32[0];
let l_340 = l_339 * info.scalars_f32[3];
let l_341 = l_334 - info.scalars_f32[1];
let l_342 = l_341 * info.scalars_f32[4];
let l_343 = l_338 - info.scalars_f32[2];
let l_344 = l_343 * info.scalars_f32[5];
let l_345 = l_340 >= f32(0.0);
let l_346 = l_340 < info.scalars_f32[6];
let l_347 = l_345 && l_346;
let l_348 = l_342 >= f32(0.0);
let l_349 = l_347 && l_348;
let l_350 = l_342 < info.scalars_f32[7];
let l_351 = l_349 && l_350;
let l_352 = l_344 >= f32(0.0);
let l_353 = l_351 && l_352;
let l_354 = l_344 < info.scalars_f32[8];
let l_355 = l_353 && l_354;
l_mut_43 = u32(4294967295);
if l_355 {
let l_356 = u32(l_340);
let l_357 = l_356 * info.scalars_u32[0];
let l_358 = u32(l_342);
let l_359 = l_357 + l_358;
let l_360 = l_359 * info.scalars_u32[1];
let l_361 = u32(l_344);
let l_362 = l_360 + l_361;
l_mut_43 = l_362;
} else {
let l_363 = is_nan_1_f32(l_330);let l_364 = is_inf_1_f32(l_330);let l_365 = l_363 || l_364;
let l_366 = is_nan_1_f32(l_334);let l_367 = l_365 || l_366;
let l_368 = is_inf_1_f32(l_334);let l_369 = l_367 || l_368;
let l_370 = is_nan_1_f32(l_338);let l_371 = l_369 || l_370;
let l_372 = is_inf_1_f32(l_338);let l_373 = l_371 || l_372;
let l_374 = !l_373;
let l_375 = !l_374;
if l_375 {
l_mut_43 = u32(4294967294);
}
}
let l_376 = l_mut_43 == u32(4294967294);
if l_376 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_377 = l_mut_43 == u32(4294967295);
if l_377 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_378 = l_2 * info.scalars_u32[2];
let l_379 = l_378 + l_mut_43;
let l_380 = u32(3) * info.scalars_u32[6];

for (var l_mut_381: u32 = u32(0); l_mut_381 < info.scalars_u32[4]; l_mut_381++) {
let l_382 = l_327 * info.scalars_u32[4];
let l_383 = l_382 + l_mut_381;
let l_384 = buffer_1_global[l_383];
let l_385 = bitcast<f32>(l_384);
let l_386 = is_nan_1_f32(l_385);let l_387 = is_inf_1_f32(l_385);let l_388 = l_386 || l_387;
if l_388 {
let l_389 = u32(4294967295) - l_327;
let l_390 = &buffer_5_global[l_380];
let l_391 = atomicMax(l_390, l_389);}
let l_392 = bitcast<u32>(l_385);
let l_393 = l_392 | u32(2147483648);
l_mut_43 = l_393;
let l_394 = l_392 >> u32(31);
let l_395 = l_394 == u32(1);
if l_395 {
let l_396 = ~l_392;
l_mut_43 = l_396;
}
let l_397 = l_379 * info.scalars_u32[4];
let l_398 = l_397 + l_mut_381;
let l_399 = &buffer_3_global[l_398];
let l_400 = atomicMax(l_399, l_mut_43);}
}
}
}
let l_401 = u32(1280) + local_idx;
let l_402 = l_6 + l_401;
let l_403 = l_402 < l_mut_4;
if l_403 {
let l_404 = l_2 * info.scalars_u32[3];
let l_405 = l_404 + l_402;
let l_406 = u32(3) * l_405;
let l_407 = buffer_0_global[l_406];
let l_408 = bitcast<f32>(l_407);
let l_409 = u32(3) * l_405;
let l_410 = l_409 + u32(1);
let l_411 = buffer_0_global[l_410];
let l_412 = bitcast<f32>(l_411);
let l_413 = u32(3) * l_405;
let l_414 = l_413 + u32(2);
let l_415 = buffer_0_global[l_414];
let l_416 = bitcast<f32>(l_415);
let l_417 = l_408 - info.scalars_f32[0];
let l_418 = l_417 * info.scalars_f32[3];
let l_419 = l_412 - info.scalars_f32[1];
let l_420 = l_419 * info.scalars_f32[4];
let l_421 = l_416 - info.scalars_f32[2];
let l_422 = l_421 * info.scalars_f32[5];
let l_423 = l_418 >= f32(0.0);
let l_424 = l_418 < info.scalars_f32[6];
let l_425 = l_423 && l_424;
let l_426 = l_420 >= f32(0.0);
let l_427 = l_425 && l_426;
let l_428 = l_420 < info.scalars_f32[7];
let l_429 = l_427 && l_428;
let l_430 = l_422 >= f32(0.0);
let l_431 = l_429 && l_430;
let l_432 = l_422 < info.scalars_f32[8];
let l_433 = l_431 && l_432;
l_mut_43 = u32(4294967295);
if l_433 {
let l_434 = u32(l_418);
let l_435 = l_434 * info.scalars_u32[0];
let l_436 = u32(l_420);
let l_437 = l_435 + l_436;
let l_438 = l_437 * info.scalars_u32[1];
let l_439 = u32(l_422);
let l_440 = l_438 + l_439;
l_mut_43 = l_440;
} else {
let l_441 = is_nan_1_f32(l_408);let l_442 = is_inf_1_f32(l_408);let l_443 = l_441 || l_442;
let l_444 = is_nan_1_f32(l_412);let l_445 = l_443 || l_444;
let l_446 = is_inf_1_f32(l_412);let l_447 = l_445 || l_446;
let l_448 = is_nan_1_f32(l_416);let l_449 = l_447 || l_448;
let l_450 = is_inf_1_f32(l_416);let l_451 = l_449 || l_450;
let l_452 = !l_451;
let l_453 = !l_452;
if l_453 {
l_mut_43 = u32(4294967294);
}
}
let l_454 = l_mut_43 == u32(4294967294);
if l_454 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_455 = l_mut_43 == u32(4294967295);
if l_455 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_456 = l_2 * info.scalars_u32[2];
let l_457 = l_456 + l_mut_43;
let l_458 = u32(3) * info.scalars_u32[6];

for (var l_mut_459: u32 = u32(0); l_mut_459 < info.scalars_u32[4]; l_mut_459++) {
let l_460 = l_405 * info.scalars_u32[4];
let l_461 = l_460 + l_mut_459;
let l_462 = buffer_1_global[l_461];
let l_463 = bitcast<f32>(l_462);
let l_464 = is_nan_1_f32(l_463);let l_465 = is_inf_1_f32(l_463);let l_466 = l_464 || l_465;
if l_466 {
let l_467 = u32(4294967295) - l_405;
let l_468 = &buffer_5_global[l_458];
let l_469 = atomicMax(l_468, l_467);}
let l_470 = bitcast<u32>(l_463);
let l_471 = l_470 | u32(2147483648);
l_mut_43 = l_471;
let l_472 = l_470 >> u32(31);
let l_473 = l_472 == u32(1);
if l_473 {
let l_474 = ~l_470;
l_mut_43 = l_474;
}
let l_475 = l_457 * info.scalars_u32[4];
let l_476 = l_475 + l_mut_459;
let l_477 = &buffer_3_global[l_476];
let l_478 = atomicMax(l_477, l_mut_43);}
}
}
}
let l_479 = u32(1536) + local_idx;
let l_480 = l_6 + l_479;
let l_481 = l_480 < l_mut_4;
if l_481 {
let l_482 = l_2 * info.scalars_u32[3];
let l_483 = l_482 + l_480;
let l_484 = u32(3) * l_483;
let l_485 = buffer_0_global[l_484];
let l_486 = bitcast<f32>(l_485);
let l_487 = u32(3) * l_483;
let l_488 = l_487 + u32(1);
let l_489 = buffer_0_global[l_488];
let l_490 = bitcast<f32>(l_489);
let l_491 = u32(3) * l_483;
let l_492 = l_491 + u32(2);
let l_493 = buffer_0_global[l_492];
let l_494 = bitcast<f32>(l_493);
let l_495 = l_486 - info.scalars_f32[0];
let l_496 = l_495 * info.scalars_f32[3];
let l_497 = l_490 - info.scalars_f32[1];
let l_498 = l_497 * info.scalars_f32[4];
let l_499 = l_494 - info.scalars_f32[2];
let l_500 = l_499 * info.scalars_f32[5];
let l_501 = l_496 >= f32(0.0);
let l_502 = l_496 < info.scalars_f32[6];
let l_503 = l_501 && l_502;
let l_504 = l_498 >= f32(0.0);
let l_505 = l_503 && l_504;
let l_506 = l_498 < info.scalars_f32[7];
let l_507 = l_505 && l_506;
let l_508 = l_500 >= f32(0.0);
let l_509 = l_507 && l_508;
let l_510 = l_500 < info.scalars_f32[8];
let l_511 = l_509 && l_510;
l_mut_43 = u32(4294967295);
if l_511 {
let l_512 = u32(l_496);
let l_513 = l_512 * info.scalars_u32[0];
let l_514 = u32(l_498);
let l_515 = l_513 + l_514;
let l_516 = l_515 * info.scalars_u32[1];
let l_517 = u32(l_500);
let l_518 = l_516 + l_517;
l_mut_43 = l_518;
} else {
let l_519 = is_nan_1_f32(l_486);let l_520 = is_inf_1_f32(l_486);let l_521 = l_519 || l_520;
let l_522 = is_nan_1_f32(l_490);let l_523 = l_521 || l_522;
let l_524 = is_inf_1_f32(l_490);let l_525 = l_523 || l_524;
let l_526 = is_nan_1_f32(l_494);let l_527 = l_525 || l_526;
let l_528 = is_inf_1_f32(l_494);let l_529 = l_527 || l_528;
let l_530 = !l_529;
let l_531 = !l_530;
if l_531 {
l_mut_43 = u32(4294967294);
}
}
let l_532 = l_mut_43 == u32(4294967294);
if l_532 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_533 = l_mut_43 == u32(4294967295);
if l_533 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_534 = l_2 * info.scalars_u32[2];
let l_535 = l_534 + l_mut_43;
let l_536 = u32(3) * info.scalars_u32[6];

for (var l_mut_537: u32 = u32(0); l_mut_537 < info.scalars_u32[4]; l_mut_537++) {
let l_538 = l_483 * info.scalars_u32[4];
let l_539 = l_538 + l_mut_537;
let l_540 = buffer_1_global[l_539];
let l_541 = bitcast<f32>(l_540);
let l_542 = is_nan_1_f32(l_541);let l_543 = is_inf_1_f32(l_541);let l_544 = l_542 || l_543;
if l_544 {
let l_545 = u32(4294967295) - l_483;
let l_546 = &buffer_5_global[l_536];
let l_547 = atomicMax(l_546, l_545);}
let l_548 = bitcast<u32>(l_541);
let l_549 = l_548 | u32(2147483648);
l_mut_43 = l_549;
let l_550 = l_548 >> u32(31);
let l_551 = l_550 == u32(1);
if l_551 {
let l_552 = ~l_548;
l_mut_43 = l_552;
}
let l_553 = l_535 * info.scalars_u32[4];
let l_554 = l_553 + l_mut_537;
let l_555 = &buffer_3_global[l_554];
let l_556 = atomicMax(l_555, l_mut_43);}
}
}
}
let l_557 = u32(1792) + local_idx;
let l_558 = l_6 + l_557;
let l_559 = l_558 < l_mut_4;
if l_559 {
let l_560 = l_2 * info.scalars_u32[3];
let l_561 = l_560 + l_558;
let l_562 = u32(3) * l_561;
let l_563 = buffer_0_global[l_562];
let l_564 = bitcast<f32>(l_563);
let l_565 = u32(3) * l_561;
let l_566 = l_565 + u32(1);
let l_567 = buffer_0_global[l_566];
let l_568 = bitcast<f32>(l_567);
let l_569 = u32(3) * l_561;
let l_570 = l_569 + u32(2);
let l_571 = buffer_0_global[l_570];
let l_572 = bitcast<f32>(l_571);
let l_573 = l_564 - info.scalars_f32[0];
let l_574 = l_573 * info.scalars_f32[3];
let l_575 = l_568 - info.scalars_f32[1];
let l_576 = l_575 * info.scalars_f32[4];
let l_577 = l_572 - info.scalars_f32[2];
let l_578 = l_577 * info.scalars_f32[5];
let l_579 = l_574 >= f32(0.0);
let l_580 = l_574 < info.scalars_f32[6];
let l_581 = l_579 && l_580;
let l_582 = l_576 >= f32(0.0);
let l_583 = l_581 && l_582;
let l_584 = l_576 < info.scalars_f32[7];
let l_585 = l_583 && l_584;
let l_586 = l_578 >= f32(0.0);
let l_587 = l_585 && l_586;
let l_588 = l_578 < info.scalars_f32[8];
let l_589 = l_587 && l_588;
l_mut_43 = u32(4294967295);
if l_589 {
let l_590 = u32(l_574);
let l_591 = l_590 * info.scalars_u32[0];
let l_592 = u32(l_576);
let l_593 = l_591 + l_592;
let l_594 = l_593 * info.scalars_u32[1];
let l_595 = u32(l_578);
let l_596 = l_594 + l_595;
l_mut_43 = l_596;
} else {
let l_597 = is_nan_1_f32(l_564);let l_598 = is_inf_1_f32(l_564);let l_599 = l_597 || l_598;
let l_600 = is_nan_1_f32(l_568);let l_601 = l_599 || l_600;
let l_602 = is_inf_1_f32(l_568);let l_603 = l_601 || l_602;
let l_604 = is_nan_1_f32(l_572);let l_605 = l_603 || l_604;
let l_606 = is_inf_1_f32(l_572);let l_607 = l_605 || l_606;
let l_608 = !l_607;
let l_609 = !l_608;
if l_609 {
l_mut_43 = u32(4294967294);
}
}
let l_610 = l_mut_43 == u32(4294967294);
if l_610 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_611 = l_mut_43 == u32(4294967295);
if l_611 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_612 = l_2 * info.scalars_u32[2];
let l_613 = l_612 + l_mut_43;
let l_614 = u32(3) * info.scalars_u32[6];

for (var l_mut_615: u32 = u32(0); l_mut_615 < info.scalars_u32[4]; l_mut_615++) {
let l_616 = l_561 * info.scalars_u32[4];
let l_617 = l_616 + l_mut_615;
let l_618 = buffer_1_global[l_617];
let l_619 = bitcast<f32>(l_618);
let l_620 = is_nan_1_f32(l_619);let l_621 = is_inf_1_f32(l_619);let l_622 = l_620 || l_621;
if l_622 {
let l_623 = u32(4294967295) - l_561;
let l_624 = &buffer_5_global[l_614];
let l_625 = atomicMax(l_624, l_623);}
let l_626 = bitcast<u32>(l_619);
let l_627 = l_626 | u32(2147483648);
l_mut_43 = l_627;
let l_628 = l_626 >> u32(31);
let l_629 = l_628 == u32(1);
if l_629 {
let l_630 = ~l_626;
l_mut_43 = l_630;
}
let l_631 = l_613 * info.scalars_u32[4];
let l_632 = l_631 + l_mut_615;
let l_633 = &buffer_3_global[l_632];
let l_634 = atomicMax(l_633, l_mut_43);}
}
}
}
let l_635 = u32(3) * l_2;
let l_637 = u32(3) * local_idx;
shared_memory_636[l_637] = l_mut_7;
let l_638 = u32(3) * local_idx;
let l_639 = l_638 + u32(1);
shared_memory_636[l_639] = l_mut_8;
let l_640 = u32(3) * local_idx;
let l_641 = l_640 + u32(2);
shared_memory_636[l_641] = l_mut_9;
workgroupBarrier();
let l_642 = local_idx < u32(128);
if l_642 {
let l_643 = u32(3) * local_idx;
let l_644 = local_idx + u32(128);
let l_645 = u32(3) * l_644;
let l_646 = shared_memory_636[l_645];
let l_647 = shared_memory_636[l_643];
let l_648 = l_647 + l_646;
shared_memory_636[l_643] = l_648;
let l_649 = u32(3) * local_idx;
let l_650 = l_649 + u32(1);
let l_651 = local_idx + u32(128);
let l_652 = u32(3) * l_651;
let l_653 = l_652 + u32(1);
let l_654 = shared_memory_636[l_653];
let l_655 = shared_memory_636[l_650];
let l_656 = l_655 + l_654;
shared_memory_636[l_650] = l_656;
let l_657 = u32(3) * local_idx;
let l_658 = l_657 + u32(2);
let l_659 = local_idx + u32(128);
let l_660 = u32(3) * l_659;
let l_661 = l_660 + u32(2);
let l_662 = shared_memory_636[l_661];
let l_663 = shared_memory_636[l_658];
let l_664 = l_663 + l_662;
shared_memory_636[l_658] = l_664;
}
workgroupBarrier();
let l_665 = local_idx < u32(64);
if l_665 {
let l_666 = u32(3) * local_idx;
let l_667 = local_idx + u32(64);
let l_668 = u32(3) * l_667;
let l_669 = shared_memory_636[l_668];
let l_670 = shared_memory_636[l_666];
let l_671 = l_670 + l_669;
shared_memory_636[l_666] = l_671;
let l_672 = u32(3) * local_idx;
let l_673 = l_672 + u32(1);
let l_674 = local_idx + u32(64);
let l_675 = u32(3) * l_674;
let l_676 = l_675 + u32(1);
let l_677 = shared_memory_636[l_676];
let l_678 = shared_memory_636[l_673];
let l_679 = l_678 + l_677;
shared_memory_636[l_673] = l_679;
let l_680 = u32(3) * local_idx;
let l_681 = l_680 + u32(2);
let l_682 = local_idx + u32(64);
let l_683 = u32(3) * l_682;
let l_684 = l_683 + u32(2);
let l_685 = shared_memory_636[l_684];
let l_686 = shared_memory_636[l_681];
let l_687 = l_686 + l_685;
shared_memory_636[l_681] = l_687;
}
workgroupBarrier();
let l_688 = local_idx < u32(32);
if l_688 {
let l_689 = u32(3) * local_idx;
let l_690 = local_idx + u32(32);
let l_691 = u32(3) * l_690;
let l_692 = shared_memory_636[l_691];
let l_693 = shared_memory_636[l_689];
let l_694 = l_693 + l_692;
shared_memory_636[l_689] = l_694;
let l_695 = u32(3) * local_idx;
let l_696 = l_695 + u32(1);
let l_697 = local_idx + u32(32);
let l_698 = u32(3) * l_697;
let l_699 = l_698 + u32(1);
let l_700 = shared_memory_636[l_699];
let l_701 = shared_memory_636[l_696];
let l_702 = l_701 + l_700;
shared_memory_636[l_696] = l_702;
let l_703 = u32(3) * local_idx;
let l_704 = l_703 + u32(2);
let l_705 = local_idx + u32(32);
let l_706 = u32(3) * l_705;
let l_707 = l_706 + u32(2);
let l_708 = shared_memory_636[l_707];
let l_709 = shared_memory_636[l_704];
let l_710 = l_709 + l_708;
shared_memory_636[l_704] = l_710;
}
workgroupBarrier();
let l_711 = local_idx < u32(16);
if l_711 {
let l_712 = u32(3) * local_idx;
let l_713 = local_idx + u32(16);
let l_714 = u32(3) * l_713;
let l_715 = shared_memory_636[l_714];
let l_716 = shared_memory_636[l_712];
let l_717 = l_716 + l_715;
shared_memory_636[l_712] = l_717;
let l_718 = u32(3) * local_idx;
let l_719 = l_718 + u32(1);
let l_720 = local_idx + u32(16);
let l_721 = u32(3) * l_720;
let l_722 = l_721 + u32(1);
let l_723 = shared_memory_636[l_722];
let l_724 = shared_memory_636[l_719];
let l_725 = l_724 + l_723;
shared_memory_636[l_719] = l_725;
let l_726 = u32(3) * local_idx;
let l_727 = l_726 + u32(2);
let l_728 = local_idx + u32(16);
let l_729 = u32(3) * l_728;
let l_730 = l_729 + u32(2);
let l_731 = shared_memory_636[l_730];
let l_732 = shared_memory_636[l_727];
let l_733 = l_732 + l_731;
shared_memory_636[l_727] = l_733;
}
workgroupBarrier();
let l_734 = local_idx < u32(8);
if l_734 {
let l_735 = u32(3) * local_idx;
let l_736 = local_idx + u32(8);
let l_737 = u32(3) * l_736;
let l_738 = shared_memory_636[l_737];
let l_739 = shared_memory_636[l_735];
let l_740 = l_739 + l_738;
shared_memory_636[l_735] = l_740;
let l_741 = u32(3) * local_idx;
let l_742 = l_741 + u32(1);
let l_743 = local_idx + u32(8);
let l_744 = u32(3) * l_743;
let l_745 = l_744 + u32(1);
let l_746 = shared_memory_636[l_745];
let l_747 = shared_memory_636[l_742];
let l_748 = l_747 + l_746;
shared_memory_636[l_742] = l_748;
let l_749 = u32(3) * local_idx;
let l_750 = l_749 + u32(2);
let l_751 = local_idx + u32(8);
let l_752 = u32(3) * l_751;
let l_753 = l_752 + u32(2);
let l_754 = shared_memory_636[l_753];
let l_755 = shared_memory_636[l_750];
let l_756 = l_755 + l_754;
shared_memory_636[l_750] = l_756;
}
workgroupBarrier();
let l_757 = local_idx < u32(4);
if l_757 {
let l_758 = u32(3) * local_idx;
let l_759 = local_idx + u32(4);
let l_760 = u32(3) * l_759;
let l_761 = shared_memory_636[l_760];
let l_762 = shared_memory_636[l_758];
let l_763 = l_762 + l_761;
shared_memory_636[l_758] = l_763;
let l_764 = u32(3) * local_idx;
let l_765 = l_764 + u32(1);
let l_766 = local_idx + u32(4);
let l_767 = u32(3) * l_766;
let l_768 = l_767 + u32(1);
let l_769 = shared_memory_636[l_768];
let l_770 = shared_memory_636[l_765];
let l_771 = l_770 + l_769;
shared_memory_636[l_765] = l_771;
let l_772 = u32(3) * local_idx;
let l_773 = l_772 + u32(2);
let l_774 = local_idx + u32(4);
let l_775 = u32(3) * l_774;
let l_776 = l_775 + u32(2);
let l_777 = shared_memory_636[l_776];
let l_778 = shared_memory_636[l_773];
let l_779 = l_778 + l_777;
shared_memory_636[l_773] = l_779;
}
workgroupBarrier();
let l_780 = local_idx < u32(2);
if l_780 {
let l_781 = u32(3) * local_idx;
let l_782 = local_idx + u32(2);
let l_783 = u32(3) * l_782;
let l_784 = shared_memory_636[l_783];
let l_785 = shared_memory_636[l_781];
let l_786 = l_785 + l_784;
shared_memory_636[l_781] = l_786;
let l_787 = u32(3) * local_idx;
let l_788 = l_787 + u32(1);
let l_789 = local_idx + u32(2);
let l_790 = u32(3) * l_789;
let l_791 = l_790 + u32(1);
let l_792 = shared_memory_636[l_791];
let l_793 = shared_memory_636[l_788];
let l_794 = l_793 + l_792;
shared_memory_636[l_788] = l_794;
let l_795 = u32(3) * local_idx;
let l_796 = l_795 + u32(2);
let l_797 = local_idx + u32(2);
let l_798 = u32(3) * l_797;
let l_799 = l_798 + u32(2);
let l_800 = shared_memory_636[l_799];
let l_801 = shared_memory_636[l_796];
let l_802 = l_801 + l_800;
shared_memory_636[l_796] = l_802;
}
workgroupBarrier();
let l_803 = local_idx < u32(1);
if l_803 {
let l_804 = u32(3) * local_idx;
let l_805 = local_idx + u32(1);
let l_806 = u32(3) * l_805;
let l_807 = shared_memory_636[l_806];
let l_808 = shared_memory_636[l_804];
let l_809 = l_808 + l_807;
shared_memory_636[l_804] = l_809;
let l_810 = u32(3) * local_idx;
let l_811 = l_810 + u32(1);
let l_812 = local_idx + u32(1);
let l_813 = u32(3) * l_812;
let l_814 = l_813 + u32(1);
let l_815 = shared_memory_636[l_814];
let l_816 = shared_memory_636[l_811];
let l_817 = l_816 + l_815;
shared_memory_636[l_811] = l_817;
let l_818 = u32(3) * local_idx;
let l_819 = l_818 + u32(2);
let l_820 = local_idx + u32(1);
let l_821 = u32(3) * l_820;
let l_822 = l_821 + u32(2);
let l_823 = shared_memory_636[l_822];
let l_824 = shared_memory_636[l_819];
let l_825 = l_824 + l_823;
shared_memory_636[l_819] = l_825;
}
workgroupBarrier();
let l_826 = local_idx == u32(0);
if l_826 {
let l_827 = shared_memory_636[u32(0)];
let l_828 = &buffer_5_global[l_635];
let l_829 = atomicAdd(l_828, l_827);let l_830 = shared_memory_636[u32(1)];
let l_831 = l_635 + u32(1);
let l_832 = &buffer_5_global[l_831];
let l_833 = atomicAdd(l_832, l_830);let l_834 = shared_memory_636[u32(2)];
let l_835 = l_635 + u32(2);
let l_836 = &buffer_5_global[l_835];
let l_837 = atomicAdd(l_836, l_834);}
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
