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

var<workgroup> shared_memory_638: array<u32, 768>;

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

for (var l_mut_71: u32 = u32(0); l_mut_71 < info.scalars_u32[4]; l_mut_71++) {
let l_72 = l_16 * info.scalars_u32[4];
let l_73 = l_72 + l_mut_71;
let l_74 = buffer_1_global[l_73];
let l_75 = bitcast<f32>(l_74);
let l_76 = is_nan_1_f32(l_75);let l_77 = is_inf_1_f32(l_75);let l_78 = l_76 || l_77;
if l_78 {
let l_79 = u32(4294967295) - l_16;
let l_80 = &buffer_5_global[l_70];
let l_81 = atomicMax(l_80, l_79);}
let l_82 = bitcast<u32>(l_75);
let l_83 = l_82 | u32(2147483648);
l_mut_45 = l_83;
let l_84 = l_82 >> u32(31);
let l_85 = l_84 == u32(1);
if l_85 {
let l_86 = ~l_82;
l_mut_45 = l_86;
}
let l_87 = l_69 * info.scalars_u32[4];
let l_88 = l_87 + l_mut_71;
let l_89 = &buffer_3_global[l_88];
let l_90 = atomicMax(l_89, l_mut_45);}
}
}
}
let l_91 = u32(256) + local_idx;
let l_92 = l_8 + l_91;
let l_93 = l_92 < l_mut_4;
if l_93 {
let l_94 = l_2 * info.scalars_u32[3];
let l_95 = l_94 + l_92;
let l_96 = u32(3) * l_95;
let l_97 = buffer_0_global[l_96];
let l_98 = bitcast<f32>(l_97);
let l_99 = u32(3) * l_95;
let l_100 = l_99 + u32(1);
let l_101 = buffer_0_global[l_100];
let l_102 = bitcast<f32>(l_101);
let l_103 = u32(3) * l_95;
let l_104 = l_103 + u32(2);
let l_105 = buffer_0_global[l_104];
let l_106 = bitcast<f32>(l_105);
let l_107 = l_98 - info.scalars_f32[0];
let l_108 = l_107 * info.scalars_f32[3];
let l_109 = l_102 - info.scalars_f32[1];
let l_110 = l_109 * info.scalars_f32[4];
let l_111 = l_106 - info.scalars_f32[2];
let l_112 = l_111 * info.scalars_f32[5];
let l_113 = l_108 >= f32(0.0);
let l_114 = l_108 < info.scalars_f32[6];
let l_115 = l_113 && l_114;
let l_116 = l_110 >= f32(0.0);
let l_117 = l_115 && l_116;
let l_118 = l_110 < info.scalars_f32[7];
let l_119 = l_117 && l_118;
let l_120 = l_112 >= f32(0.0);
let l_121 = l_119 && l_120;
let l_122 = l_112 < info.scalars_f32[8];
let l_123 = l_121 && l_122;
l_mut_45 = u32(4294967295);
if l_123 {
let l_124 = u32(l_108);
let l_125 = l_124 * info.scalars_u32[0];
let l_126 = u32(l_110);
let l_127 = l_125 + l_126;
let l_128 = l_127 * info.scalars_u32[1];
let l_129 = u32(l_112);
let l_130 = l_128 + l_129;
l_mut_45 = l_130;
} else {
let l_131 = is_nan_1_f32(l_98);let l_132 = is_inf_1_f32(l_98);let l_133 = l_131 || l_132;
let l_134 = is_nan_1_f32(l_102);let l_135 = l_133 || l_134;
let l_136 = is_inf_1_f32(l_102);let l_137 = l_135 || l_136;
let l_138 = is_nan_1_f32(l_106);let l_139 = l_137 || l_138;
let l_140 = is_inf_1_f32(l_106);let l_141 = l_139 || l_140;
let l_142 = !l_141;
let l_143 = !l_142;
if l_143 {
l_mut_45 = u32(4294967294);
}
}
let l_144 = l_mut_45 == u32(4294967294);
if l_144 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_145 = l_mut_45 == u32(4294967295);
if l_145 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_146 = l_2 * info.scalars_u32[2];
let l_147 = l_146 + l_mut_45;
let l_148 = u32(3) * info.scalars_u32[6];

for (var l_mut_149: u32 = u32(0); l_mut_149 < info.scalars_u32[4]; l_mut_149++) {
let l_150 = l_95 * info.scalars_u32[4];
let l_151 = l_150 + l_mut_149;
let l_152 = buffer_1_global[l_151];
let l_153 = bitcast<f32>(l_152);
let l_154 = is_nan_1_f32(l_153);let l_155 = is_inf_1_f32(l_153);let l_156 = l_154 || l_155;
if l_156 {
let l_157 = u32(4294967295) - l_95;
let l_158 = &buffer_5_global[l_148];
let l_159 = atomicMax(l_158, l_157);}
let l_160 = bitcast<u32>(l_153);
let l_161 = l_160 | u32(2147483648);
l_mut_45 = l_161;
let l_162 = l_160 >> u32(31);
let l_163 = l_162 == u32(1);
if l_163 {
let l_164 = ~l_160;
l_mut_45 = l_164;
}
let l_165 = l_147 * info.scalars_u32[4];
let l_166 = l_165 + l_mut_149;
let l_167 = &buffer_3_global[l_166];
let l_168 = atomicMax(l_167, l_mut_45);}
}
}
}
let l_169 = u32(512) + local_idx;
let l_170 = l_8 + l_169;
let l_171 = l_170 < l_mut_4;
if l_171 {
let l_172 = l_2 * info.scalars_u32[3];
let l_173 = l_172 + l_170;
let l_174 = u32(3) * l_173;
let l_175 = buffer_0_global[l_174];
let l_176 = bitcast<f32>(l_175);
let l_177 = u32(3) * l_173;
let l_178 = l_177 + u32(1);
let l_179 = buffer_0_global[l_178];
let l_180 = bitcast<f32>(l_179);
let l_181 = u32(3) * l_173;
let l_182 = l_181 + u32(2);
let l_183 = buffer_0_global[l_182];
let l_184 = bitcast<f32>(l_183);
let l_185 = l_176 - info.scalars_f32[0];
let l_186 = l_185 * info.scalars_f32[3];
let l_187 = l_180 - info.scalars_f32[1];
let l_188 = l_187 * info.scalars_f32[4];
let l_189 = l_184 - info.scalars_f32[2];
let l_190 = l_189 * info.scalars_f32[5];
let l_191 = l_186 >= f32(0.0);
let l_192 = l_186 < info.scalars_f32[6];
let l_193 = l_191 && l_192;
let l_194 = l_188 >= f32(0.0);
let l_195 = l_193 && l_194;
let l_196 = l_188 < info.scalars_f32[7];
let l_197 = l_195 && l_196;
let l_198 = l_190 >= f32(0.0);
let l_199 = l_197 && l_198;
let l_200 = l_190 < info.scalars_f32[8];
let l_201 = l_199 && l_200;
l_mut_45 = u32(4294967295);
if l_201 {
let l_202 = u32(l_186);
let l_203 = l_202 * info.scalars_u32[0];
let l_204 = u32(l_188);
let l_205 = l_203 + l_204;
let l_206 = l_205 * info.scalars_u32[1];
let l_207 = u32(l_190);
let l_208 = l_206 + l_207;
l_mut_45 = l_208;
} else {
let l_209 = is_nan_1_f32(l_176);let l_210 = is_inf_1_f32(l_176);let l_211 = l_209 || l_210;
let l_212 = is_nan_1_f32(l_180);let l_213 = l_211 || l_212;
let l_214 = is_inf_1_f32(l_180);let l_215 = l_213 || l_214;
let l_216 = is_nan_1_f32(l_184);let l_217 = l_215 || l_216;
let l_218 = is_inf_1_f32(l_184);let l_219 = l_217 || l_218;
let l_220 = !l_219;
let l_221 = !l_220;
if l_221 {
l_mut_45 = u32(4294967294);
}
}
let l_222 = l_mut_45 == u32(4294967294);
if l_222 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_223 = l_mut_45 == u32(4294967295);
if l_223 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_224 = l_2 * info.scalars_u32[2];
let l_225 = l_224 + l_mut_45;
let l_226 = u32(3) * info.scalars_u32[6];

for (var l_mut_227: u32 = u32(0); l_mut_227 < info.scalars_u32[4]; l_mut_227++) {
let l_228 = l_173 * info.scalars_u32[4];
let l_229 = l_228 + l_mut_227;
let l_230 = buffer_1_global[l_229];
let l_231 = bitcast<f32>(l_230);
let l_232 = is_nan_1_f32(l_231);let l_233 = is_inf_1_f32(l_231);let l_234 = l_232 || l_233;
if l_234 {
let l_235 = u32(4294967295) - l_173;
let l_236 = &buffer_5_global[l_226];
let l_237 = atomicMax(l_236, l_235);}
let l_238 = bitcast<u32>(l_231);
let l_239 = l_238 | u32(2147483648);
l_mut_45 = l_239;
let l_240 = l_238 >> u32(31);
let l_241 = l_240 == u32(1);
if l_241 {
let l_242 = ~l_238;
l_mut_45 = l_242;
}
let l_243 = l_225 * info.scalars_u32[4];
let l_244 = l_243 + l_mut_227;
let l_245 = &buffer_3_global[l_244];
let l_246 = atomicMax(l_245, l_mut_45);}
}
}
}
let l_247 = u32(768) + local_idx;
let l_248 = l_8 + l_247;
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
l_mut_45 = u32(4294967295);
if l_279 {
let l_280 = u32(l_264);
let l_281 = l_280 * info.scalars_u32[0];
let l_282 = u32(l_266);
let l_283 = l_281 + l_282;
let l_284 = l_283 * info.scalars_u32[1];
let l_285 = u32(l_268);
let l_286 = l_284 + l_285;
l_mut_45 = l_286;
} else {
let l_287 = is_nan_1_f32(l_254);let l_288 = is_inf_1_f32(l_254);let l_289 = l_287 || l_288;
let l_290 = is_nan_1_f32(l_258);let l_291 = l_289 || l_290;
let l_292 = is_inf_1_f32(l_258);let l_293 = l_291 || l_292;
let l_294 = is_nan_1_f32(l_262);let l_295 = l_293 || l_294;
let l_296 = is_inf_1_f32(l_262);let l_297 = l_295 || l_296;
let l_298 = !l_297;
let l_299 = !l_298;
if l_299 {
l_mut_45 = u32(4294967294);
}
}
let l_300 = l_mut_45 == u32(4294967294);
if l_300 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_301 = l_mut_45 == u32(4294967295);
if l_301 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_302 = l_2 * info.scalars_u32[2];
let l_303 = l_302 + l_mut_45;
let l_304 = u32(3) * info.scalars_u32[6];

