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
var l_mut_7: u32;
var l_mut_8: u32;
var l_mut_9: u32;
var l_mut_43: u32;
var l_mut_83: f32;
var l_mut_90: f32;
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

for (var l_mut_68: u32 = u32(0); l_mut_68 < info.scalars_u32[4]; l_mut_68++) {
let l_69 = l_67 * info.scalars_u32[4];
let l_70 = l_69 + l_mut_68;
let l_71 = l_14 * info.scalars_u32[4];
let l_72 = l_71 + l_mut_68;
let l_73 = buffer_1_global[l_72];
let l_74 = bitcast<f32>(l_73);
let l_75 = &buffer_3_global[l_70];
let l_76 = atomicLoad(l_75);
let l_77 = l_76 >> u32(23);
let l_78 = l_77 & u32(255);
let l_79 = i32(l_78);
let l_80 = l_79 - i32(127);
let l_81 = i32(30) - l_80;
let l_82 = l_81 / i32(2);
l_mut_83 = f32(0.0);
let l_84 = l_82 >= i32(-126);
if l_84 {
let l_85 = l_82 + i32(127);
let l_86 = u32(l_85);
let l_87 = l_86 << u32(23);
let l_88 = bitcast<f32>(l_87);
l_mut_83 = l_88;
}
let l_89 = l_81 - l_82;
l_mut_90 = f32(0.0);
let l_91 = l_89 >= i32(-126);
if l_91 {
let l_92 = l_89 + i32(127);
let l_93 = u32(l_92);
let l_94 = l_93 << u32(23);
let l_95 = bitcast<f32>(l_94);
l_mut_90 = l_95;
}
let l_96 = l_mut_83 * l_mut_90;
let l_97 = l_74 * l_96;
let l_98 = round(l_97);
let l_99 = i32(l_98);
let l_100 = bitcast<u32>(l_99);
l_mut_43 = u32(0);
let l_101 = l_99 < i32(0);
if l_101 {
l_mut_43 = u32(4294967295);
}
let l_102 = u32(2) * l_70;
let l_103 = &buffer_4_global[l_102];
let l_104 = atomicAdd(l_103, l_100);let l_105 = ~l_104;
let l_106 = l_100 > l_105;
if l_106 {
l_mut_43 = l_mut_43 + u32(1);
}
let l_107 = u32(2) * l_70;
let l_108 = l_107 + u32(1);
let l_109 = &buffer_4_global[l_108];
let l_110 = atomicAdd(l_109, l_mut_43);}
}
}
}
let l_111 = u32(256) + local_idx;
let l_112 = l_6 + l_111;
let l_113 = l_112 < l_mut_4;
if l_113 {
let l_114 = l_2 * info.scalars_u32[3];
let l_115 = l_114 + l_112;
let l_116 = u32(3) * l_115;
let l_117 = buffer_0_global[l_116];
let l_118 = bitcast<f32>(l_117);
let l_119 = u32(3) * l_115;
let l_120 = l_119 + u32(1);
let l_121 = buffer_0_global[l_120];
let l_122 = bitcast<f32>(l_121);
let l_123 = u32(3) * l_115;
let l_124 = l_123 + u32(2);
let l_125 = buffer_0_global[l_124];
let l_126 = bitcast<f32>(l_125);
let l_127 = l_118 - info.scalars_f32[0];
let l_128 = l_127 * info.scalars_f32[3];
let l_129 = l_122 - info.scalars_f32[1];
let l_130 = l_129 * info.scalars_f32[4];
let l_131 = l_126 - info.scalars_f32[2];
let l_132 = l_131 * info.scalars_f32[5];
let l_133 = l_128 >= f32(0.0);
let l_134 = l_128 < info.scalars_f32[6];
let l_135 = l_133 && l_134;
let l_136 = l_130 >= f32(0.0);
let l_137 = l_135 && l_136;
let l_138 = l_130 < info.scalars_f32[7];
let l_139 = l_137 && l_138;
let l_140 = l_132 >= f32(0.0);
let l_141 = l_139 && l_140;
let l_142 = l_132 < info.scalars_f32[8];
let l_143 = l_141 && l_142;
l_mut_43 = u32(4294967295);
if l_143 {
let l_144 = u32(l_128);
let l_145 = l_144 * info.scalars_u32[0];
let l_146 = u32(l_130);
let l_147 = l_145 + l_146;
let l_148 = l_147 * info.scalars_u32[1];
let l_149 = u32(l_132);
let l_150 = l_148 + l_149;
l_mut_43 = l_150;
} else {
let l_151 = is_nan_1_f32(l_118);let l_152 = is_inf_1_f32(l_118);let l_153 = l_151 || l_152;
let l_154 = is_nan_1_f32(l_122);let l_155 = l_153 || l_154;
let l_156 = is_inf_1_f32(l_122);let l_157 = l_155 || l_156;
let l_158 = is_nan_1_f32(l_126);let l_159 = l_157 || l_158;
let l_160 = is_inf_1_f32(l_126);let l_161 = l_159 || l_160;
let l_162 = !l_161;
let l_163 = !l_162;
if l_163 {
l_mut_43 = u32(4294967294);
}
}
let l_164 = l_mut_43 == u32(4294967294);
if l_164 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_165 = l_mut_43 == u32(4294967295);
if l_165 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_166 = l_2 * info.scalars_u32[2];
let l_167 = l_166 + l_mut_43;

for (var l_mut_168: u32 = u32(0); l_mut_168 < info.scalars_u32[4]; l_mut_168++) {
let l_169 = l_167 * info.scalars_u32[4];
let l_170 = l_169 + l_mut_168;
let l_171 = l_115 * info.scalars_u32[4];
let l_172 = l_171 + l_mut_168;
let l_173 = buffer_1_global[l_172];
let l_174 = bitcast<f32>(l_173);
let l_175 = &buffer_3_global[l_170];
let l_176 = atomicLoad(l_175);
let l_177 = l_176 >> u32(23);
let l_178 = l_177 & u32(255);
let l_179 = i32(l_178);
let l_180 = l_179 - i32(127);
let l_181 = i32(30) - l_180;
let l_182 = l_181 / i32(2);
l_mut_90 = f32(0.0);
let l_183 = l_182 >= i32(-126);
if l_183 {
let l_184 = l_182 + i32(127);
let l_185 = u32(l_184);
let l_186 = l_185 << u32(23);
let l_187 = bitcast<f32>(l_186);
l_mut_90 = l_187;
}
let l_188 = l_181 - l_182;
l_mut_83 = f32(0.0);
let l_189 = l_188 >= i32(-126);
if l_189 {
let l_190 = l_188 + i32(127);
let l_191 = u32(l_190);
let l_192 = l_191 << u32(23);
let l_193 = bitcast<f32>(l_192);
l_mut_83 = l_193;
}
let l_194 = l_mut_90 * l_mut_83;
let l_195 = l_174 * l_194;
let l_196 = round(l_195);
let l_197 = i32(l_196);
let l_198 = bitcast<u32>(l_197);
l_mut_43 = u32(0);
let l_199 = l_197 < i32(0);
if l_199 {
l_mut_43 = u32(4294967295);
}
let l_200 = u32(2) * l_170;
let l_201 = &buffer_4_global[l_200];
let l_202 = atomicAdd(l_201, l_198);let l_203 = ~l_202;
let l_204 = l_198 > l_203;
if l_204 {
l_mut_43 = l_mut_43 + u32(1);
}
let l_205 = u32(2) * l_170;
let l_206 = l_205 + u32(1);
let l_207 = &buffer_4_global[l_206];
let l_208 = atomicAdd(l_207, l_mut_43);}
}
}
}
let l_209 = u32(512) + local_idx;
let l_210 = l_6 + l_209;
let l_211 = l_210 < l_mut_4;
if l_211 {
let l_212 = l_2 * info.scalars_u32[3];
let l_213 = l_212 + l_210;
let l_214 = u32(3) * l_213;
let l_215 = buffer_0_global[l_214];
let l_216 = bitcast<f32>(l_215);
let l_217 = u32(3) * l_213;
let l_218 = l_217 + u32(1);
let l_219 = buffer_0_global[l_218];
let l_220 = bitcast<f32>(l_219);
let l_221 = u32(3) * l_213;
let l_222 = l_221 + u32(2);
let l_223 = buffer_0_global[l_222];
let l_224 = bitcast<f32>(l_223);
let l_225 = l_216 - info.scalars_f32[0];
let l_226 = l_225 * info.scalars_f32[3];
let l_227 = l_220 - info.scalars_f32[1];
let l_228 = l_227 * info.scalars_f32[4];
let l_229 = l_224 - info.scalars_f32[2];
let l_230 = l_229 * info.scalars_f32[5];
let l_231 = l_226 >= f32(0.0);
let l_232 = l_226 < info.scalars_f32[6];
let l_233 = l_231 && l_232;
let l_234 = l_228 >= f32(0.0);
let l_235 = l_233 && l_234;
let l_236 = l_228 < info.scalars_f32[7];
let l_237 = l_235 && l_236;
let l_238 = l_230 >= f32(0.0);
let l_239 = l_237 && l_238;
let l_240 = l_230 < info.scalars_f32[8];
let l_241 = l_239 && l_240;
l_mut_43 = u32(4294967295);
if l_241 {
let l_242 = u32(l_226);
let l_243 = l_242 * info.scalars_u32[0];
let l_244 = u32(l_228);
let l_245 = l_243 + l_244;
let l_246 = l_245 * info.scalars_u32[1];
let l_247 = u32(l_230);
let l_248 = l_246 + l_247;
l_mut_43 = l_248;
} else {
let l_249 = is_nan_1_f32(l_216);let l_250 = is_inf_1_f32(l_216);let l_251 = l_249 || l_250;
let l_252 = is_nan_1_f32(l_220);let l_253 = l_251 || l_252;
let l_254 = is_inf_1_f32(l_220);let l_255 = l_253 || l_254;
let l_256 = is_nan_1_f32(l_224);let l_257 = l_255 || l_256;
let l_258 = is_inf_1_f32(l_224);let l_259 = l_257 || l_258;
let l_260 = !l_259;
let l_261 = !l_260;
if l_261 {
l_mut_43 = u32(4294967294);
}
}
let l_262 = l_mut_43 == u32(4294967294);
if l_262 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_263 = l_mut_43 == u32(4294967295);
if l_263 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_264 = l_2 * info.scalars_u32[2];
let l_265 = l_264 + l_mut_43;

for (var l_mut_266: u32 = u32(0); l_mut_266 < info.scalars_u32[4]; l_mut_266++) {
let l_267 = l_265 * info.scalars_u32[4];
let l_268 = l_267 + l_mut_266;
let l_269 = l_213 * info.scalars_u32[4];
let l_270 = l_269 + l_mut_266;
let l_271 = buffer_1_global[l_270];
let l_272 = bitcast<f32>(l_271);
let l_273 = &buffer_3_global[l_268];
let l_274 = atomicLoad(l_273);
let l_275 = l_274 >> u32(23);
let l_276 = l_275 & u32(255);
let l_277 = i32(l_276);
let l_278 = l_277 - i32(127);
let l_279 = i32(30) - l_278;
let l_280 = l_279 / i32(2);
l_mut_90 = f32(0.0);
let l_281 = l_280 >= i32(-126);
if l_281 {
let l_282 = l_280 + i32(127);
let l_283 = u32(l_282);
let l_284 = l_283 << u32(23);
let l_285 = bitcast<f32>(l_284);
l_mut_90 = l_285;
}
let l_286 = l_279 - l_280;
l_mut_83 = f32(0.0);
let l_287 = l_286 >= i32(-126);
if l_287 {
let l_288 = l_286 + i32(127);
let l_289 = u32(l_288);
let l_290 = l_289 << u32(23);
let l_291 = bitcast<f32>(l_290);
l_mut_83 = l_291;
}
let l_292 = l_mut_90 * l_mut_83;
let l_293 = l_272 * l_292;
let l_294 = round(l_293);
let l_295 = i32(l_294);
let l_296 = bitcast<u32>(l_295);
l_mut_43 = u32(0);
let l_297 = l_295 < i32(0);
if l_297 {
l_mut_43 = u32(4294967295);
}
let l_298 = u32(2) * l_268;
let l_299 = &buffer_4_global[l_298];
let l_300 = atomicAdd(l_299, l_296);let l_301 = ~l_300;
let l_302 = l_296 > l_301;
if l_302 {
l_mut_43 = l_mut_43 + u32(1);
}
let l_303 = u32(2) * l_268;
let l_304 = l_303 + u32(1);
let l_305 = &buffer_4_global[l_304];
let l_306 = atomicAdd(l_305, l_mut_43);}
}
}
}
let l_307 = u32(768) + local_idx;
let l_308 = l_6 + l_307;
let l_309 = l_308 < l_mut_4;
if l_309 {
let l_310 = l_2 * info.scalars_u32[3];
let l_311 = l_310 + l_308;
let l_312 = u32(3) * l_311;
let l_313 = buffer_0_global[l_312];
let l_314 = bitcast<f32>(l_313);
let l_315 = u32(3) * l_311;
let l_316 = l_315 + u32(1);
let l_317 = buffer_0_global[l_316];
let l_318 = bitcast<f32>(l_317);
let l_319 = u32(3) * l_311;
let l_320 = l_319 + u32(2);
let l_321 = buffer_0_global[l_320];
let l_322 = bitcast<f32>(l_321);
let l_323 = l_314 - info.scalars_f32[0];
let l_324 = l_323 * info.scalars_f32[3];
let l_325 = l_318 - info.scalars_f32[1];
let l_326 = l_325 * info.scalars_f32[4];
let l_327 = l_322 - info.scalars_f32[2];
let l_328 = l_327 * info.scalars_f32[5];
let l_329 = l_324 >= f32(0.0);
let l_330 = l_324 < info.scalars_f32[6];
let l_331 = l_329 && l_330;
let l_332 = l_326 >= f32(0.0);
let l_333 = l_331 && l_332;
let l_334 = l_326 < info.scalars_f32[7];
let l_335 = l_333 && l_334;
let l_336 = l_328 >= f32(0.0);
let l_337 = l_335 && l_336;
let l_338 = l_328 < info.scalars_f32[8];
let l_339 = l_337 && l_338;
l_mut_43 = u32(4294967295);
if l_339 {
let l_340 = u32(l_324);
let l_341 = l_340 * info.scalars_u32[0];
let l_342 = u32(l_326);
let l_343 = l_341 + l_342;
let l_344 = l_343 * info.scalars_u32[1];
let l_345 = u32(l_328);
let l_346 = l_344 + l_345;
l_mut_43 = l_346;
} else {
let l_347 = is_nan_1_f32(l_314);let l_348 = is_inf_1_f32(l_314);let l_349 = l_347 || l_348;
let l_350 = is_nan_1_f32(l_318);let l_351 = l_349 || l_350;
let l_352 = is_inf_1_f32(l_318);let l_353 = l_351 || l_352;
let l_354 = is_nan_1_f32(l_322);let l_355 = l_353 || l_354;
let l_356 = is_inf_1_f32(l_322);let l_357 = l_355 || l_356;
let l_358 = !l_357;
let l_359 = !l_358;
if l_359 {
l_mut_43 = u32(4294967294);
}
}
let l_360 = l_mut_43 == u32(4294967294);
if l_360 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_361 = l_mut_43 == u32(4294967295);
if l_361 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_362 = l_2 * info.scalars_u32[2];
let l_363 = l_362 + l_mut_43;

for (var l_mut_364: u32 = u32(0); l_mut_364 < info.scalars_u32[4]; l_mut_364++) {
let l_365 = l_363 * info.scalars_u32[4];
let l_366 = l_365 + l_mut_364;
let l_367 = l_311 * info.scalars_u32[4];
let l_368 = l_367 + l_mut_364;
let l_369 = buffer_1_global[l_368];
let l_370 = bitcast<f32>(l_369);
let l_371 = &buffer_3_global[l_366];
let l_372 = atomicLoad(l_371);
let l_373 = l_372 >> u32(23);
let l_374 = l_373 & u32(255);
let l_375 = i32(l_374);
let l_376 = l_375 - i32(127);
let l_377 = i32(30) - l_376;
let l_378 = l_377 / i32(2);
l_mut_90 = f32(0.0);
let l_379 = l_378 >= i32(-126);
if l_379 {
let l_380 = l_378 + i32(127);
let l_381 = u32(l_380);
let l_382 = l_381 << u32(23);
let l_383 = bitcast<f32>(l_382);
l_mut_90 = l_383;
}
let l_384 = l_377 - l_378;
l_mut_83 = f32(0.0);
let l_385 = l_384 >= i32(-126);
if l_385 {
let l_386 = l_384 + i32(127);
let l_387 = u32(l_386);
let l_388 = l_387 << u32(23);
let l_389 = bitcast<f32>(l_388);
l_mut_83 = l_389;
}
let l_390 = l_mut_90 * l_mut_83;
let l_391 = l_370 * l_390;
let l_392 = round(l_391);
let l_393 = i32(l_392);
let l_394 = bitcast<u32>(l_393);
l_mut_43 = u32(0);
let l_395 = l_393 < i32(0);
if l_395 {
l_mut_43 = u32(4294967295);
}
let l_396 = u32(2) * l_366;
let l_397 = &buffer_4_global[l_396];
let l_398 = atomicAdd(l_397, l_394);let l_399 = ~l_398;
let l_400 = l_394 > l_399;
if l_400 {
l_mut_43 = l_mut_43 + u32(1);
}
let l_401 = u32(2) * l_366;
let l_402 = l_401 + u32(1);
let l_403 = &buffer_4_global[l_402];
let l_404 = atomicAdd(l_403, l_mut_43);}
}
}
}
let l_405 = u32(1024) + local_idx;
let l_406 = l_6 + l_405;
let l_407 = l_406 < l_mut_4;
if l_407 {
let l_408 = l_2 * info.scalars_u32[3];
let l_409 = l_408 + l_406;
let l_410 = u32(3) * l_409;
let l_411 = buffer_0_global[l_410];
let l_412 = bitcast<f32>(l_411);
let l_413 = u32(3) * l_409;
let l_414 = l_413 + u32(1);
let l_415 = buffer_0_global[l_414];
let l_416 = bitcast<f32>(l_415);
let l_417 = u32(3) * l_409;
let l_418 = l_417 + u32(2);
let l_419 = buffer_0_global[l_418];
let l_420 = bitcast<f32>(l_419);
let l_421 = l_412 - info.scalars_f32[0];
let l_422 = l_421 * info.scalars_f32[3];
let l_423 = l_416 - info.scalars_f32[1];
let l_424 = l_423 * info.scalars_f32[4];
let l_425 = l_420 - info.scalars_f32[2];
let l_426 = l_425 * info.scalars_f32[5];
let l_427 = l_422 >= f32(0.0);
let l_428 = l_422 < info.scalars_f32[6];
let l_429 = l_427 && l_428;
let l_430 = l_424 >= f32(0.0);
let l_431 = l_429 && l_430;
let l_432 = l_424 < info.scalars_f32[7];
let l_433 = l_431 && l_432;
let l_434 = l_426 >= f32(0.0);
let l_435 = l_433 && l_434;
let l_436 = l_426 < info.scalars_f32[8];
let l_437 = l_435 && l_436;
l_mut_43 = u32(4294967295);
if l_437 {
let l_438 = u32(l_422);
let l_439 = l_438 * info.scalars_u32[0];
let l_440 = u32(l_424);
let l_441 = l_439 + l_440;
let l_442 = l_441 * info.scalars_u32[1];
let l_443 = u32(l_426);
let l_444 = l_442 + l_443;
l_mut_43 = l_444;
} else {
let l_445 = is_nan_1_f32(l_412);let l_446 = is_inf_1_f32(l_412);let l_447 = l_445 || l_446;
let l_448 = is_nan_1_f32(l_416);let l_449 = l_447 || l_448;
let l_450 = is_inf_1_f32(l_416);let l_451 = l_449 || l_450;
let l_452 = is_nan_1_f32(l_420);let l_453 = l_451 || l_452;
let l_454 = is_inf_1_f32(l_420);let l_455 = l_453 || l_454;
let l_456 = !l_455;
let l_457 = !l_456;
if l_457 {
l_mut_43 = u32(4294967294);
}
}
let l_458 = l_mut_43 == u32(4294967294);
if l_458 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_459 = l_mut_43 == u32(4294967295);
if l_459 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_460 = l_2 * info.scalars_u32[2];
let l_461 = l_460 + l_mut_43;

for (var l_mut_462: u32 = u32(0); l_mut_462 < info.scalars_u32[4]; l_mut_462++) {
let l_463 = l_461 * info.scalars_u32[4];
let l_464 = l_463 + l_mut_462;
let l_465 = l_409 * info.scalars_u32[4];
let l_466 = l_465 + l_mut_462;
let l_467 = buffer_1_global[l_466];
let l_468 = bitcast<f32>(l_467);
let l_469 = &buffer_3_global[l_464];
let l_470 = atomicLoad(l_469);
let l_471 = l_470 >> u32(23);
let l_472 = l_471 & u32(255);
let l_473 = i32(l_472);
let l_474 = l_473 - i32(127);
let l_475 = i32(30) - l_474;
let l_476 = l_475 / i32(2);
l_mut_90 = f32(0.0);
let l_477 = l_476 >= i32(-126);
if l_477 {
let l_478 = l_476 + i32(127);
let l_479 = u32(l_478);
let l_480 = l_479 << u32(23);
let l_481 = bitcast<f32>(l_480);
l_mut_90 = l_481;
}
let l_482 = l_475 - l_476;
l_mut_83 = f32(0.0);
let l_483 = l_482 >= i32(-126);
if l_483 {
let l_484 = l_482 + i32(127);
let l_485 = u32(l_484);
let l_486 = l_485 << u32(23);
let l_487 = bitcast<f32>(l_486);
l_mut_83 = l_487;
}
let l_488 = l_mut_90 * l_mut_83;
let l_489 = l_468 * l_488;
let l_490 = round(l_489);
let l_491 = i32(l_490);
let l_492 = bitcast<u32>(l_491);
l_mut_43 = u32(0);
let l_493 = l_491 < i32(0);
if l_493 {
l_mut_43 = u32(4294967295);
}
let l_494 = u32(2) * l_464;
let l_495 = &buffer_4_global[l_494];
let l_496 = atomicAdd(l_495, l_492);let l_497 = ~l_496;
let l_498 = l_492 > l_497;
if l_498 {
l_mut_43 = l_mut_43 + u32(1);
}
let l_499 = u32(2) * l_464;
let l_500 = l_499 + u32(1);
let l_501 = &buffer_4_global[l_500];
let l_502 = atomicAdd(l_501, l_mut_43);}
}
}
}
let l_503 = u32(1280) + local_idx;
let l_504 = l_6 + l_503;
let l_505 = l_504 < l_mut_4;
if l_505 {
let l_506 = l_2 * info.scalars_u32[3];
let l_507 = l_506 + l_504;
let l_508 = u32(3) * l_507;
let l_509 = buffer_0_global[l_508];
let l_510 = bitcast<f32>(l_509);
let l_511 = u32(3) * l_507;
let l_512 = l_511 + u32(1);
let l_513 = buffer_0_global[l_512];
let l_514 = bitcast<f32>(l_513);
let l_515 = u32(3) * l_507;
let l_516 = l_515 + u32(2);
let l_517 = buffer_0_global[l_516];
let l_518 = bitcast<f32>(l_517);
let l_519 = l_510 - info.scalars_f32[0];
let l_520 = l_519 * info.scalars_f32[3];
let l_521 = l_514 - info.scalars_f32[1];
let l_522 = l_521 * info.scalars_f32[4];
let l_523 = l_518 - info.scalars_f32[2];
let l_524 = l_523 * info.scalars_f32[5];
let l_525 = l_520 >= f32(0.0);
let l_526 = l_520 < info.scalars_f32[6];
let l_527 = l_525 && l_526;
let l_528 = l_522 >= f32(0.0);
let l_529 = l_527 && l_528;
let l_530 = l_522 < info.scalars_f32[7];
let l_531 = l_529 && l_530;
let l_532 = l_524 >= f32(0.0);
let l_533 = l_531 && l_532;
let l_534 = l_524 < info.scalars_f32[8];
let l_535 = l_533 && l_534;
l_mut_43 = u32(4294967295);
if l_535 {
let l_536 = u32(l_520);
let l_537 = l_536 * info.scalars_u32[0];
let l_538 = u32(l_522);
let l_539 = l_537 + l_538;
let l_540 = l_539 * info.scalars_u32[1];
let l_541 = u32(l_524);
let l_542 = l_540 + l_541;
l_mut_43 = l_542;
} else {
let l_543 = is_nan_1_f32(l_510);let l_544 = is_inf_1_f32(l_510);let l_545 = l_543 || l_544;
let l_546 = is_nan_1_f32(l_514);let l_547 = l_545 || l_546;
let l_548 = is_inf_1_f32(l_514);let l_549 = l_547 || l_548;
let l_550 = is_nan_1_f32(l_518);let l_551 = l_549 || l_550;
let l_552 = is_inf_1_f32(l_518);let l_553 = l_551 || l_552;
let l_554 = !l_553;
let l_555 = !l_554;
if l_555 {
l_mut_43 = u32(4294967294);
}
}
let l_556 = l_mut_43 == u32(4294967294);
if l_556 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_557 = l_mut_43 == u32(4294967295);
if l_557 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_558 = l_2 * info.scalars_u32[2];
let l_559 = l_558 + l_mut_43;

for (var l_mut_560: u32 = u32(0); l_mut_560 < info.scalars_u32[4]; l_mut_560++) {
let l_561 = l_559 * info.scalars_u32[4];
let l_562 = l_561 + l_mut_560;
let l_563 = l_507 * info.scalars_u32[4];
let l_564 = l_563 + l_mut_560;
let l_565 = buffer_1_global[l_564];
let l_566 = bitcast<f32>(l_565);
let l_567 = &buffer_3_global[l_562];
let l_568 = atomicLoad(l_567);
let l_569 = l_568 >> u32(23);
let l_570 = l_569 & u32(255);
let l_571 = i32(l_570);
let l_572 = l_571 - i32(127);
let l_573 = i32(30) - l_572;
let l_574 = l_573 / i32(2);
l_mut_90 = f32(0.0);
let l_575 = l_574 >= i32(-126);
if l_575 {
let l_576 = l_574 + i32(127);
let l_577 = u32(l_576);
let l_578 = l_577 << u32(23);
let l_579 = bitcast<f32>(l_578);
l_mut_90 = l_579;
}
let l_580 = l_573 - l_574;
l_mut_83 = f32(0.0);
let l_581 = l_580 >= i32(-126);
if l_581 {
let l_582 = l_580 + i32(127);
let l_583 = u32(l_582);
let l_584 = l_583 << u32(23);
let l_585 = bitcast<f32>(l_584);
l_mut_83 = l_585;
}
let l_586 = l_mut_90 * l_mut_83;
let l_587 = l_566 * l_586;
let l_588 = round(l_587);
let l_589 = i32(l_588);
let l_590 = bitcast<u32>(l_589);
l_mut_43 = u32(0);
let l_591 = l_589 < i32(0);
if l_591 {
l_mut_43 = u32(4294967295);
}
let l_592 = u32(2) * l_562;
let l_593 = &buffer_4_global[l_592];
let l_594 = atomicAdd(l_593, l_590);let l_595 = ~l_594;
let l_596 = l_590 > l_595;
if l_596 {
l_mut_43 = l_mut_43 + u32(1);
}
let l_597 = u32(2) * l_562;
let l_598 = l_597 + u32(1);
let l_599 = &buffer_4_global[l_598];
let l_600 = atomicAdd(l_599, l_mut_43);}
}
}
}
let l_601 = u32(1536) + local_idx;
let l_602 = l_6 + l_601;
let l_603 = l_602 < l_mut_4;
if l_603 {
let l_604 = l_2 * info.scalars_u32[3];
let l_605 = l_604 + l_602;
let l_606 = u32(3) * l_605;
let l_607 = buffer_0_global[l_606];
let l_608 = bitcast<f32>(l_607);
let l_609 = u32(3) * l_605;
let l_610 = l_609 + u32(1);
let l_611 = buffer_0_global[l_610];
let l_612 = bitcast<f32>(l_611);
let l_613 = u32(3) * l_605;
let l_614 = l_613 + u32(2);
let l_615 = buffer_0_global[l_614];
let l_616 = bitcast<f32>(l_615);
let l_617 = l_608 - info.scalars_f32[0];
let l_618 = l_617 * info.scalars_f32[3];
let l_619 = l_612 - info.scalars_f32[1];
let l_620 = l_619 * info.scalars_f32[4];
let l_621 = l_616 - info.scalars_f32[2];
let l_622 = l_621 * info.scalars_f32[5];
let l_623 = l_618 >= f32(0.0);
let l_624 = l_618 < info.scalars_f32[6];
let l_625 = l_623 && l_624;
let l_626 = l_620 >= f32(0.0);
let l_627 = l_625 && l_626;
let l_628 = l_620 < info.scalars_f32[7];
let l_629 = l_627 && l_628;
let l_630 = l_622 >= f32(0.0);
let l_631 = l_629 && l_630;
let l_632 = l_622 < info.scalars_f32[8];
let l_633 = l_631 && l_632;
l_mut_43 = u32(4294967295);
if l_633 {
let l_634 = u32(l_618);
let l_635 = l_634 * info.scalars_u32[0];
let l_636 = u32(l_620);
let l_637 = l_635 + l_636;
let l_638 = l_637 * info.scalars_u32[1];
let l_639 = u32(l_622);
let l_640 = l_638 + l_639;
l_mut_43 = l_640;
} else {
let l_641 = is_nan_1_f32(l_608);let l_642 = is_inf_1_f32(l_608);let l_643 = l_641 || l_642;
let l_644 = is_nan_1_f32(l_612);let l_645 = l_643 || l_644;
let l_646 = is_inf_1_f32(l_612);let l_647 = l_645 || l_646;
let l_648 = is_nan_1_f32(l_616);let l_649 = l_647 || l_648;
let l_650 = is_inf_1_f32(l_616);let l_651 = l_649 || l_650;
let l_652 = !l_651;
let l_653 = !l_652;
if l_653 {
l_mut_43 = u32(4294967294);
}
}
let l_654 = l_mut_43 == u32(4294967294);
if l_654 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_655 = l_mut_43 == u32(4294967295);
if l_655 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_656 = l_2 * info.scalars_u32[2];
let l_657 = l_656 + l_mut_43;

for (var l_mut_658: u32 = u32(0); l_mut_658 < info.scalars_u32[4]; l_mut_658++) {
let l_659 = l_657 * info.scalars_u32[4];
let l_660 = l_659 + l_mut_658;
let l_661 = l_605 * info.scalars_u32[4];
let l_662 = l_661 + l_mut_658;
let l_663 = buffer_1_global[l_662];
let l_664 = bitcast<f32>(l_663);
let l_665 = &buffer_3_global[l_660];
let l_666 = atomicLoad(l_665);
let l_667 = l_666 >> u32(23);
let l_668 = l_667 & u32(255);
let l_669 = i32(l_668);
let l_670 = l_669 - i32(127);
let l_671 = i32(30) - l_670;
let l_672 = l_671 / i32(2);
l_mut_90 = f32(0.0);
let l_673 = l_672 >= i32(-126);
if l_673 {
let l_674 = l_672 + i32(127);
let l_675 = u32(l_674);
let l_676 = l_675 << u32(23);
let l_677 = bitcast<f32>(l_676);
l_mut_90 = l_677;
}
let l_678 = l_671 - l_672;
l_mut_83 = f32(0.0);
let l_679 = l_678 >= i32(-126);
if l_679 {
let l_680 = l_678 + i32(127);
let l_681 = u32(l_680);
let l_682 = l_681 << u32(23);
let l_683 = bitcast<f32>(l_682);
l_mut_83 = l_683;
}
let l_684 = l_mut_90 * l_mut_83;
let l_685 = l_664 * l_684;
let l_686 = round(l_685);
let l_687 = i32(l_686);
let l_688 = bitcast<u32>(l_687);
l_mut_43 = u32(0);
let l_689 = l_687 < i32(0);
if l_689 {
l_mut_43 = u32(4294967295);
}
let l_690 = u32(2) * l_660;
let l_691 = &buffer_4_global[l_690];
let l_692 = atomicAdd(l_691, l_688);let l_693 = ~l_692;
let l_694 = l_688 > l_693;
if l_694 {
l_mut_43 = l_mut_43 + u32(1);
}
let l_695 = u32(2) * l_660;
let l_696 = l_695 + u32(1);
let l_697 = &buffer_4_global[l_696];
let l_698 = atomicAdd(l_697, l_mut_43);}
}
}
}
let l_699 = u32(1792) + local_idx;
let l_700 = l_6 + l_699;
let l_701 = l_700 < l_mut_4;
if l_701 {
let l_702 = l_2 * info.scalars_u32[3];
let l_703 = l_702 + l_700;
let l_704 = u32(3) * l_703;
let l_705 = buffer_0_global[l_704];
let l_706 = bitcast<f32>(l_705);
let l_707 = u32(3) * l_703;
let l_708 = l_707 + u32(1);
let l_709 = buffer_0_global[l_708];
let l_710 = bitcast<f32>(l_709);
let l_711 = u32(3) * l_703;
let l_712 = l_711 + u32(2);
let l_713 = buffer_0_global[l_712];
let l_714 = bitcast<f32>(l_713);
let l_715 = l_706 - info.scalars_f32[0];
let l_716 = l_715 * info.scalars_f32[3];
let l_717 = l_710 - info.scalars_f32[1];
let l_718 = l_717 * info.scalars_f32[4];
let l_719 = l_714 - info.scalars_f32[2];
let l_720 = l_719 * info.scalars_f32[5];
let l_721 = l_716 >= f32(0.0);
let l_722 = l_716 < info.scalars_f32[6];
let l_723 = l_721 && l_722;
let l_724 = l_718 >= f32(0.0);
let l_725 = l_723 && l_724;
let l_726 = l_718 < info.scalars_f32[7];
let l_727 = l_725 && l_726;
let l_728 = l_720 >= f32(0.0);
let l_729 = l_727 && l_728;
let l_730 = l_720 < info.scalars_f32[8];
let l_731 = l_729 && l_730;
l_mut_43 = u32(4294967295);
if l_731 {
let l_732 = u32(l_716);
let l_733 = l_732 * info.scalars_u32[0];
let l_734 = u32(l_718);
let l_735 = l_733 + l_734;
let l_736 = l_735 * info.scalars_u32[1];
let l_737 = u32(l_720);
let l_738 = l_736 + l_737;
l_mut_43 = l_738;
} else {
let l_739 = is_nan_1_f32(l_706);let l_740 = is_inf_1_f32(l_706);let l_741 = l_739 || l_740;
let l_742 = is_nan_1_f32(l_710);let l_743 = l_741 || l_742;
let l_744 = is_inf_1_f32(l_710);let l_745 = l_743 || l_744;
let l_746 = is_nan_1_f32(l_714);let l_747 = l_745 || l_746;
let l_748 = is_inf_1_f32(l_714);let l_749 = l_747 || l_748;
let l_750 = !l_749;
let l_751 = !l_750;
if l_751 {
l_mut_43 = u32(4294967294);
}
}
let l_752 = l_mut_43 == u32(4294967294);
if l_752 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_753 = l_mut_43 == u32(4294967295);
if l_753 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_754 = l_2 * info.scalars_u32[2];
let l_755 = l_754 + l_mut_43;

for (var l_mut_756: u32 = u32(0); l_mut_756 < info.scalars_u32[4]; l_mut_756++) {
let l_757 = l_755 * info.scalars_u32[4];
let l_758 = l_757 + l_mut_756;
let l_759 = l_703 * info.scalars_u32[4];
let l_760 = l_759 + l_mut_756;
let l_761 = buffer_1_global[l_760];
let l_762 = bitcast<f32>(l_761);
let l_763 = &buffer_3_global[l_758];
let l_764 = atomicLoad(l_763);
let l_765 = l_764 >> u32(23);
let l_766 = l_765 & u32(255);
let l_767 = i32(l_766);
let l_768 = l_767 - i32(127);
let l_769 = i32(30) - l_768;
let l_770 = l_769 / i32(2);
l_mut_90 = f32(0.0);
let l_771 = l_770 >= i32(-126);
if l_771 {
let l_772 = l_770 + i32(127);
let l_773 = u32(l_772);
let l_774 = l_773 << u32(23);
let l_775 = bitcast<f32>(l_774);
l_mut_90 = l_775;
}
let l_776 = l_769 - l_770;
l_mut_83 = f32(0.0);
let l_777 = l_776 >= i32(-126);
if l_777 {
let l_778 = l_776 + i32(127);
let l_779 = u32(l_778);
let l_780 = l_779 << u32(23);
let l_781 = bitcast<f32>(l_780);
l_mut_83 = l_781;
}
let l_782 = l_mut_90 * l_mut_83;
let l_783 = l_762 * l_782;
let l_784 = round(l_783);
let l_785 = i32(l_784);
let l_786 = bitcast<u32>(l_785);
l_mut_43 = u32(0);
let l_787 = l_785 < i32(0);
if l_787 {
l_mut_43 = u32(4294967295);
}
let l_788 = u32(2) * l_758;
let l_789 = &buffer_4_global[l_788];
let l_790 = atomicAdd(l_789, l_786);let l_791 = ~l_790;
let l_792 = l_786 > l_791;
if l_792 {
l_mut_43 = l_mut_43 + u32(1);
}
let l_793 = u32(2) * l_758;
let l_794 = l_793 + u32(1);
let l_795 = &buffer_4_global[l_794];
let l_796 = atomicAdd(l_795, l_mut_43);}
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
