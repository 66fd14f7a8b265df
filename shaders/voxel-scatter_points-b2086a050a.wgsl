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

var<workgroup> shared_memory_484: array<u32, 768>;

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
let l_68 = &buffer_3_global[l_67];
let l_69 = atomicAdd(l_68, u32(1));}
}
}
let l_70 = u32(256) + local_idx;
let l_71 = l_6 + l_70;
let l_72 = l_71 < l_mut_4;
if l_72 {
let l_73 = l_2 * info.scalars_u32[3];
let l_74 = l_73 + l_71;
let l_75 = u32(3) * l_74;
let l_76 = buffer_0_global[l_75];
let l_77 = bitcast<f32>(l_76);
let l_78 = u32(3) * l_74;
let l_79 = l_78 + u32(1);
let l_80 = buffer_0_global[l_79];
let l_81 = bitcast<f32>(l_80);
let l_82 = u32(3) * l_74;
let l_83 = l_82 + u32(2);
let l_84 = buffer_0_global[l_83];
let l_85 = bitcast<f32>(l_84);
let l_86 = l_77 - info.scalars_f32[0];
let l_87 = l_86 * info.scalars_f32[3];
let l_88 = l_81 - info.scalars_f32[1];
let l_89 = l_88 * info.scalars_f32[4];
let l_90 = l_85 - info.scalars_f32[2];
let l_91 = l_90 * info.scalars_f32[5];
let l_92 = l_87 >= f32(0.0);
let l_93 = l_87 < info.scalars_f32[6];
let l_94 = l_92 && l_93;
let l_95 = l_89 >= f32(0.0);
let l_96 = l_94 && l_95;
let l_97 = l_89 < info.scalars_f32[7];
let l_98 = l_96 && l_97;
let l_99 = l_91 >= f32(0.0);
let l_100 = l_98 && l_99;
let l_101 = l_91 < info.scalars_f32[8];
let l_102 = l_100 && l_101;
l_mut_43 = u32(4294967295);
if l_102 {
let l_103 = u32(l_87);
let l_104 = l_103 * info.scalars_u32[0];
let l_105 = u32(l_89);
let l_106 = l_104 + l_105;
let l_107 = l_106 * info.scalars_u32[1];
let l_108 = u32(l_91);
let l_109 = l_107 + l_108;
l_mut_43 = l_109;
} else {
let l_110 = is_nan_1_f32(l_77);let l_111 = is_inf_1_f32(l_77);let l_112 = l_110 || l_111;
let l_113 = is_nan_1_f32(l_81);let l_114 = l_112 || l_113;
let l_115 = is_inf_1_f32(l_81);let l_116 = l_114 || l_115;
let l_117 = is_nan_1_f32(l_85);let l_118 = l_116 || l_117;
let l_119 = is_inf_1_f32(l_85);let l_120 = l_118 || l_119;
let l_121 = !l_120;
let l_122 = !l_121;
if l_122 {
l_mut_43 = u32(4294967294);
}
}
let l_123 = l_mut_43 == u32(4294967294);
if l_123 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_124 = l_mut_43 == u32(4294967295);
if l_124 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_125 = l_2 * info.scalars_u32[2];
let l_126 = l_125 + l_mut_43;
let l_127 = &buffer_3_global[l_126];
let l_128 = atomicAdd(l_127, u32(1));}
}
}
let l_129 = u32(512) + local_idx;
let l_130 = l_6 + l_129;
let l_131 = l_130 < l_mut_4;
if l_131 {
let l_132 = l_2 * info.scalars_u32[3];
let l_133 = l_132 + l_130;
let l_134 = u32(3) * l_133;
let l_135 = buffer_0_global[l_134];
let l_136 = bitcast<f32>(l_135);
let l_137 = u32(3) * l_133;
let l_138 = l_137 + u32(1);
let l_139 = buffer_0_global[l_138];
let l_140 = bitcast<f32>(l_139);
let l_141 = u32(3) * l_133;
let l_142 = l_141 + u32(2);
let l_143 = buffer_0_global[l_142];
let l_144 = bitcast<f32>(l_143);
let l_145 = l_136 - info.scalars_f32[0];
let l_146 = l_145 * info.scalars_f32[3];
let l_147 = l_140 - info.scalars_f32[1];
let l_148 = l_147 * info.scalars_f32[4];
let l_149 = l_144 - info.scalars_f32[2];
let l_150 = l_149 * info.scalars_f32[5];
let l_151 = l_146 >= f32(0.0);
let l_152 = l_146 < info.scalars_f32[6];
let l_153 = l_151 && l_152;
let l_154 = l_148 >= f32(0.0);
let l_155 = l_153 && l_154;
let l_156 = l_148 < info.scalars_f32[7];
let l_157 = l_155 && l_156;
let l_158 = l_150 >= f32(0.0);
let l_159 = l_157 && l_158;
let l_160 = l_150 < info.scalars_f32[8];
let l_161 = l_159 && l_160;
l_mut_43 = u32(4294967295);
if l_161 {
let l_162 = u32(l_146);
let l_163 = l_162 * info.scalars_u32[0];
let l_164 = u32(l_148);
let l_165 = l_163 + l_164;
let l_166 = l_165 * info.scalars_u32[1];
let l_167 = u32(l_150);
let l_168 = l_166 + l_167;
l_mut_43 = l_168;
} else {
let l_169 = is_nan_1_f32(l_136);let l_170 = is_inf_1_f32(l_136);let l_171 = l_169 || l_170;
let l_172 = is_nan_1_f32(l_140);let l_173 = l_171 || l_172;
let l_174 = is_inf_1_f32(l_140);let l_175 = l_173 || l_174;
let l_176 = is_nan_1_f32(l_144);let l_177 = l_175 || l_176;
let l_178 = is_inf_1_f32(l_144);let l_179 = l_177 || l_178;
let l_180 = !l_179;
let l_181 = !l_180;
if l_181 {
l_mut_43 = u32(4294967294);
}
}
let l_182 = l_mut_43 == u32(4294967294);
if l_182 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_183 = l_mut_43 == u32(4294967295);
if l_183 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_184 = l_2 * info.scalars_u32[2];
let l_185 = l_184 + l_mut_43;
let l_186 = &buffer_3_global[l_185];
let l_187 = atomicAdd(l_186, u32(1));}
}
}
let l_188 = u32(768) + local_idx;
let l_189 = l_6 + l_188;
let l_190 = l_189 < l_mut_4;
if l_190 {
let l_191 = l_2 * info.scalars_u32[3];
let l_192 = l_191 + l_189;
let l_193 = u32(3) * l_192;
let l_194 = buffer_0_global[l_193];
let l_195 = bitcast<f32>(l_194);
let l_196 = u32(3) * l_192;
let l_197 = l_196 + u32(1);
let l_198 = buffer_0_global[l_197];
let l_199 = bitcast<f32>(l_198);
let l_200 = u32(3) * l_192;
let l_201 = l_200 + u32(2);
let l_202 = buffer_0_global[l_201];
let l_203 = bitcast<f32>(l_202);
let l_204 = l_195 - info.scalars_f32[0];
let l_205 = l_204 * info.scalars_f32[3];
let l_206 = l_199 - info.scalars_f32[1];
let l_207 = l_206 * info.scalars_f32[4];
let l_208 = l_203 - info.scalars_f32[2];
let l_209 = l_208 * info.scalars_f32[5];
let l_210 = l_205 >= f32(0.0);
let l_211 = l_205 < info.scalars_f32[6];
let l_212 = l_210 && l_211;
let l_213 = l_207 >= f32(0.0);
let l_214 = l_212 && l_213;
let l_215 = l_207 < info.scalars_f32[7];
let l_216 = l_214 && l_215;
let l_217 = l_209 >= f32(0.0);
let l_218 = l_216 && l_217;
let l_219 = l_209 < info.scalars_f32[8];
let l_220 = l_218 && l_219;
l_mut_43 = u32(4294967295);
if l_220 {
let l_221 = u32(l_205);
let l_222 = l_221 * info.scalars_u32[0];
let l_223 = u32(l_207);
let l_224 = l_222 + l_223;
let l_225 = l_224 * info.scalars_u32[1];
let l_226 = u32(l_209);
let l_227 = l_225 + l_226;
l_mut_43 = l_227;
} else {
let l_228 = is_nan_1_f32(l_195);let l_229 = is_inf_1_f32(l_195);let l_230 = l_228 || l_229;
let l_231 = is_nan_1_f32(l_199);let l_232 = l_230 || l_231;
let l_233 = is_inf_1_f32(l_199);let l_234 = l_232 || l_233;
let l_235 = is_nan_1_f32(l_203);let l_236 = l_234 || l_235;
let l_237 = is_inf_1_f32(l_203);let l_238 = l_236 || l_237;
let l_239 = !l_238;
let l_240 = !l_239;
if l_240 {
l_mut_43 = u32(4294967294);
}
}
let l_241 = l_mut_43 == u32(4294967294);
if l_241 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_242 = l_mut_43 == u32(4294967295);
if l_242 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_243 = l_2 * info.scalars_u32[2];
let l_244 = l_243 + l_mut_43;
let l_245 = &buffer_3_global[l_244];
let l_246 = atomicAdd(l_245, u32(1));}
}
}
let l_247 = u32(1024) + local_idx;
let l_248 = l_6 + l_247;
let l_249 = l_248 < l_mut_4;
if l_249 {
let l_250 = l_2 * info.scalars_u32[3];
let l_251 = l_250 + l_248;
let l_252 = u32(3) * l_251;
let l_253 = buffer_0_global[l_252];
let l_254 = bitcast<f32>(l_253);
let l_255 = u32(3) * l_251;
let l_256 = l_255 + u32(1);
let l_257 = buffer_0_global[l_256];
let l_258 = bitcast<f32>(l_257);
let l_259 = u32(3) * l_251;
let l_260 = l_259 + u32(2);
let l_261 = buffer_0_global[l_260];
let l_262 = bitcast<f32>(l_261);
let l_263 = l_254 - info.scalars_f32[0];
let l_264 = l_263 * info.scalars_f32[3];
let l_265 = l_258 - info.scalars_f32[1];
let l_266 = l_265 * info.scalars_f32[4];
let l_267 = l_262 - info.scalars_f32[2];
let l_268 = l_267 * info.scalars_f32[5];
let l_269 = l_264 >= f32(0.0);
let l_270 = l_264 < info.scalars_f32[6];
let l_271 = l_269 && l_270;
let l_272 = l_266 >= f32(0.0);
let l_273 = l_271 && l_272;
let l_274 = l_266 < info.scalars_f32[7];
let l_275 = l_273 && l_274;
let l_276 = l_268 >= f32(0.0);
let l_277 = l_275 && l_276;
let l_278 = l_268 < info.scalars_f32[8];
let l_279 = l_277 && l_278;
l_mut_43 = u32(4294967295);
if l_279 {
let l_280 = u32(l_264);
let l_281 = l_280 * info.scalars_u32[0];
let l_282 = u32(l_266);
let l_283 = l_281 + l_282;
let l_284 = l_283 * info.scalars_u32[1];
let l_285 = u32(l_268);
let l_286 = l_284 + l_285;
l_mut_43 = l_286;
} else {
let l_287 = is_nan_1_f32(l_254);let l_288 = is_inf_1_f32(l_254);let l_289 = l_287 || l_288;
let l_290 = is_nan_1_f32(l_258);let l_291 = l_289 || l_290;
let l_292 = is_inf_1_f32(l_258);let l_293 = l_291 || l_292;
let l_294 = is_nan_1_f32(l_262);let l_295 = l_293 || l_294;
let l_296 = is_inf_1_f32(l_262);let l_297 = l_295 || l_296;
let l_298 = !l_297;
let l_299 = !l_298;
if l_299 {
l_mut_43 = u32(4294967294);
}
}
let l_300 = l_mut_43 == u32(4294967294);
if l_300 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_301 = l_mut_43 == u32(4294967295);
if l_301 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_302 = l_2 * info.scalars_u32[2];
let l_303 = l_302 + l_mut_43;
let l_304 = &buffer_3_global[l_303];
let l_305 = atomicAdd(l_304, u32(1));}
}
}
let l_306 = u32(1280) + local_idx;
let l_307 = l_6 + l_306;
let l_308 = l_307 < l_mut_4;
if l_308 {
let l_309 = l_2 * info.scalars_u32[3];
let l_310 = l_309 + l_307;
let l_311 = u32(3) * l_310;
let l_312 = buffer_0_global[l_311];
let l_313 = bitcast<f32>(l_312);
let l_314 = u32(3) * l_310;
let l_315 = l_314 + u32(1);
let l_316 = buffer_0_global[l_315];
let l_317 = bitcast<f32>(l_316);
let l_318 = u32(3) * l_310;
let l_319 = l_318 + u32(2);
let l_320 = buffer_0_global[l_319];
let l_321 = bitcast<f32>(l_320);
let l_322 = l_313 - info.scalars_f32[0];
let l_323 = l_322 * info.scalars_f32[3];
let l_324 = l_317 - info.scalars_f32[1];
let l_325 = l_324 * info.scalars_f32[4];
let l_326 = l_321 - info.scalars_f32[2];
let l_327 = l_326 * info.scalars_f32[5];
let l_328 = l_323 >= f32(0.0);
let l_329 = l_323 < info.scalars_f32[6];
let l_330 = l_328 && l_329;
let l_331 = l_325 >= f32(0.0);
let l_332 = l_330 && l_331;
let l_333 = l_325 < info.scalars_f32[7];
let l_334 = l_332 && l_333;
let l_335 = l_327 >= f32(0.0);
let l_336 = l_334 && l_335;
let l_337 = l_327 < info.scalars_f32[8];
let l_338 = l_336 && l_337;
l_mut_43 = u32(4294967295);
if l_338 {
let l_339 = u32(l_323);
let l_340 = l_339 * info.scalars_u32[0];
let l_341 = u32(l_325);
let l_342 = l_340 + l_341;
let l_343 = l_342 * info.scalars_u32[1];
let l_344 = u32(l_327);
let l_345 = l_343 + l_344;
l_mut_43 = l_345;
} else {
let l_346 = is_nan_1_f32(l_313);let l_347 = is_inf_1_f32(l_313);let l_348 = l_346 || l_347;
let l_349 = is_nan_1_f32(l_317);let l_350 = l_348 || l_349;
let l_351 = is_inf_1_f32(l_317);let l_352 = l_350 || l_351;
let l_353 = is_nan_1_f32(l_321);let l_354 = l_352 || l_353;
let l_355 = is_inf_1_f32(l_321);let l_356 = l_354 || l_355;
let l_357 = !l_356;
let l_358 = !l_357;
if l_358 {
l_mut_43 = u32(4294967294);
}
}
let l_359 = l_mut_43 == u32(4294967294);
if l_359 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_360 = l_mut_43 == u32(4294967295);
if l_360 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_361 = l_2 * info.scalars_u32[2];
let l_362 = l_361 + l_mut_43;
let l_363 = &buffer_3_global[l_362];
let l_364 = atomicAdd(l_363, u32(1));}
}
}
let l_365 = u32(1536) + local_idx;
let l_366 = l_6 + l_365;
let l_367 = l_366 < l_mut_4;
if l_367 {
let l_368 = l_2 * info.scalars_u32[3];
let l_369 = l_368 + l_366;
let l_370 = u32(3) * l_369;
let l_371 = buffer_0_global[l_370];
let l_372 = bitcast<f32>(l_371);
let l_373 = u32(3) * l_369;
let l_374 = l_373 + u32(1);
let l_375 = buffer_0_global[l_374];
let l_376 = bitcast<f32>(l_375);
let l_377 = u32(3) * l_369;
let l_378 = l_377 + u32(2);
let l_379 = buffer_0_global[l_378];
let l_380 = bitcast<f32>(l_379);
let l_381 = l_372 - info.scalars_f32[0];
let l_382 = l_381 * info.scalars_f32[3];
let l_383 = l_376 - info.scalars_f32[1];
let l_384 = l_383 * info.scalars_f32[4];
let l_385 = l_380 - info.scalars_f32[2];
let l_386 = l_385 * info.scalars_f32[5];
let l_387 = l_382 >= f32(0.0);
let l_388 = l_382 < info.scalars_f32[6];
let l_389 = l_387 && l_388;
let l_390 = l_384 >= f32(0.0);
let l_391 = l_389 && l_390;
let l_392 = l_384 < info.scalars_f32[7];
let l_393 = l_391 && l_392;
let l_394 = l_386 >= f32(0.0);
let l_395 = l_393 && l_394;
let l_396 = l_386 < info.scalars_f32[8];
let l_397 = l_395 && l_396;
l_mut_43 = u32(4294967295);
if l_397 {
let l_398 = u32(l_382);
let l_399 = l_398 * info.scalars_u32[0];
let l_400 = u32(l_384);
let l_401 = l_399 + l_400;
let l_402 = l_401 * info.scalars_u32[1];
let l_403 = u32(l_386);
let l_404 = l_402 + l_403;
l_mut_43 = l_404;
} else {
let l_405 = is_nan_1_f32(l_372);let l_406 = is_inf_1_f32(l_372);let l_407 = l_405 || l_406;
let l_408 = is_nan_1_f32(l_376);let l_409 = l_407 || l_408;
let l_410 = is_inf_1_f32(l_376);let l_411 = l_409 || l_410;
let l_412 = is_nan_1_f32(l_380);let l_413 = l_411 || l_412;
let l_414 = is_inf_1_f32(l_380);let l_415 = l_413 || l_414;
let l_416 = !l_415;
let l_417 = !l_416;
if l_417 {
l_mut_43 = u32(4294967294);
}
}
let l_418 = l_mut_43 == u32(4294967294);
if l_418 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_419 = l_mut_43 == u32(4294967295);
if l_419 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_420 = l_2 * info.scalars_u32[2];
let l_421 = l_420 + l_mut_43;
let l_422 = &buffer_3_global[l_421];
let l_423 = atomicAdd(l_422, u32(1));}
}
}
let l_424 = u32(1792) + local_idx;
let l_425 = l_6 + l_424;
let l_426 = l_425 < l_mut_4;
if l_426 {
let l_427 = l_2 * info.scalars_u32[3];
let l_428 = l_427 + l_425;
let l_429 = u32(3) * l_428;
let l_430 = buffer_0_global[l_429];
let l_431 = bitcast<f32>(l_430);
let l_432 = u32(3) * l_428;
let l_433 = l_432 + u32(1);
let l_434 = buffer_0_global[l_433];
let l_435 = bitcast<f32>(l_434);
let l_436 = u32(3) * l_428;
let l_437 = l_436 + u32(2);
let l_438 = buffer_0_global[l_437];
let l_439 = bitcast<f32>(l_438);
let l_440 = l_431 - info.scalars_f32[0];
let l_441 = l_440 * info.scalars_f32[3];
let l_442 = l_435 - info.scalars_f32[1];
let l_443 = l_442 * info.scalars_f32[4];
let l_444 = l_439 - info.scalars_f32[2];
let l_445 = l_444 * info.scalars_f32[5];
let l_446 = l_441 >= f32(0.0);
let l_447 = l_441 < info.scalars_f32[6];
let l_448 = l_446 && l_447;
let l_449 = l_443 >= f32(0.0);
let l_450 = l_448 && l_449;
let l_451 = l_443 < info.scalars_f32[7];
let l_452 = l_450 && l_451;
let l_453 = l_445 >= f32(0.0);
let l_454 = l_452 && l_453;
let l_455 = l_445 < info.scalars_f32[8];
let l_456 = l_454 && l_455;
l_mut_43 = u32(4294967295);
if l_456 {
let l_457 = u32(l_441);
let l_458 = l_457 * info.scalars_u32[0];
let l_459 = u32(l_443);
let l_460 = l_458 + l_459;
let l_461 = l_460 * info.scalars_u32[1];
let l_462 = u32(l_445);
let l_463 = l_461 + l_462;
l_mut_43 = l_463;
} else {
let l_464 = is_nan_1_f32(l_431);let l_465 = is_inf_1_f32(l_431);let l_466 = l_464 || l_465;
let l_467 = is_nan_1_f32(l_435);let l_468 = l_466 || l_467;
let l_469 = is_inf_1_f32(l_435);let l_470 = l_468 || l_469;
let l_471 = is_nan_1_f32(l_439);let l_472 = l_470 || l_471;
let l_473 = is_inf_1_f32(l_439);let l_474 = l_472 || l_473;
let l_475 = !l_474;
let l_476 = !l_475;
if l_476 {
l_mut_43 = u32(4294967294);
}
}
let l_477 = l_mut_43 == u32(4294967294);
if l_477 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_478 = l_mut_43 == u32(4294967295);
if l_478 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_479 = l_2 * info.scalars_u32[2];
let l_480 = l_479 + l_mut_43;
let l_481 = &buffer_3_global[l_480];
let l_482 = atomicAdd(l_481, u32(1));}
}
}
let l_483 = u32(3) * l_2;
let l_485 = u32(3) * local_idx;
shared_memory_484[l_485] = l_mut_7;
let l_486 = u32(3) * local_idx;
let l_487 = l_486 + u32(1);
shared_memory_484[l_487] = l_mut_8;
let l_488 = u32(3) * local_idx;
let l_489 = l_488 + u32(2);
shared_memory_484[l_489] = l_mut_9;
workgroupBarrier();
let l_490 = local_idx < u32(128);
if l_490 {
let l_491 = u32(3) * local_idx;
let l_492 = local_idx + u32(128);
let l_493 = u32(3) * l_492;
let l_494 = shared_memory_484[l_493];
let l_495 = shared_memory_484[l_491];
let l_496 = l_495 + l_494;
shared_memory_484[l_491] = l_496;
let l_497 = u32(3) * local_idx;
let l_498 = l_497 + u32(1);
let l_499 = local_idx + u32(128);
let l_500 = u32(3) * l_499;
let l_501 = l_500 + u32(1);
let l_502 = shared_memory_484[l_501];
let l_503 = shared_memory_484[l_498];
let l_504 = l_503 + l_502;
shared_memory_484[l_498] = l_504;
let l_505 = u32(3) * local_idx;
let l_506 = l_505 + u32(2);
let l_507 = local_idx + u32(128);
let l_508 = u32(3) * l_507;
let l_509 = l_508 + u32(2);
let l_510 = shared_memory_484[l_509];
let l_511 = shared_memory_484[l_506];
let l_512 = l_511 + l_510;
shared_memory_484[l_506] = l_512;
}
workgroupBarrier();
let l_513 = local_idx < u32(64);
if l_513 {
let l_514 = u32(3) * local_idx;
let l_515 = local_idx + u32(64);
let l_516 = u32(3) * l_515;
let l_517 = shared_memory_484[l_516];
let l_518 = shared_memory_484[l_514];
let l_519 = l_518 + l_517;
shared_memory_484[l_514] = l_519;
let l_520 = u32(3) * local_idx;
let l_521 = l_520 + u32(1);
let l_522 = local_idx + u32(64);
let l_523 = u32(3) * l_522;
let l_524 = l_523 + u32(1);
let l_525 = shared_memory_484[l_524];
let l_526 = shared_memory_484[l_521];
let l_527 = l_526 + l_525;
shared_memory_484[l_521] = l_527;
let l_528 = u32(3) * local_idx;
let l_529 = l_528 + u32(2);
let l_530 = local_idx + u32(64);
let l_531 = u32(3) * l_530;
let l_532 = l_531 + u32(2);
let l_533 = shared_memory_484[l_532];
let l_534 = shared_memory_484[l_529];
let l_535 = l_534 + l_533;
shared_memory_484[l_529] = l_535;
}
workgroupBarrier();
let l_536 = local_idx < u32(32);
if l_536 {
let l_537 = u32(3) * local_idx;
let l_538 = local_idx + u32(32);
let l_539 = u32(3) * l_538;
let l_540 = shared_memory_484[l_539];
let l_541 = shared_memory_484[l_537];
let l_542 = l_541 + l_540;
shared_memory_484[l_537] = l_542;
let l_543 = u32(3) * local_idx;
let l_544 = l_543 + u32(1);
let l_545 = local_idx + u32(32);
let l_546 = u32(3) * l_545;
let l_547 = l_546 + u32(1);
let l_548 = shared_memory_484[l_547];
let l_549 = shared_memory_484[l_544];
let l_550 = l_549 + l_548;
shared_memory_484[l_544] = l_550;
let l_551 = u32(3) * local_idx;
let l_552 = l_551 + u32(2);
let l_553 = local_idx + u32(32);
let l_554 = u32(3) * l_553;
let l_555 = l_554 + u32(2);
let l_556 = shared_memory_484[l_555];
let l_557 = shared_memory_484[l_552];
let l_558 = l_557 + l_556;
shared_memory_484[l_552] = l_558;
}
workgroupBarrier();
let l_559 = local_idx < u32(16);
if l_559 {
let l_560 = u32(3) * local_idx;
let l_561 = local_idx + u32(16);
let l_562 = u32(3) * l_561;
let l_563 = shared_memory_484[l_562];
let l_564 = shared_memory_484[l_560];
let l_565 = l_564 + l_563;
shared_memory_484[l_560] = l_565;
let l_566 = u32(3) * local_idx;
let l_567 = l_566 + u32(1);
let l_568 = local_idx + u32(16);
let l_569 = u32(3) * l_568;
let l_570 = l_569 + u32(1);
let l_571 = shared_memory_484[l_570];
let l_572 = shared_memory_484[l_567];
let l_573 = l_572 + l_571;
shared_memory_484[l_567] = l_573;
let l_574 = u32(3) * local_idx;
let l_575 = l_574 + u32(2);
let l_576 = local_idx + u32(16);
let l_577 = u32(3) * l_576;
let l_578 = l_577 + u32(2);
let l_579 = shared_memory_484[l_578];
let l_580 = shared_memory_484[l_575];
let l_581 = l_580 + l_579;
shared_memory_484[l_575] = l_581;
}
workgroupBarrier();
let l_582 = local_idx < u32(8);
if l_582 {
let l_583 = u32(3) * local_idx;
let l_584 = local_idx + u32(8);
let l_585 = u32(3) * l_584;
let l_586 = shared_memory_484[l_585];
let l_587 = shared_memory_484[l_583];
let l_588 = l_587 + l_586;
shared_memory_484[l_583] = l_588;
let l_589 = u32(3) * local_idx;
let l_590 = l_589 + u32(1);
let l_591 = local_idx + u32(8);
let l_592 = u32(3) * l_591;
let l_593 = l_592 + u32(1);
let l_594 = shared_memory_484[l_593];
let l_595 = shared_memory_484[l_590];
let l_596 = l_595 + l_594;
shared_memory_484[l_590] = l_596;
let l_597 = u32(3) * local_idx;
let l_598 = l_597 + u32(2);
let l_599 = local_idx + u32(8);
let l_600 = u32(3) * l_599;
let l_601 = l_600 + u32(2);
let l_602 = shared_memory_484[l_601];
let l_603 = shared_memory_484[l_598];
let l_604 = l_603 + l_602;
shared_memory_484[l_598] = l_604;
}
workgroupBarrier();
let l_605 = local_idx < u32(4);
if l_605 {
let l_606 = u32(3) * local_idx;
let l_607 = local_idx + u32(4);
let l_608 = u32(3) * l_607;
let l_609 = shared_memory_484[l_608];
let l_610 = shared_memory_484[l_606];
let l_611 = l_610 + l_609;
shared_memory_484[l_606] = l_611;
let l_612 = u32(3) * local_idx;
let l_613 = l_612 + u32(1);
let l_614 = local_idx + u32(4);
let l_615 = u32(3) * l_614;
let l_616 = l_615 + u32(1);
let l_617 = shared_memory_484[l_616];
let l_618 = shared_memory_484[l_613];
let l_619 = l_618 + l_617;
shared_memory_484[l_613] = l_619;
let l_620 = u32(3) * local_idx;
let l_621 = l_620 + u32(2);
let l_622 = local_idx + u32(4);
let l_623 = u32(3) * l_622;
let l_624 = l_623 + u32(2);
let l_625 = shared_memory_484[l_624];
let l_626 = shared_memory_484[l_621];
let l_627 = l_626 + l_625;
shared_memory_484[l_621] = l_627;
}
workgroupBarrier();
let l_628 = local_idx < u32(2);
if l_628 {
let l_629 = u32(3) * local_idx;
let l_630 = local_idx + u32(2);
let l_631 = u32(3) * l_630;
let l_632 = shared_memory_484[l_631];
let l_633 = shared_memory_484[l_629];
let l_634 = l_633 + l_632;
shared_memory_484[l_629] = l_634;
let l_635 = u32(3) * local_idx;
let l_636 = l_635 + u32(1);
let l_637 = local_idx + u32(2);
let l_638 = u32(3) * l_637;
let l_639 = l_638 + u32(1);
let l_640 = shared_memory_484[l_639];
let l_641 = shared_memory_484[l_636];
let l_642 = l_641 + l_640;
shared_memory_484[l_636] = l_642;
let l_643 = u32(3) * local_idx;
let l_644 = l_643 + u32(2);
let l_645 = local_idx + u32(2);
let l_646 = u32(3) * l_645;
let l_647 = l_646 + u32(2);
let l_648 = shared_memory_484[l_647];
let l_649 = shared_memory_484[l_644];
let l_650 = l_649 + l_648;
shared_memory_484[l_644] = l_650;
}
workgroupBarrier();
let l_651 = local_idx < u32(1);
if l_651 {
let l_652 = u32(3) * local_idx;
let l_653 = local_idx + u32(1);
let l_654 = u32(3) * l_653;
let l_655 = shared_memory_484[l_654];
let l_656 = shared_memory_484[l_652];
let l_657 = l_656 + l_655;
shared_memory_484[l_652] = l_657;
let l_658 = u32(3) * local_idx;
let l_659 = l_658 + u32(1);
let l_660 = local_idx + u32(1);
let l_661 = u32(3) * l_660;
let l_662 = l_661 + u32(1);
let l_663 = shared_memory_484[l_662];
let l_664 = shared_memory_484[l_659];
let l_665 = l_664 + l_663;
shared_memory_484[l_659] = l_665;
let l_666 = u32(3) * local_idx;
let l_667 = l_666 + u32(2);
let l_668 = local_idx + u32(1);
let l_669 = u32(3) * l_668;
let l_670 = l_669 + u32(2);
let l_671 = shared_memory_484[l_670];
let l_672 = shared_memory_484[l_667];
let l_673 = l_672 + l_671;
shared_memory_484[l_667] = l_673;
}
workgroupBarrier();
let l_674 = local_idx == u32(0);
if l_674 {
let l_675 = shared_memory_484[u32(0)];
let l_676 = &buffer_5_global[l_483];
let l_677 = atomicAdd(l_676, l_675);let l_678 = shared_memory_484[u32(1)];
let l_679 = l_483 + u32(1);
let l_680 = &buffer_5_global[l_679];
let l_681 = atomicAdd(l_680, l_678);let l_682 = shared_memory_484[u32(2)];
let l_683 = l_483 + u32(2);
let l_684 = &buffer_5_global[l_683];
let l_685 = atomicAdd(l_684, l_682);}
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