for (var l_mut_305: u32 = u32(0); l_mut_305 < info.scalars_u32[4]; l_mut_305++) {
let l_306 = l_251 * info.scalars_u32[4];
let l_307 = l_306 + l_mut_305;
let l_308 = buffer_1_global[l_307];
let l_309 = bitcast<f32>(l_308);
let l_310 = is_nan_1_f32(l_309);let l_311 = is_inf_1_f32(l_309);let l_312 = l_310 || l_311;
if l_312 {
let l_313 = u32(4294967295) - l_251;
let l_314 = &buffer_5_global[l_304];
let l_315 = atomicMax(l_314, l_313);}
let l_316 = bitcast<u32>(l_309);
let l_317 = l_316 | u32(2147483648);
l_mut_45 = l_317;
let l_318 = l_316 >> u32(31);
let l_319 = l_318 == u32(1);
if l_319 {
let l_320 = ~l_316;
l_mut_45 = l_320;
}
let l_321 = l_303 * info.scalars_u32[4];
let l_322 = l_321 + l_mut_305;
let l_323 = &buffer_3_global[l_322];
let l_324 = atomicMax(l_323, l_mut_45);}
}
}
}
let l_325 = u32(1024) + local_idx;
let l_326 = l_8 + l_325;
let l_327 = l_326 < l_mut_4;
if l_327 {
let l_328 = l_2 * info.scalars_u32[3];
let l_329 = l_328 + l_326;
let l_330 = u32(3) * l_329;
let l_331 = buffer_0_global[l_330];
let l_332 = bitcast<f32>(l_331);
let l_333 = u32(3) * l_329;
let l_334 = l_333 + u32(1);
let l_335 = buffer_0_global[l_334];
let l_336 = bitcast<f32>(l_335);
let l_337 = u32(3) * l_329;
let l_338 = l_337 + u32(2);
let l_339 = buffer_0_global[l_338];
let l_340 = bitcast<f32>(l_339);
let l_341 = l_332 - info.scalars_f32[0];
let l_342 = l_341 * info.scalars_f32[3];
let l_343 = l_336 - info.scalars_f32[1];
let l_344 = l_343 * info.scalars_f32[4];
let l_345 = l_340 - info.scalars_f32[2];
let l_346 = l_345 * info.scalars_f32[5];
let l_347 = l_342 >= f32(0.0);
let l_348 = l_342 < info.scalars_f32[6];
let l_349 = l_347 && l_348;
let l_350 = l_344 >= f32(0.0);
let l_351 = l_349 && l_350;
let l_352 = l_344 < info.scalars_f32[7];
let l_353 = l_351 && l_352;
let l_354 = l_346 >= f32(0.0);
let l_355 = l_353 && l_354;
let l_356 = l_346 < info.scalars_f32[8];
let l_357 = l_355 && l_356;
l_mut_45 = u32(4294967295);
if l_357 {
let l_358 = u32(l_342);
let l_359 = l_358 * info.scalars_u32[0];
let l_360 = u32(l_344);
let l_361 = l_359 + l_360;
let l_362 = l_361 * info.scalars_u32[1];
let l_363 = u32(l_346);
let l_364 = l_362 + l_363;
l_mut_45 = l_364;
} else {
let l_365 = is_nan_1_f32(l_332);let l_366 = is_inf_1_f32(l_332);let l_367 = l_365 || l_366;
let l_368 = is_nan_1_f32(l_336);let l_369 = l_367 || l_368;
let l_370 = is_inf_1_f32(l_336);let l_371 = l_369 || l_370;
let l_372 = is_nan_1_f32(l_340);let l_373 = l_371 || l_372;
let l_374 = is_inf_1_f32(l_340);let l_375 = l_373 || l_374;
let l_376 = !l_375;
let l_377 = !l_376;
if l_377 {
l_mut_45 = u32(4294967294);
}
}
let l_378 = l_mut_45 == u32(4294967294);
if l_378 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_379 = l_mut_45 == u32(4294967295);
if l_379 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_380 = l_2 * info.scalars_u32[2];
let l_381 = l_380 + l_mut_45;
let l_382 = u32(3) * info.scalars_u32[6];

for (var l_mut_383: u32 = u32(0); l_mut_383 < info.scalars_u32[4]; l_mut_383++) {
let l_384 = l_329 * info.scalars_u32[4];
let l_385 = l_384 + l_mut_383;
let l_386 = buffer_1_global[l_385];
let l_387 = bitcast<f32>(l_386);
let l_388 = is_nan_1_f32(l_387);let l_389 = is_inf_1_f32(l_387);let l_390 = l_388 || l_389;
if l_390 {
let l_391 = u32(4294967295) - l_329;
let l_392 = &buffer_5_global[l_382];
let l_393 = atomicMax(l_392, l_391);}
let l_394 = bitcast<u32>(l_387);
let l_395 = l_394 | u32(2147483648);
l_mut_45 = l_395;
let l_396 = l_394 >> u32(31);
let l_397 = l_396 == u32(1);
if l_397 {
let l_398 = ~l_394;
l_mut_45 = l_398;
}
let l_399 = l_381 * info.scalars_u32[4];
let l_400 = l_399 + l_mut_383;
let l_401 = &buffer_3_global[l_400];
let l_402 = atomicMax(l_401, l_mut_45);}
}
}
}
let l_403 = u32(1280) + local_idx;
let l_404 = l_8 + l_403;
let l_405 = l_404 < l_mut_4;
if l_405 {
let l_406 = l_2 * info.scalars_u32[3];
let l_407 = l_406 + l_404;
let l_408 = u32(3) * l_407;
let l_409 = buffer_0_global[l_408];
let l_410 = bitcast<f32>(l_409);
let l_411 = u32(3) * l_407;
let l_412 = l_411 + u32(1);
let l_413 = buffer_0_global[l_412];
let l_414 = bitcast<f32>(l_413);
let l_415 = u32(3) * l_407;
let l_416 = l_415 + u32(2);
let l_417 = buffer_0_global[l_416];
let l_418 = bitcast<f32>(l_417);
let l_419 = l_410 - info.scalars_f32[0];
let l_420 = l_419 * info.scalars_f32[3];
let l_421 = l_414 - info.scalars_f32[1];
let l_422 = l_421 * info.scalars_f32[4];
let l_423 = l_418 - info.scalars_f32[2];
let l_424 = l_423 * info.scalars_f32[5];
let l_425 = l_420 >= f32(0.0);
let l_426 = l_420 < info.scalars_f32[6];
let l_427 = l_425 && l_426;
let l_428 = l_422 >= f32(0.0);
let l_429 = l_427 && l_428;
let l_430 = l_422 < info.scalars_f32[7];
let l_431 = l_429 && l_430;
let l_432 = l_424 >= f32(0.0);
let l_433 = l_431 && l_432;
let l_434 = l_424 < info.scalars_f32[8];
let l_435 = l_433 && l_434;
l_mut_45 = u32(4294967295);
if l_435 {
let l_436 = u32(l_420);
let l_437 = l_436 * info.scalars_u32[0];
let l_438 = u32(l_422);
let l_439 = l_437 + l_438;
let l_440 = l_439 * info.scalars_u32[1];
let l_441 = u32(l_424);
let l_442 = l_440 + l_441;
l_mut_45 = l_442;
} else {
let l_443 = is_nan_1_f32(l_410);let l_444 = is_inf_1_f32(l_410);let l_445 = l_443 || l_444;
let l_446 = is_nan_1_f32(l_414);let l_447 = l_445 || l_446;
let l_448 = is_inf_1_f32(l_414);let l_449 = l_447 || l_448;
let l_450 = is_nan_1_f32(l_418);let l_451 = l_449 || l_450;
let l_452 = is_inf_1_f32(l_418);let l_453 = l_451 || l_452;
let l_454 = !l_453;
let l_455 = !l_454;
if l_455 {
l_mut_45 = u32(4294967294);
}
}
let l_456 = l_mut_45 == u32(4294967294);
if l_456 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_457 = l_mut_45 == u32(4294967295);
if l_457 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_458 = l_2 * info.scalars_u32[2];
let l_459 = l_458 + l_mut_45;
let l_460 = u32(3) * info.scalars_u32[6];

for (var l_mut_461: u32 = u32(0); l_mut_461 < info.scalars_u32[4]; l_mut_461++) {
let l_462 = l_407 * info.scalars_u32[4];
let l_463 = l_462 + l_mut_461;
let l_464 = buffer_1_global[l_463];
let l_465 = bitcast<f32>(l_464);
let l_466 = is_nan_1_f32(l_465);let l_467 = is_inf_1_f32(l_465);let l_468 = l_466 || l_467;
if l_468 {
let l_469 = u32(4294967295) - l_407;
let l_470 = &buffer_5_global[l_460];
let l_471 = atomicMax(l_470, l_469);}
let l_472 = bitcast<u32>(l_465);
let l_473 = l_472 | u32(2147483648);
l_mut_45 = l_473;
let l_474 = l_472 >> u32(31);
let l_475 = l_474 == u32(1);
if l_475 {
let l_476 = ~l_472;
l_mut_45 = l_476;
}
let l_477 = l_459 * info.scalars_u32[4];
let l_478 = l_477 + l_mut_461;
let l_479 = &buffer_3_global[l_478];
let l_480 = atomicMax(l_479, l_mut_45);}
}
}
}
let l_481 = u32(1536) + local_idx;
let l_482 = l_8 + l_481;
let l_483 = l_482 < l_mut_4;
if l_483 {
let l_484 = l_2 * info.scalars_u32[3];
let l_485 = l_484 + l_482;
let l_486 = u32(3) * l_485;
let l_487 = buffer_0_global[l_486];
let l_488 = bitcast<f32>(l_487);
let l_489 = u32(3) * l_485;
let l_490 = l_489 + u32(1);
let l_491 = buffer_0_global[l_490];
let l_492 = bitcast<f32>(l_491);
let l_493 = u32(3) * l_485;
let l_494 = l_493 + u32(2);
let l_495 = buffer_0_global[l_494];
let l_496 = bitcast<f32>(l_495);
let l_497 = l_488 - info.scalars_f32[0];
let l_498 = l_497 * info.scalars_f32[3];
let l_499 = l_492 - info.scalars_f32[1];
let l_500 = l_499 * info.scalars_f32[4];
let l_501 = l_496 - info.scalars_f32[2];
let l_502 = l_501 * info.scalars_f32[5];
let l_503 = l_498 >= f32(0.0);
let l_504 = l_498 < info.scalars_f32[6];
let l_505 = l_503 && l_504;
let l_506 = l_500 >= f32(0.0);
let l_507 = l_505 && l_506;
let l_508 = l_500 < info.scalars_f32[7];
let l_509 = l_507 && l_508;
let l_510 = l_502 >= f32(0.0);
let l_511 = l_509 && l_510;
let l_512 = l_502 < info.scalars_f32[8];
let l_513 = l_511 && l_512;
l_mut_45 = u32(4294967295);
if l_513 {
let l_514 = u32(l_498);
let l_515 = l_514 * info.scalars_u32[0];
let l_516 = u32(l_500);
let l_517 = l_515 + l_516;
let l_518 = l_517 * info.scalars_u32[1];
let l_519 = u32(l_502);
let l_520 = l_518 + l_519;
l_mut_45 = l_520;
} else {
let l_521 = is_nan_1_f32(l_488);let l_522 = is_inf_1_f32(l_488);let l_523 = l_521 || l_522;
let l_524 = is_nan_1_f32(l_492);let l_525 = l_523 || l_524;
let l_526 = is_inf_1_f32(l_492);let l_527 = l_525 || l_526;
let l_528 = is_nan_1_f32(l_496);let l_529 = l_527 || l_528;
let l_530 = is_inf_1_f32(l_496);let l_531 = l_529 || l_530;
let l_532 = !l_531;
let l_533 = !l_532;
if l_533 {
l_mut_45 = u32(4294967294);
}
}
let l_534 = l_mut_45 == u32(4294967294);
if l_534 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_535 = l_mut_45 == u32(4294967295);
if l_535 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_536 = l_2 * info.scalars_u32[2];
let l_537 = l_536 + l_mut_45;
let l_538 = u32(3) * info.scalars_u32[6];

for (var l_mut_539: u32 = u32(0); l_mut_539 < info.scalars_u32[4]; l_mut_539++) {
let l_540 = l_485 * info.scalars_u32[4];
let l_541 = l_540 + l_mut_539;
let l_542 = buffer_1_global[l_541];
let l_543 = bitcast<f32>(l_542);
let l_544 = is_nan_1_f32(l_543);let l_545 = is_inf_1_f32(l_543);let l_546 = l_544 || l_545;
if l_546 {
let l_547 = u32(4294967295) - l_485;
let l_548 = &buffer_5_global[l_538];
let l_549 = atomicMax(l_548, l_547);}
let l_550 = bitcast<u32>(l_543);
let l_551 = l_550 | u32(2147483648);
l_mut_45 = l_551;
let l_552 = l_550 >> u32(31);
let l_553 = l_552 == u32(1);
if l_553 {
let l_554 = ~l_550;
l_mut_45 = l_554;
}
let l_555 = l_537 * info.scalars_u32[4];
let l_556 = l_555 + l_mut_539;
let l_557 = &buffer_3_global[l_556];
let l_558 = atomicMax(l_557, l_mut_45);}
}
}
}
let l_559 = u32(1792) + local_idx;
let l_560 = l_8 + l_559;
let l_561 = l_560 < l_mut_4;
if l_561 {
let l_562 = l_2 * info.scalars_u32[3];
let l_563 = l_562 + l_560;
let l_564 = u32(3) * l_563;
let l_565 = buffer_0_global[l_564];
let l_566 = bitcast<f32>(l_565);
let l_567 = u32(3) * l_563;
let l_568 = l_567 + u32(1);
let l_569 = buffer_0_global[l_568];
let l_570 = bitcast<f32>(l_569);
let l_571 = u32(3) * l_563;
let l_572 = l_571 + u32(2);
let l_573 = buffer_0_global[l_572];
let l_574 = bitcast<f32>(l_573);
let l_575 = l_566 - info.scalars_f32[0];
let l_576 = l_575 * info.scalars_f32[3];
let l_577 = l_570 - info.scalars_f32[1];
let l_578 = l_577 * info.scalars_f32[4];
let l_579 = l_574 - info.scalars_f32[2];
let l_580 = l_579 * info.scalars_f32[5];
let l_581 = l_576 >= f32(0.0);
let l_582 = l_576 < info.scalars_f32[6];
let l_583 = l_581 && l_582;
let l_584 = l_578 >= f32(0.0);
let l_585 = l_583 && l_584;
let l_586 = l_578 < info.scalars_f32[7];
let l_587 = l_585 && l_586;
let l_588 = l_580 >= f32(0.0);
let l_589 = l_587 && l_588;
let l_590 = l_580 < info.scalars_f32[8];
let l_591 = l_589 && l_590;
l_mut_45 = u32(4294967295);
if l_591 {
let l_592 = u32(l_576);
let l_593 = l_592 * info.scalars_u32[0];
let l_594 = u32(l_578);
let l_595 = l_593 + l_594;
let l_596 = l_595 * info.scalars_u32[1];
let l_597 = u32(l_580);
let l_598 = l_596 + l_597;
l_mut_45 = l_598;
} else {
let l_599 = is_nan_1_f32(l_566);let l_600 = is_inf_1_f32(l_566);let l_601 = l_599 || l_600;
let l_602 = is_nan_1_f32(l_570);let l_603 = l_601 || l_602;
let l_604 = is_inf_1_f32(l_570);let l_605 = l_603 || l_604;
let l_606 = is_nan_1_f32(l_574);let l_607 = l_605 || l_606;
let l_608 = is_inf_1_f32(l_574);let l_609 = l_607 || l_608;
let l_610 = !l_609;
let l_611 = !l_610;
if l_611 {
l_mut_45 = u32(4294967294);
}
}
let l_612 = l_mut_45 == u32(4294967294);
if l_612 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_613 = l_mut_45 == u32(4294967295);
if l_613 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_614 = l_2 * info.scalars_u32[2];
let l_615 = l_614 + l_mut_45;
let l_616 = u32(3) * info.scalars_u32[6];

for (var l_mut_617: u32 = u32(0); l_mut_617 < info.scalars_u32[4]; l_mut_617++) {
let l_618 = l_563 * info.scalars_u32[4];
let l_619 = l_618 + l_mut_617;
let l_620 = buffer_1_global[l_619];
let l_621 = bitcast<f32>(l_620);
let l_622 = is_nan_1_f32(l_621);let l_623 = is_inf_1_f32(l_621);let l_624 = l_622 || l_623;
if l_624 {
let l_625 = u32(4294967295) - l_563;
let l_626 = &buffer_5_global[l_616];
let l_627 = atomicMax(l_626, l_625);}
let l_628 = bitcast<u32>(l_621);
let l_629 = l_628 | u32(2147483648);
l_mut_45 = l_629;
let l_630 = l_628 >> u32(31);
let l_631 = l_630 == u32(1);
if l_631 {
let l_632 = ~l_628;
l_mut_45 = l_632;
}
let l_633 = l_615 * info.scalars_u32[4];
let l_634 = l_633 + l_mut_617;
let l_635 = &buffer_3_global[l_634];
let l_636 = atomicMax(l_635, l_mut_45);}
}
}
}
let l_637 = u32(3) * l_2;
let l_639 = u32(3) * local_idx;
shared_memory_638[l_639] = l_mut_9;
let l_640 = u32(3) * local_idx;
let l_641 = l_640 + u32(1);
shared_memory_638[l_641] = l_mut_10;
let l_642 = u32(3) * local_idx;
let l_643 = l_642 + u32(2);
shared_memory_638[l_643] = l_mut_11;
workgroupBarrier();
let l_644 = local_idx < u32(128);
if l_644 {
let l_645 = u32(3) * local_idx;
let l_646 = local_idx + u32(128);
let l_647 = u32(3) * l_646;
let l_648 = shared_memory_638[l_647];
let l_649 = shared_memory_638[l_645];
let l_650 = l_649 + l_648;
shared_memory_638[l_645] = l_650;
let l_651 = u32(3) * local_idx;
let l_652 = l_651 + u32(1);
let l_653 = local_idx + u32(128);
let l_654 = u32(3) * l_653;
let l_655 = l_654 + u32(1);
let l_656 = shared_memory_638[l_655];
let l_657 = shared_memory_638[l_652];
let l_658 = l_657 + l_656;
shared_memory_638[l_652] = l_658;
let l_659 = u32(3) * local_idx;
let l_660 = l_659 + u32(2);
let l_661 = local_idx + u32(128);
let l_662 = u32(3) * l_661;
let l_663 = l_662 + u32(2);
let l_664 = shared_memory_638[l_663];
let l_665 = shared_memory_638[l_660];
let l_666 = l_665 + l_664;
shared_memory_638[l_660] = l_666;
}
workgroupBarrier();
let l_667 = local_idx < u32(64);
if l_667 {
let l_668 = u32(3) * local_idx;
let l_669 = local_idx + u32(64);
let l_670 = u32(3) * l_669;
let l_671 = shared_memory_638[l_670];
let l_672 = shared_memory_638[l_668];
let l_673 = l_672 + l_671;
shared_memory_638[l_668] = l_673;
let l_674 = u32(3) * local_idx;
let l_675 = l_674 + u32(1);
let l_676 = local_idx + u32(64);
let l_677 = u32(3) * l_676;
let l_678 = l_677 + u32(1);
let l_679 = shared_memory_638[l_678];
let l_680 = shared_memory_638[l_675];
let l_681 = l_680 + l_679;
shared_memory_638[l_675] = l_681;
let l_682 = u32(3) * local_idx;
let l_683 = l_682 + u32(2);
let l_684 = local_idx + u32(64);
let l_685 = u32(3) * l_684;
let l_686 = l_685 + u32(2);
let l_687 = shared_memory_638[l_686];
let l_688 = shared_memory_638[l_683];
let l_689 = l_688 + l_687;
shared_memory_638[l_683] = l_689;
}
workgroupBarrier();
let l_690 = local_idx < u32(32);
if l_690 {
let l_691 = u32(3) * local_idx;
let l_692 = local_idx + u32(32);
let l_693 = u32(3) * l_692;
let l_694 = shared_memory_638[l_693];
let l_695 = shared_memory_638[l_691];
let l_696 = l_695 + l_694;
shared_memory_638[l_691] = l_696;
let l_697 = u32(3) * local_idx;
let l_698 = l_697 + u32(1);
let l_699 = local_idx + u32(32);
let l_700 = u32(3) * l_699;
let l_701 = l_700 + u32(1);
let l_702 = shared_memory_638[l_701];
let l_703 = shared_memory_638[l_698];
let l_704 = l_703 + l_702;
shared_memory_638[l_698] = l_704;
let l_705 = u32(3) * local_idx;
let l_706 = l_705 + u32(2);
let l_707 = local_idx + u32(32);
let l_708 = u32(3) * l_707;
let l_709 = l_708 + u32(2);
let l_710 = shared_memory_638[l_709];
let l_711 = shared_memory_638[l_706];
let l_712 = l_711 + l_710;
shared_memory_638[l_706] = l_712;
}
workgroupBarrier();
let l_713 = local_idx < u32(16);
if l_713 {
let l_714 = u32(3) * local_idx;
let l_715 = local_idx + u32(16);
let l_716 = u32(3) * l_715;
let l_717 = shared_memory_638[l_716];
let l_718 = shared_memory_638[l_714];
let l_719 = l_718 + l_717;
shared_memory_638[l_714] = l_719;
let l_720 = u32(3) * local_idx;
let l_721 = l_720 + u32(1);
let l_722 = local_idx + u32(16);
let l_723 = u32(3) * l_722;
let l_724 = l_723 + u32(1);
let l_725 = shared_memory_638[l_724];
let l_726 = shared_memory_638[l_721];
let l_727 = l_726 + l_725;
shared_memory_638[l_721] = l_727;
let l_728 = u32(3) * local_idx;
let l_729 = l_728 + u32(2);
let l_730 = local_idx + u32(16);
let l_731 = u32(3) * l_730;
let l_732 = l_731 + u32(2);
let l_733 = shared_memory_638[l_732];
let l_734 = shared_memory_638[l_729];
let l_735 = l_734 + l_733;
shared_memory_638[l_729] = l_735;
}
workgroupBarrier();
let l_736 = local_idx < u32(8);
if l_736 {
let l_737 = u32(3) * local_idx;
let l_738 = local_idx + u32(8);
let l_739 = u32(3) * l_738;
let l_740 = shared_memory_638[l_739];
let l_741 = shared_memory_638[l_737];
let l_742 = l_741 + l_740;
shared_memory_638[l_737] = l_742;
let l_743 = u32(3) * local_idx;
let l_744 = l_743 + u32(1);
let l_745 = local_idx + u32(8);
let l_746 = u32(3) * l_745;
let l_747 = l_746 + u32(1);
let l_748 = shared_memory_638[l_747];
let l_749 = shared_memory_638[l_744];
let l_750 = l_749 + l_748;
shared_memory_638[l_744] = l_750;
let l_751 = u32(3) * local_idx;
let l_752 = l_751 + u32(2);
let l_753 = local_idx + u32(8);
let l_754 = u32(3) * l_753;
let l_755 = l_754 + u32(2);
let l_756 = shared_memory_638[l_755];
let l_757 = shared_memory_638[l_752];
let l_758 = l_757 + l_756;
shared_memory_638[l_752] = l_758;
}
workgroupBarrier();
let l_759 = local_idx < u32(4);
if l_759 {
let l_760 = u32(3) * local_idx;
let l_761 = local_idx + u32(4);
let l_762 = u32(3) * l_761;
let l_763 = shared_memory_638[l_762];
let l_764 = shared_memory_638[l_760];
let l_765 = l_764 + l_763;
shared_memory_638[l_760] = l_765;
let l_766 = u32(3) * local_idx;
let l_767 = l_766 + u32(1);
let l_768 = local_idx + u32(4);
let l_769 = u32(3) * l_768;
let l_770 = l_769 + u32(1);
let l_771 = shared_memory_638[l_770];
let l_772 = shared_memory_638[l_767];
let l_773 = l_772 + l_771;
shared_memory_638[l_767] = l_773;
let l_774 = u32(3) * local_idx;
let l_775 = l_774 + u32(2);
let l_776 = local_idx + u32(4);
let l_777 = u32(3) * l_776;
let l_778 = l_777 + u32(2);
let l_779 = shared_memory_638[l_778];
let l_780 = shared_memory_638[l_775];
let l_781 = l_780 + l_779;
shared_memory_638[l_775] = l_781;
}
workgroupBarrier();
let l_782 = local_idx < u32(2);
if l_782 {
let l_783 = u32(3) * local_idx;
let l_784 = local_idx + u32(2);
let l_785 = u32(3) * l_784;
let l_786 = shared_memory_638[l_785];
let l_787 = shared_memory_638[l_783];
let l_788 = l_787 + l_786;
shared_memory_638[l_783] = l_788;
let l_789 = u32(3) * local_idx;
let l_790 = l_789 + u32(1);
let l_791 = local_idx + u32(2);
let l_792 = u32(3) * l_791;
let l_793 = l_792 + u32(1);
let l_794 = shared_memory_638[l_793];
let l_795 = shared_memory_638[l_790];
let l_796 = l_795 + l_794;
shared_memory_638[l_790] = l_796;
let l_797 = u32(3) * local_idx;
let l_798 = l_797 + u32(2);
let l_799 = local_idx + u32(2);
let l_800 = u32(3) * l_799;
let l_801 = l_800 + u32(2);
let l_802 = shared_memory_638[l_801];
let l_803 = shared_memory_638[l_798];
let l_804 = l_803 + l_802;
shared_memory_638[l_798] = l_804;
}
workgroupBarrier();
let l_805 = local_idx < u32(1);
if l_805 {
let l_806 = u32(3) * local_idx;
let l_807 = local_idx + u32(1);
let l_808 = u32(3) * l_807;
let l_809 = shared_memory_638[l_808];
let l_810 = shared_memory_638[l_806];
let l_811 = l_810 + l_809;
shared_memory_638[l_806] = l_811;
let l_812 = u32(3) * local_idx;
let l_813 = l_812 + u32(1);
let l_814 = local_idx + u32(1);
let l_815 = u32(3) * l_814;
let l_816 = l_815 + u32(1);
let l_817 = shared_memory_638[l_816];
let l_818 = shared_memory_638[l_813];
let l_819 = l_818 + l_817;
shared_memory_638[l_813] = l_819;
let l_820 = u32(3) * local_idx;
let l_821 = l_820 + u32(2);
let l_822 = local_idx + u32(1);
let l_823 = u32(3) * l_822;
let l_824 = l_823 + u32(2);
let l_825 = shared_memory_638[l_824];
let l_826 = shared_memory_638[l_821];
let l_827 = l_826 + l_825;
shared_memory_638[l_821] = l_827;
}
workgroupBarrier();
let l_828 = local_idx == u32(0);
if l_828 {
let l_829 = shared_memory_638[u32(0)];
let l_830 = &buffer_5_global[l_637];
let l_831 = atomicAdd(l_830, l_829);let l_832 = shared_memory_638[u32(1)];
let l_833 = l_637 + u32(1);
let l_834 = &buffer_5_global[l_833];
let l_835 = atomicAdd(l_834, l_832);let l_836 = shared_memory_638[u32(2)];
let l_837 = l_637 + u32(2);
let l_838 = &buffer_5_global[l_837];
let l_839 = atomicAdd(l_838, l_836);}
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
