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
var<storage, read_write> buffer_3_global: array<u32>;

@group(0)
@binding(4)
var<storage, read_write> buffer_4_global: array<u32>;

@group(0)
@binding(5)
var<storage, read_write> buffer_5_global: array<u32>;

@group(0)
@binding(6)
var<storage, read_write> buffer_6_global: array<u32>;

@group(0)
@binding(7)
var<storage, read_write> buffer_7_global: array<u32>;

@group(0)
@binding(8)
var<storage, read_write> buffer_8_global: array<u32>;

struct info_st {
   scalars_f32: array<f32, 2>,
   scalars_u32: array<u32, 10>,
   static_meta: array<u32, 18>,
}

@group(0)
@binding(9)
var<storage, read> info: info_st;

var<workgroup> shared_memory_3: array<u32, 128>;

var<workgroup> shared_memory_4: array<u32, 128>;

var<workgroup> shared_memory_5: array<f32, 128>;

var<workgroup> shared_memory_6: array<u32, 128>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn fuse_kernel(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_size_no_axis = WORKGROUP_SIZE_X * WORKGROUP_SIZE_Y * WORKGROUP_SIZE_Z;
var l_mut_8: u32;
var l_mut_23: f32;
var l_mut_24: f32;
var l_mut_25: f32;
var l_mut_40: f32;
var l_mut_47: f32;
var l_mut_93: u32;
var l_mut_104: f32;
var l_mut_119: f32;
var l_mut_126: f32;
var l_mut_180: f32;
var l_mut_195: f32;
var l_mut_202: f32;
var l_mut_247: u32;
var l_mut_248: u32;
var l_mut_622: u32;
var l_mut_726: f32;
var l_mut_1520: u32;
var l_mut_1521: u32;
let l_0 = workgroup_id.y * num_workgroups.x;
let l_1 = l_0 + workgroup_id.x;
let l_2 = l_1 >= info.scalars_u32[9];
if l_2 {
return;
}
let l_7 = l_1 * u32(64);
l_mut_8 = local_idx;
loop {
let l_9 = l_mut_8 < u32(128);
let l_10 = !l_9;
if l_10 {
break;
}
let l_11 = l_mut_8 / u32(2);
let l_12 = l_7 + l_11;
let l_13 = l_mut_8 % u32(2);
let l_14 = l_12 < info.scalars_u32[6];
if l_14 {
let l_15 = l_12 / info.scalars_u32[7];
let l_16 = u32(2) * l_12;
let l_17 = buffer_6_global[l_16];
let l_18 = u32(2) * l_12;
let l_19 = l_18 + u32(1);
let l_20 = buffer_6_global[l_19];
let l_21 = l_20 >> u32(20);
let l_22 = l_21 & u32(2047);
l_mut_23 = f32(0.0);
l_mut_24 = f32(0.0);
l_mut_25 = f32(0.0);
let l_26 = l_22 != u32(0);
if l_26 {
let l_27 = i32(l_22);
let l_28 = l_27 - i32(1023);
let l_29 = l_20 & u32(1048575);
let l_30 = l_29 | u32(1048576);
let l_31 = l_30 << u32(3);
let l_32 = l_17 >> u32(29);
let l_33 = l_31 | l_32;
let l_34 = l_17 >> u32(5);
let l_35 = l_34 & u32(16777215);
let l_36 = l_17 & u32(31);
let l_37 = f32(l_33);
let l_38 = l_28 - i32(23);
let l_39 = l_38 / i32(2);
l_mut_40 = f32(0.0);
let l_41 = l_39 >= i32(-126);
if l_41 {
let l_42 = l_39 + i32(127);
let l_43 = u32(l_42);
let l_44 = l_43 << u32(23);
let l_45 = bitcast<f32>(l_44);
l_mut_40 = l_45;
}
let l_46 = l_38 - l_39;
l_mut_47 = f32(0.0);
let l_48 = l_46 >= i32(-126);
if l_48 {
let l_49 = l_46 + i32(127);
let l_50 = u32(l_49);
let l_51 = l_50 << u32(23);
let l_52 = bitcast<f32>(l_51);
l_mut_47 = l_52;
}
let l_53 = l_mut_40 * l_mut_47;
let l_54 = l_37 * l_53;
l_mut_23 = l_54;
let l_55 = f32(l_35);
let l_56 = l_28 - i32(47);
let l_57 = l_56 / i32(2);
l_mut_47 = f32(0.0);
let l_58 = l_57 >= i32(-126);
if l_58 {
let l_59 = l_57 + i32(127);
let l_60 = u32(l_59);
let l_61 = l_60 << u32(23);
let l_62 = bitcast<f32>(l_61);
l_mut_47 = l_62;
}
let l_63 = l_56 - l_57;
l_mut_40 = f32(0.0);
let l_64 = l_63 >= i32(-126);
if l_64 {
let l_65 = l_63 + i32(127);
let l_66 = u32(l_65);
let l_67 = l_66 << u32(23);
let l_68 = bitcast<f32>(l_67);
l_mut_40 = l_68;
}
let l_69 = l_mut_47 * l_mut_40;
let l_70 = l_55 * l_69;
l_mut_24 = l_70;
let l_71 = f32(l_36);
let l_72 = l_28 - i32(52);
let l_73 = l_72 / i32(2);
l_mut_47 = f32(0.0);
let l_74 = l_73 >= i32(-126);
if l_74 {
let l_75 = l_73 + i32(127);
let l_76 = u32(l_75);
let l_77 = l_76 << u32(23);
let l_78 = bitcast<f32>(l_77);
l_mut_47 = l_78;
}
let l_79 = l_72 - l_73;
l_mut_40 = f32(0.0);
let l_80 = l_79 >= i32(-126);
if l_80 {
let l_81 = l_79 + i32(127);
let l_82 = u32(l_81);
let l_83 = l_82 << u32(23);
let l_84 = bitcast<f32>(l_83);
l_mut_40 = l_84;
}
let l_85 = l_mut_47 * l_mut_40;
let l_86 = l_71 * l_85;
l_mut_25 = l_86;
let l_87 = l_20 >> u32(31);
let l_88 = l_87 == u32(1);
if l_88 {
let l_89 = -l_mut_23;
l_mut_23 = l_89;
let l_90 = -l_mut_24;
l_mut_24 = l_90;
let l_91 = -l_mut_25;
l_mut_25 = l_91;
}
}
let l_92 = l_13 == u32(0);
if l_92 {
l_mut_93 = info.scalars_u32[0];
let l_94 = buffer_4_global[l_15];
let l_95 = clamp(l_94, u32(1), info.scalars_u32[0]);
l_mut_93 = l_95;
let l_96 = l_15 * info.scalars_u32[0];
let l_97 = u32(2) * l_96;
let l_98 = buffer_2_global[l_97];
let l_99 = u32(2) * l_96;
let l_100 = l_99 + u32(1);
let l_101 = buffer_2_global[l_100];
let l_102 = l_101 >> u32(20);
let l_103 = l_102 & u32(2047);
l_mut_47 = f32(0.0);
l_mut_40 = f32(0.0);
l_mut_104 = f32(0.0);
let l_105 = l_103 != u32(0);
if l_105 {
let l_106 = i32(l_103);
let l_107 = l_106 - i32(1023);
let l_108 = l_101 & u32(1048575);
let l_109 = l_108 | u32(1048576);
let l_110 = l_109 << u32(3);
let l_111 = l_98 >> u32(29);
let l_112 = l_110 | l_111;
let l_113 = l_98 >> u32(5);
let l_114 = l_113 & u32(16777215);
let l_115 = l_98 & u32(31);
let l_116 = f32(l_112);
let l_117 = l_107 - i32(23);
let l_118 = l_117 / i32(2);
l_mut_119 = f32(0.0);
let l_120 = l_118 >= i32(-126);
if l_120 {
let l_121 = l_118 + i32(127);
let l_122 = u32(l_121);
let l_123 = l_122 << u32(23);
let l_124 = bitcast<f32>(l_123);
l_mut_119 = l_124;
}
let l_125 = l_117 - l_118;
l_mut_126 = f32(0.0);
let l_127 = l_125 >= i32(-126);
if l_127 {
let l_128 = l_125 + i32(127);
let l_129 = u32(l_128);
let l_130 = l_129 << u32(23);
let l_131 = bitcast<f32>(l_130);
l_mut_126 = l_131;
}
let l_132 = l_mut_119 * l_mut_126;
let l_133 = l_116 * l_132;
l_mut_47 = l_133;
let l_134 = f32(l_114);
let l_135 = l_107 - i32(47);
let l_136 = l_135 / i32(2);
l_mut_126 = f32(0.0);
let l_137 = l_136 >= i32(-126);
if l_137 {
let l_138 = l_136 + i32(127);
let l_139 = u32(l_138);
let l_140 = l_139 << u32(23);
let l_141 = bitcast<f32>(l_140);
l_mut_126 = l_141;
}
let l_142 = l_135 - l_136;
l_mut_119 = f32(0.0);
let l_143 = l_142 >= i32(-126);
if l_143 {
let l_144 = l_142 + i32(127);
let l_145 = u32(l_144);
let l_146 = l_145 << u32(23);
let l_147 = bitcast<f32>(l_146);
l_mut_119 = l_147;
}
let l_148 = l_mut_126 * l_mut_119;
let l_149 = l_134 * l_148;
l_mut_40 = l_149;
let l_150 = f32(l_115);
let l_151 = l_107 - i32(52);
let l_152 = l_151 / i32(2);
l_mut_126 = f32(0.0);
let l_153 = l_152 >= i32(-126);
if l_153 {
let l_154 = l_152 + i32(127);
let l_155 = u32(l_154);
let l_156 = l_155 << u32(23);
let l_157 = bitcast<f32>(l_156);
l_mut_126 = l_157;
}
let l_158 = l_151 - l_152;
l_mut_119 = f32(0.0);
let l_159 = l_158 >= i32(-126);
if l_159 {
let l_160 = l_158 + i32(127);
let l_161 = u32(l_160);
let l_162 = l_161 << u32(23);
let l_163 = bitcast<f32>(l_162);
l_mut_119 = l_163;
}
let l_164 = l_mut_126 * l_mut_119;
let l_165 = l_150 * l_164;
l_mut_104 = l_165;
let l_166 = l_101 >> u32(31);
let l_167 = l_166 == u32(1);
if l_167 {
let l_168 = -l_mut_47;
l_mut_47 = l_168;
let l_169 = -l_mut_40;
l_mut_40 = l_169;
let l_170 = -l_mut_104;
l_mut_104 = l_170;
}
}
let l_171 = l_mut_93 - u32(1);
let l_172 = l_96 + l_171;
let l_173 = u32(2) * l_172;
let l_174 = buffer_2_global[l_173];
let l_175 = u32(2) * l_172;
let l_176 = l_175 + u32(1);
let l_177 = buffer_2_global[l_176];
let l_178 = l_177 >> u32(20);
let l_179 = l_178 & u32(2047);
l_mut_126 = f32(0.0);
l_mut_119 = f32(0.0);
l_mut_180 = f32(0.0);
let l_181 = l_179 != u32(0);
if l_181 {
let l_182 = i32(l_179);
let l_183 = l_182 - i32(1023);
let l_184 = l_177 & u32(1048575);
let l_185 = l_184 | u32(1048576);
let l_186 = l_185 << u32(3);
let l_187 = l_174 >> u32(29);
let l_188 = l_186 | l_187;
let l_189 = l_174 >> u32(5);
let l_190 = l_189 & u32(16777215);
let l_191 = l_174 & u32(31);
let l_192 = f32(l_188);
let l_193 = l_183 - i32(23);
let l_194 = l_193 / i32(2);
l_mut_195 = f32(0.0);
let l_196 = l_194 >= i32(-126);
if l_196 {
let l_197 = l_194 + i32(127);
let l_198 = u32(l_197);
let l_199 = l_198 << u32(23);
let l_200 = bitcast<f32>(l_199);
l_mut_195 = l_200;
}
let l_201 = l_193 - l_194;
l_mut_202 = f32(0.0);
let l_203 = l_201 >= i32(-126);
if l_203 {
let l_204 = l_201 + i32(127);
let l_205 = u32(l_204);
let l_206 = l_205 << u32(23);
let l_207 = bitcast<f32>(l_206);
l_mut_202 = l_207;
}
let l_208 = l_mut_195 * l_mut_202;
let l_209 = l_192 * l_208;
l_mut_126 = l_209;
let l_210 = f32(l_190);
let l_211 = l_183 - i32(47);
let l_212 = l_211 / i32(2);
l_mut_202 = f32(0.0);
let l_213 = l_212 >= i32(-126);
if l_213 {
let l_214 = l_212 + i32(127);
let l_215 = u32(l_214);
let l_216 = l_215 << u32(23);
let l_217 = bitcast<f32>(l_216);
l_mut_202 = l_217;
}
let l_218 = l_211 - l_212;
l_mut_195 = f32(0.0);
let l_219 = l_218 >= i32(-126);
if l_219 {
let l_220 = l_218 + i32(127);
let l_221 = u32(l_220);
let l_222 = l_221 << u32(23);
let l_223 = bitcast<f32>(l_222);
l_mut_195 = l_223;
}
let l_224 = l_mut_202 * l_mut_195;
let l_225 = l_210 * l_224;
l_mut_119 = l_225;
let l_226 = f32(l_191);
let l_227 = l_183 - i32(52);
let l_228 = l_227 / i32(2);
l_mut_202 = f32(0.0);
let l_229 = l_228 >= i32(-126);
if l_229 {
let l_230 = l_228 + i32(127);
let l_231 = u32(l_230);
let l_232 = l_231 << u32(23);
let l_233 = bitcast<f32>(l_232);
l_mut_202 = l_233;
}
let l_234 = l_227 - l_228;
l_mut_195 = f32(0.0);
let l_235 = l_234 >= i32(-126);
if l_235 {
let l_236 = l_234 + i32(127);
let l_237 = u32(l_236);
let l_238 = l_237 << u32(23);
let l_239 = bitcast<f32>(l_238);
l_mut_195 = l_239;
}
let l_240 = l_mut_202 * l_mut_195;
let l_241 = l_226 * l_240;
l_mut_180 = l_241;
let l_242 = l_177 >> u32(31);
let l_243 = l_242 == u32(1);
if l_243 {
let l_244 = -l_mut_126;
l_mut_126 = l_244;
let l_245 = -l_mut_119;
l_mut_119 = l_245;
let l_246 = -l_mut_180;
l_mut_180 = l_246;
}
}
l_mut_247 = u32(0);
l_mut_248 = l_mut_93;
let l_249 = l_mut_47 < l_mut_23;
let l_250 = l_mut_47 == l_mut_23;
let l_251 = l_mut_40 < l_mut_24;
let l_252 = l_mut_40 == l_mut_24;
let l_253 = l_mut_104 <= l_mut_25;
let l_254 = l_252 && l_253;
let l_255 = l_251 || l_254;
let l_256 = l_250 && l_255;
let l_257 = l_249 || l_256;
let l_258 = !l_257;
if l_258 {
l_mut_248 = u32(0);
} else {
let l_259 = l_mut_126 < l_mut_23;
let l_260 = l_mut_126 == l_mut_23;
let l_261 = l_mut_119 < l_mut_24;
let l_262 = l_mut_119 == l_mut_24;
let l_263 = l_mut_180 <= l_mut_25;
let l_264 = l_262 && l_263;
let l_265 = l_261 || l_264;
let l_266 = l_260 && l_265;
let l_267 = l_259 || l_266;
if l_267 {
l_mut_247 = l_mut_93;
} else {
let l_268 = l_mut_126 - l_mut_47;
let l_269 = l_mut_119 - l_mut_40;
let l_270 = l_268 + l_269;
let l_271 = l_mut_180 - l_mut_104;
let l_272 = l_270 + l_271;
let l_273 = l_mut_23 - l_mut_47;
let l_274 = l_mut_24 - l_mut_40;
let l_275 = l_273 + l_274;
let l_276 = l_mut_25 - l_mut_104;
let l_277 = l_275 + l_276;
let l_278 = l_277 / l_272;
let l_279 = l_mut_93 - u32(1);
let l_280 = f32(l_279);
let l_281 = l_278 * l_280;
let l_282 = max(l_281, f32(0.0));
let l_283 = u32(l_282);
let l_284 = l_mut_93 - u32(2);
let l_285 = min(l_283, l_284);
let l_286 = l_96 + l_285;
let l_287 = u32(2) * l_286;
let l_288 = buffer_2_global[l_287];
let l_289 = u32(2) * l_286;
let l_290 = l_289 + u32(1);
let l_291 = buffer_2_global[l_290];
let l_292 = l_291 >> u32(20);
let l_293 = l_292 & u32(2047);
l_mut_202 = f32(0.0);
l_mut_195 = f32(0.0);
l_mut_180 = f32(0.0);
let l_294 = l_293 != u32(0);
if l_294 {
let l_295 = i32(l_293);
let l_296 = l_295 - i32(1023);
let l_297 = l_291 & u32(1048575);
let l_298 = l_297 | u32(1048576);
let l_299 = l_298 << u32(3);
let l_300 = l_288 >> u32(29);
let l_301 = l_299 | l_300;
let l_302 = l_288 >> u32(5);
let l_303 = l_302 & u32(16777215);
let l_304 = l_288 & u32(31);
let l_305 = f32(l_301);
let l_306 = l_296 - i32(23);
let l_307 = l_306 / i32(2);
l_mut_126 = f32(0.0);
let l_308 = l_307 >= i32(-126);
if l_308 {
let l_309 = l_307 + i32(127);
let l_310 = u32(l_309);
let l_311 = l_310 << u32(23);
let l_312 = bitcast<f32>(l_311);
l_mut_126 = l_312;
}
let l_313 = l_306 - l_307;
l_mut_119 = f32(0.0);
let l_314 = l_313 >= i32(-126);
if l_314 {
let l_315 = l_313 + i32(127);
let l_316 = u32(l_315);
let l_317 = l_316 << u32(23);
let l_318 = bitcast<f32>(l_317);
l_mut_119 = l_318;
}
let l_319 = l_mut_126 * l_mut_119;
let l_320 = l_305 * l_319;
l_mut_202 = l_320;
let l_321 = f32(l_303);
let l_322 = l_296 - i32(47);
let l_323 = l_322 / i32(2);
l_mut_126 = f32(0.0);
let l_324 = l_323 >= i32(-126);
if l_324 {
let l_325 = l_323 + i32(127);
let l_326 = u32(l_325);
let l_327 = l_326 << u32(23);
let l_328 = bitcast<f32>(l_327);
l_mut_126 = l_328;
}
let l_329 = l_322 - l_323;
l_mut_119 = f32(0.0);
let l_330 = l_329 >= i32(-126);
if l_330 {
let l_331 = l_329 + i32(127);
let l_332 = u32(l_331);
let l_333 = l_332 << u32(23);
let l_334 = bitcast<f32>(l_333);
l_mut_119 = l_334;
}
let l_335 = l_mut_126 * l_mut_119;
let l_336 = l_321 * l_335;
l_mut_195 = l_336;
let l_337 = f32(l_304);
let l_338 = l_296 - i32(52);
let l_339 = l_338 / i32(2);
l_mut_126 = f32(0.0);
let l_340 = l_339 >= i32(-126);
if l_340 {
let l_341 = l_339 + i32(127);
let l_342 = u32(l_341);
let l_343 = l_342 << u32(23);
let l_344 = bitcast<f32>(l_343);
l_mut_126 = l_344;
}
let l_345 = l_338 - l_339;
l_mut_119 = f32(0.0);
let l_346 = l_345 >= i32(-126);
if l_346 {
let l_347 = l_345 + i32(127);
let l_348 = u32(l_347);
let l_349 = l_348 << u32(23);
let l_350 = bitcast<f32>(l_349);
l_mut_119 = l_350;
}
let l_351 = l_mut_126 * l_mut_119;
let l_352 = l_337 * l_351;
l_mut_180 = l_352;
let l_353 = l_291 >> u32(31);
let l_354 = l_353 == u32(1);
if l_354 {
let l_355 = -l_mut_202;
l_mut_202 = l_355;
let l_356 = -l_mut_195;
l_mut_195 = l_356;
let l_357 = -l_mut_180;
l_mut_180 = l_357;
}
}
let l_358 = l_mut_202 < l_mut_23;
let l_359 = l_mut_202 == l_mut_23;
let l_360 = l_mut_195 < l_mut_24;
let l_361 = l_mut_195 == l_mut_24;
let l_362 = l_mut_180 <= l_mut_25;
let l_363 = l_361 && l_362;
let l_364 = l_360 || l_363;
let l_365 = l_359 && l_364;
let l_366 = l_358 || l_365;
if l_366 {
let l_367 = l_285 + u32(1);
l_mut_247 = l_367;
let l_368 = l_285 + u32(1);
let l_369 = l_96 + l_368;
let l_370 = u32(2) * l_369;
let l_371 = buffer_2_global[l_370];
let l_372 = u32(2) * l_369;
let l_373 = l_372 + u32(1);
let l_374 = buffer_2_global[l_373];
let l_375 = l_374 >> u32(20);
let l_376 = l_375 & u32(2047);
l_mut_202 = f32(0.0);
l_mut_195 = f32(0.0);
l_mut_180 = f32(0.0);
let l_377 = l_376 != u32(0);
if l_377 {
let l_378 = i32(l_376);
let l_379 = l_378 - i32(1023);
let l_380 = l_374 & u32(1048575);
let l_381 = l_380 | u32(1048576);
let l_382 = l_381 << u32(3);
let l_383 = l_371 >> u32(29);
let l_384 = l_382 | l_383;
let l_385 = l_371 >> u32(5);
let l_386 = l_385 & u32(16777215);
let l_387 = l_371 & u32(31);
let l_388 = f32(l_384);
let l_389 = l_379 - i32(23);
let l_390 = l_389 / i32(2);
l_mut_126 = f32(0.0);
let l_391 = l_390 >= i32(-126);
if l_391 {
let l_392 = l_390 + i32(127);
let l_393 = u32(l_392);
let l_394 = l_393 << u32(23);
let l_395 = bitcast<f32>(l_394);
l_mut_126 = l_395;
}
let l_396 = l_389 - l_390;
l_mut_119 = f32(0.0);
let l_397 = l_396 >= i32(-126);
if l_397 {
let l_398 = l_396 + i32(127);
let l_399 = u32(l_398);
let l_400 = l_399 << u32(23);
let l_401 = bitcast<f32>(l_400);
l_mut_119 = l_401;
}
let l_402 = l_mut_126 * l_mut_119;
let l_403 = l_388 * l_402;
l_mut_202 = l_403;
let l_404 = f32(l_386);
let l_405 = l_379 - i32(47);
let l_406 = l_405 / i32(2);
l_mut_126 = f32(0.0);
let l_407 = l_406 >= i32(-126);
if l_407 {
let l_408 = l_406 + i32(127);
let l_409 = u32(l_408);
let l_410 = l_409 << u32(23);
let l_411 = bitcast<f32>(l_410);
l_mut_126 = l_411;
}
let l_412 = l_405 - l_406;
l_mut_119 = f32(0.0);
let l_413 = l_412 >= i32(-126);
if l_413 {
let l_414 = l_412 + i32(127);
let l_415 = u32(l_414);
let l_416 = l_415 << u32(23);
let l_417 = bitcast<f32>(l_416);
l_mut_119 = l_417;
}
let l_418 = l_mut_126 * l_mut_119;
let l_419 = l_404 * l_418;
l_mut_195 = l_419;
let l_420 = f32(l_387);
let l_421 = l_379 - i32(52);
let l_422 = l_421 / i32(2);
l_mut_126 = f32(0.0);
let l_423 = l_422 >= i32(-126);
if l_423 {
let l_424 = l_422 + i32(127);
let l_425 = u32(l_424);
let l_426 = l_425 << u32(23);
let l_427 = bitcast<f32>(l_426);
l_mut_126 = l_427;
}
let l_428 = l_421 - l_422;
l_mut_119 = f32(0.0);
let l_429 = l_428 >= i32(-126);
if l_429 {
let l_430 = l_428 + i32(127);
let l_431 = u32(l_430);
let l_432 = l_431 << u32(23);
let l_433 = bitcast<f32>(l_432);
l_mut_119 = l_433;
}
let l_434 = l_mut_126 * l_mut_119;
let l_435 = l_420 * l_434;
l_mut_180 = l_435;
let l_436 = l_374 >> u32(31);
let l_437 = l_436 == u32(1);
if l_437 {
let l_438 = -l_mut_202;
l_mut_202 = l_438;
let l_439 = -l_mut_195;
l_mut_195 = l_439;
let l_440 = -l_mut_180;
l_mut_180 = l_440;
}
}
let l_441 = l_mut_202 < l_mut_23;
let l_442 = l_mut_202 == l_mut_23;
let l_443 = l_mut_195 < l_mut_24;
let l_444 = l_mut_195 == l_mut_24;
let l_445 = l_mut_180 <= l_mut_25;
let l_446 = l_444 && l_445;
let l_447 = l_443 || l_446;
let l_448 = l_442 && l_447;
let l_449 = l_441 || l_448;
let l_450 = !l_449;
if l_450 {
let l_451 = l_285 + u32(1);
l_mut_248 = l_451;
}
} else {
l_mut_247 = u32(1);
l_mut_248 = l_285;
}
}
}
loop {
let l_452 = l_mut_247 < l_mut_248;
let l_453 = !l_452;
if l_453 {
break;
}
let l_454 = l_mut_247 + l_mut_248;
let l_455 = l_454 / u32(2);
let l_456 = l_96 + l_455;
let l_457 = u32(2) * l_456;
let l_458 = buffer_2_global[l_457];
let l_459 = u32(2) * l_456;
let l_460 = l_459 + u32(1);
let l_461 = buffer_2_global[l_460];
let l_462 = l_461 >> u32(20);
let l_463 = l_462 & u32(2047);
l_mut_202 = f32(0.0);
l_mut_195 = f32(0.0);
l_mut_180 = f32(0.0);
let l_464 = l_463 != u32(0);
if l_464 {
let l_465 = i32(l_463);
let l_466 = l_465 - i32(1023);
let l_467 = l_461 & u32(1048575);
let l_468 = l_467 | u32(1048576);
let l_469 = l_468 << u32(3);
let l_470 = l_458 >> u32(29);
let l_471 = l_469 | l_470;
let l_472 = l_458 >> u32(5);
let l_473 = l_472 & u32(16777215);
let l_474 = l_458 & u32(31);
let l_475 = f32(l_471);
let l_476 = l_466 - i32(23);
let l_477 = l_476 / i32(2);
l_mut_126 = f32(0.0);
let l_478 = l_477 >= i32(-126);
if l_478 {
let l_479 = l_477 + i32(127);
let l_480 = u32(l_479);
let l_481 = l_480 << u32(23);
let l_482 = bitcast<f32>(l_481);
l_mut_126 = l_482;
}
let l_483 = l_476 - l_477;
l_mut_119 = f32(0.0);
let l_484 = l_483 >= i32(-126);
if l_484 {
let l_485 = l_483 + i32(127);
let l_486 = u32(l_485);
let l_487 = l_486 << u32(23);
let l_488 = bitcast<f32>(l_487);
l_mut_119 = l_488;
}
let l_489 = l_mut_126 * l_mut_119;
let l_490 = l_475 * l_489;
l_mut_202 = l_490;
let l_491 = f32(l_473);
let l_492 = l_466 - i32(47);
let l_493 = l_492 / i32(2);
l_mut_126 = f32(0.0);
let l_494 = l_493 >= i32(-126);
if l_494 {
let l_495 = l_493 + i32(127);
let l_496 = u32(l_495);
let l_497 = l_496 << u32(23);
let l_498 = bitcast<f32>(l_497);
l_mut_126 = l_498;
}
let l_499 = l_492 - l_493;
l_mut_119 = f32(0.0);
let l_500 = l_499 >= i32(-126);
if l_500 {
let l_501 = l_499 + i32(127);
let l_502 = u32(l_501);
let l_503 = l_502 << u32(23);
let l_504 = bitcast<f32>(l_503);
l_mut_119 = l_504;
}
let l_505 = l_mut_126 * l_mut_119;
let l_506 = l_491 * l_505;
l_mut_195 = l_506;
let l_507 = f32(l_474);
let l_508 = l_466 - i32(52);
let l_509 = l_508 / i32(2);
l_mut_126 = f32(0.0);
let l_510 = l_509 >= i32(-126);
if l_510 {
let l_511 = l_509 + i32(127);
let l_512 = u32(l_511);
let l_513 = l_512 << u32(23);
let l_514 = bitcast<f32>(l_513);
l_mut_126 = l_514;
}
let l_515 = l_508 - l_509;
l_mut_119 = f32(0.0);
let l_516 = l_515 >= i32(-126);
if l_516 {
let l_517 = l_515 + i32(127);
let l_518 = u32(l_517);
let l_519 = l_518 << u32(23);
let l_520 = bitcast<f32>(l_519);
l_mut_119 = l_520;
}
let l_521 = l_mut_126 * l_mut_119;
let l_522 = l_507 * l_521;
l_mut_180 = l_522;
let l_523 = l_461 >> u32(31);
let l_524 = l_523 == u32(1);
if l_524 {
let l_525 = -l_mut_202;
l_mut_202 = l_525;
let l_526 = -l_mut_195;
l_mut_195 = l_526;
let l_527 = -l_mut_180;
l_mut_180 = l_527;
}
}
let l_528 = l_mut_202 < l_mut_23;
let l_529 = l_mut_202 == l_mut_23;
let l_530 = l_mut_195 < l_mut_24;
let l_531 = l_mut_195 == l_mut_24;
let l_532 = l_mut_180 <= l_mut_25;
let l_533 = l_531 && l_532;
let l_534 = l_530 || l_533;
let l_535 = l_529 && l_534;
let l_536 = l_528 || l_535;
if l_536 {
let l_537 = l_455 + u32(1);
l_mut_247 = l_537;
} else {
l_mut_248 = l_455;
}
}
let l_538 = l_mut_93 - u32(1);
l_mut_248 = u32(0);
let l_539 = l_mut_247 > u32(0);
let l_540 = l_96 + l_538;
let l_541 = u32(2) * l_540;
let l_542 = buffer_2_global[l_541];
let l_543 = u32(2) * l_540;
let l_544 = l_543 + u32(1);
let l_545 = buffer_2_global[l_544];
let l_546 = l_545 >> u32(20);
let l_547 = l_546 & u32(2047);
l_mut_202 = f32(0.0);
l_mut_195 = f32(0.0);
l_mut_180 = f32(0.0);
let l_548 = l_547 != u32(0);
if l_548 {
let l_549 = i32(l_547);
let l_550 = l_549 - i32(1023);
let l_551 = l_545 & u32(1048575);
let l_552 = l_551 | u32(1048576);
let l_553 = l_552 << u32(3);
let l_554 = l_542 >> u32(29);
let l_555 = l_553 | l_554;
let l_556 = l_542 >> u32(5);
let l_557 = l_556 & u32(16777215);
let l_558 = l_542 & u32(31);
let l_559 = f32(l_555);
let l_560 = l_550 - i32(23);
let l_561 = l_560 / i32(2);
l_mut_126 = f32(0.0);
let l_562 = l_561 >= i32(-126);
if l_562 {
let l_563 = l_561 + i32(127);
let l_564 = u32(l_563);
let l_565 = l_564 << u32(23);
let l_566 = bitcast<f32>(l_565);
l_mut_126 = l_566;
}
let l_567 = l_560 - l_561;
l_mut_119 = f32(0.0);
let l_568 = l_567 >= i32(-126);
if l_568 {
let l_569 = l_567 + i32(127);
let l_570 = u32(l_569);
let l_571 = l_570 << u32(23);
let l_572 = bitcast<f32>(l_571);
l_mut_119 = l_572;
}
let l_573 = l_mut_126 * l_mut_119;
let l_574 = l_559 * l_573;
l_mut_202 = l_574;
let l_575 = f32(l_557);
let l_576 = l_550 - i32(47);
let l_577 = l_576 / i32(2);
l_mut_126 = f32(0.0);
let l_578 = l_577 >= i32(-126);
if l_578 {
let l_579 = l_577 + i32(127);
let l_580 = u32(l_579);
let l_581 = l_580 << u32(23);
let l_582 = bitcast<f32>(l_581);
l_mut_126 = l_582;
}
let l_583 = l_576 - l_577;
l_mut_119 = f32(0.0);
let l_584 = l_583 >= i32(-126);
if l_584 {
let l_585 = l_583 + i32(127);
let l_586 = u32(l_585);
let l_587 = l_586 << u32(23);
let l_588 = bitcast<f32>(l_587);
l_mut_119 = l_588;
}
let l_589 = l_mut_126 * l_mut_119;
let l_590 = l_575 * l_589;
l_mut_195 = l_590;
let l_591 = f32(l_558);
let l_592 = l_550 - i32(52);
let l_593 = l_592 / i32(2);
l_mut_126 = f32(0.0);
let l_594 = l_593 >= i32(-126);
if l_594 {
let l_595 = l_593 + i32(127);
let l_596 = u32(l_595);
let l_597 = l_596 << u32(23);
let l_598 = bitcast<f32>(l_597);
l_mut_126 = l_598;
}
let l_599 = l_592 - l_593;
l_mut_119 = f32(0.0);
let l_600 = l_599 >= i32(-126);
if l_600 {
let l_601 = l_599 + i32(127);
let l_602 = u32(l_601);
let l_603 = l_602 << u32(23);
let l_604 = bitcast<f32>(l_603);
l_mut_119 = l_604;
}
let l_605 = l_mut_126 * l_mut_119;
let l_606 = l_591 * l_605;
l_mut_180 = l_606;
let l_607 = l_545 >> u32(31);
let l_608 = l_607 == u32(1);
if l_608 {
let l_609 = -l_mut_202;
l_mut_202 = l_609;
let l_610 = -l_mut_195;
l_mut_195 = l_610;
let l_611 = -l_mut_180;
l_mut_180 = l_611;
}
}
let l_612 = l_mut_23 < l_mut_202;
let l_613 = l_mut_23 == l_mut_202;
let l_614 = l_mut_24 < l_mut_195;
let l_615 = l_mut_24 == l_mut_195;
let l_616 = l_mut_25 <= l_mut_180;
let l_617 = l_615 && l_616;
let l_618 = l_614 || l_617;
let l_619 = l_613 && l_618;
let l_620 = l_612 || l_619;
let l_621 = l_539 && l_620;
if l_621 {
l_mut_248 = u32(1);
}
l_mut_93 = u32(0);
l_mut_622 = u32(0);
l_mut_202 = f32(0.0);
let l_623 = l_mut_247 > u32(0);
if l_623 {
let l_624 = l_mut_247 - u32(1);
l_mut_93 = l_624;
l_mut_622 = l_624;
let l_625 = l_mut_247 > l_538;
if l_625 {
l_mut_93 = l_538;
l_mut_622 = l_mut_93;
} else {
let l_626 = l_96 + l_624;
let l_627 = u32(2) * l_626;
let l_628 = buffer_2_global[l_627];
let l_629 = u32(2) * l_626;
let l_630 = l_629 + u32(1);
let l_631 = buffer_2_global[l_630];
let l_632 = l_631 >> u32(20);
let l_633 = l_632 & u32(2047);
l_mut_195 = f32(0.0);
l_mut_180 = f32(0.0);
l_mut_126 = f32(0.0);
let l_634 = l_633 != u32(0);
if l_634 {
let l_635 = i32(l_633);
let l_636 = l_635 - i32(1023);
let l_637 = l_631 & u32(1048575);
let l_638 = l_637 | u32(1048576);
let l_639 = l_638 << u32(3);
let l_640 = l_628 >> u32(29);
let l_641 = l_639 | l_640;
let l_642 = l_628 >> u32(5);
let l_643 = l_642 & u32(16777215);
let l_644 = l_628 & u32(31);
let l_645 = f32(l_641);
let l_646 = l_636 - i32(23);
let l_647 = l_646 / i32(2);
l_mut_119 = f32(0.0);
let l_648 = l_647 >= i32(-126);
if l_648 {
let l_649 = l_647 + i32(127);
let l_650 = u32(l_649);
let l_651 = l_650 << u32(23);
let l_652 = bitcast<f32>(l_651);
l_mut_119 = l_652;
}
let l_653 = l_646 - l_647;
l_mut_104 = f32(0.0);
let l_654 = l_653 >= i32(-126);
if l_654 {
let l_655 = l_653 + i32(127);
let l_656 = u32(l_655);
let l_657 = l_656 << u32(23);
let l_658 = bitcast<f32>(l_657);
l_mut_104 = l_658;
}
let l_659 = l_mut_119 * l_mut_104;
let l_660 = l_645 * l_659;
l_mut_195 = l_660;
let l_661 = f32(l_643);
let l_662 = l_636 - i32(47);
let l_663 = l_662 / i32(2);
l_mut_119 = f32(0.0);
let l_664 = l_663 >= i32(-126);
if l_664 {
let l_665 = l_663 + i32(127);
let l_666 = u32(l_665);
let l_667 = l_666 << u32(23);
let l_668 = bitcast<f32>(l_667);
l_mut_119 = l_668;
}
let l_669 = l_662 - l_663;
l_mut_104 = f32(0.0);
let l_670 = l_669 >= i32(-126);
if l_670 {
let l_671 = l_669 + i32(127);
let l_672 = u32(l_671);
let l_673 = l_672 << u32(23);
let l_674 = bitcast<f32>(l_673);
l_mut_104 = l_674;
}
let l_675 = l_mut_119 * l_mut_104;
let l_676 = l_661 * l_675;
l_mut_180 = l_676;
let l_677 = f32(l_644);
let l_678 = l_636 - i32(52);
let l_679 = l_678 / i32(2);
l_mut_119 = f32(0.0);
let l_680 = l_679 >= i32(-126);
if l_680 {
let l_681 = l_679 + i32(127);
let l_682 = u32(l_681);
let l_683 = l_682 << u32(23);
let l_684 = bitcast<f32>(l_683);
l_mut_119 = l_684;
}
let l_685 = l_678 - l_679;
l_mut_104 = f32(0.0);
let l_686 = l_685 >= i32(-126);
if l_686 {
let l_687 = l_685 + i32(127);
let l_688 = u32(l_687);
let l_689 = l_688 << u32(23);
let l_690 = bitcast<f32>(l_689);
l_mut_104 = l_690;
}
let l_691 = l_mut_119 * l_mut_104;
let l_692 = l_677 * l_691;
l_mut_126 = l_692;
let l_693 = l_631 >> u32(31);
let l_694 = l_693 == u32(1);
if l_694 {
let l_695 = -l_mut_195;
l_mut_195 = l_695;
let l_696 = -l_mut_180;
l_mut_180 = l_696;
let l_697 = -l_mut_126;
l_mut_126 = l_697;
}
}
let l_698 = l_96 + l_mut_247;
let l_699 = u32(2) * l_698;
let l_700 = buffer_2_global[l_699];
let l_701 = u32(2) * l_698;
let l_702 = l_701 + u32(1);
let l_703 = buffer_2_global[l_702];
let l_704 = l_703 >> u32(20);
let l_705 = l_704 & u32(2047);
l_mut_119 = f32(0.0);
l_mut_104 = f32(0.0);
l_mut_47 = f32(0.0);
let l_706 = l_705 != u32(0);
if l_706 {
let l_707 = i32(l_705);
let l_708 = l_707 - i32(1023);
let l_709 = l_703 & u32(1048575);
let l_710 = l_709 | u32(1048576);
let l_711 = l_710 << u32(3);
let l_712 = l_700 >> u32(29);
let l_713 = l_711 | l_712;
let l_714 = l_700 >> u32(5);
let l_715 = l_714 & u32(16777215);
let l_716 = l_700 & u32(31);
let l_717 = f32(l_713);
let l_718 = l_708 - i32(23);
let l_719 = l_718 / i32(2);
l_mut_40 = f32(0.0);
let l_720 = l_719 >= i32(-126);
if l_720 {
let l_721 = l_719 + i32(127);
let l_722 = u32(l_721);
let l_723 = l_722 << u32(23);
let l_724 = bitcast<f32>(l_723);
l_mut_40 = l_724;
}
let l_725 = l_718 - l_719;
l_mut_726 = f32(0.0);
let l_727 = l_725 >= i32(-126);
if l_727 {
let l_728 = l_725 + i32(127);
let l_729 = u32(l_728);
let l_730 = l_729 << u32(23);
let l_731 = bitcast<f32>(l_730);
l_mut_726 = l_731;
}
let l_732 = l_mut_40 * l_mut_726;
let l_733 = l_717 * l_732;
l_mut_119 = l_733;
let l_734 = f32(l_715);
let l_735 = l_708 - i32(47);
let l_736 = l_735 / i32(2);
l_mut_726 = f32(0.0);
let l_737 = l_736 >= i32(-126);
if l_737 {
let l_738 = l_736 + i32(127);
let l_739 = u32(l_738);
let l_740 = l_739 << u32(23);
let l_741 = bitcast<f32>(l_740);
l_mut_726 = l_741;
}
let l_742 = l_735 - l_736;
l_mut_40 = f32(0.0);
let l_743 = l_742 >= i32(-126);
if l_743 {
let l_744 = l_742 + i32(127);
let l_745 = u32(l_744);
let l_746 = l_745 << u32(23);
let l_747 = bitcast<f32>(l_746);
l_mut_40 = l_747;
}
let l_748 = l_mut_726 * l_mut_40;
let l_749 = l_734 * l_748;
l_mut_104 = l_749;
let l_750 = f32(l_716);
let l_751 = l_708 - i32(52);
let l_752 = l_751 / i32(2);
l_mut_726 = f32(0.0);
let l_753 = l_752 >= i32(-126);
if l_753 {
let l_754 = l_752 + i32(127);
let l_755 = u32(l_754);
let l_756 = l_755 << u32(23);
let l_757 = bitcast<f32>(l_756);
l_mut_726 = l_757;
}
let l_758 = l_751 - l_752;
l_mut_40 = f32(0.0);
let l_759 = l_758 >= i32(-126);
if l_759 {
let l_760 = l_758 + i32(127);
let l_761 = u32(l_760);
let l_762 = l_761 << u32(23);
let l_763 = bitcast<f32>(l_762);
l_mut_40 = l_763;
}
let l_764 = l_mut_726 * l_mut_40;
let l_765 = l_750 * l_764;
l_mut_47 = l_765;
let l_766 = l_703 >> u32(31);
let l_767 = l_766 == u32(1);
if l_767 {
let l_768 = -l_mut_119;
l_mut_119 = l_768;
let l_769 = -l_mut_104;
l_mut_104 = l_769;
let l_770 = -l_mut_47;
l_mut_47 = l_770;
}
}
let l_771 = l_mut_23 - l_mut_195;
let l_772 = l_mut_24 - l_mut_180;
let l_773 = l_771 + l_772;
let l_774 = l_mut_25 - l_mut_126;
let l_775 = l_773 + l_774;
let l_776 = l_mut_119 - l_mut_195;
let l_777 = l_mut_104 - l_mut_180;
let l_778 = l_776 + l_777;
let l_779 = l_mut_47 - l_mut_126;
let l_780 = l_778 + l_779;
let l_781 = l_775 / l_780;
let l_782 = l_781 != f32(0.0);
if l_782 {
l_mut_622 = l_mut_247;
l_mut_202 = l_781;
}
}
}
let l_783 = l_96 + l_mut_93;
let l_784 = l_783 * info.scalars_u32[2];
shared_memory_3[l_mut_8] = l_784;
let l_785 = l_96 + l_mut_622;
let l_786 = l_785 * info.scalars_u32[2];
shared_memory_4[l_mut_8] = l_786;
shared_memory_5[l_mut_8] = l_mut_202;
shared_memory_6[l_mut_8] = l_mut_248;
}
let l_787 = l_13 == u32(1);
if l_787 {
l_mut_622 = info.scalars_u32[1];
let l_788 = buffer_5_global[l_15];
let l_789 = clamp(l_788, u32(1), info.scalars_u32[1]);
l_mut_622 = l_789;
let l_790 = l_15 * info.scalars_u32[1];
let l_791 = u32(2) * l_790;
let l_792 = buffer_3_global[l_791];
let l_793 = u32(2) * l_790;
let l_794 = l_793 + u32(1);
let l_795 = buffer_3_global[l_794];
let l_796 = l_795 >> u32(20);
let l_797 = l_796 & u32(2047);
l_mut_726 = f32(0.0);
l_mut_202 = f32(0.0);
l_mut_195 = f32(0.0);
let l_798 = l_797 != u32(0);
if l_798 {
let l_799 = i32(l_797);
let l_800 = l_799 - i32(1023);
let l_801 = l_795 & u32(1048575);
let l_802 = l_801 | u32(1048576);
let l_803 = l_802 << u32(3);
let l_804 = l_792 >> u32(29);
let l_805 = l_803 | l_804;
let l_806 = l_792 >> u32(5);
let l_807 = l_806 & u32(16777215);
let l_808 = l_792 & u32(31);
let l_809 = f32(l_805);
let l_810 = l_800 - i32(23);
let l_811 = l_810 / i32(2);
l_mut_180 = f32(0.0);
let l_812 = l_811 >= i32(-126);
if l_812 {
let l_813 = l_811 + i32(127);
let l_814 = u32(l_813);
let l_815 = l_814 << u32(23);
let l_816 = bitcast<f32>(l_815);
l_mut_180 = l_816;
}
let l_817 = l_810 - l_811;
l_mut_126 = f32(0.0);
let l_818 = l_817 >= i32(-126);
if l_818 {
let l_819 = l_817 + i32(127);
let l_820 = u32(l_819);
let l_821 = l_820 << u32(23);
let l_822 = bitcast<f32>(l_821);
l_mut_126 = l_822;
}
let l_823 = l_mut_180 * l_mut_126;
let l_824 = l_809 * l_823;
l_mut_726 = l_824;
let l_825 = f32(l_807);
let l_826 = l_800 - i32(47);
let l_827 = l_826 / i32(2);
l_mut_180 = f32(0.0);
let l_828 = l_827 >= i32(-126);
if l_828 {
let l_829 = l_827 + i32(127);
let l_830 = u32(l_829);
let l_831 = l_830 << u32(23);
let l_832 = bitcast<f32>(l_831);
l_mut_180 = l_832;
}
let l_833 = l_826 - l_827;
l_mut_126 = f32(0.0);
let l_834 = l_833 >= i32(-126);
if l_834 {
let l_835 = l_833 + i32(127);
let l_836 = u32(l_835);
let l_837 = l_836 << u32(23);
let l_838 = bitcast<f32>(l_837);
l_mut_126 = l_838;
}
let l_839 = l_mut_180 * l_mut_126;
let l_840 = l_825 * l_839;
l_mut_202 = l_840;
let l_841 = f32(l_808);
let l_842 = l_800 - i32(52);
let l_843 = l_842 / i32(2);
l_mut_180 = f32(0.0);
let l_844 = l_843 >= i32(-126);
if l_844 {
let l_845 = l_843 + i32(127);
let l_846 = u32(l_845);
let l_847 = l_846 << u32(23);
let l_848 = bitcast<f32>(l_847);
l_mut_180 = l_848;
}
let l_849 = l_842 - l_843;
l_mut_126 = f32(0.0);
let l_850 = l_849 >= i32(-126);
if l_850 {
let l_851 = l_849 + i32(127);
let l_852 = u32(l_851);
let l_853 = l_852 << u32(23);
let l_854 = bitcast<f32>(l_853);
l_mut_126 = l_854;
}
let l_855 = l_mut_180 * l_mut_126;
let l_856 = l_841 * l_855;
l_mut_195 = l_856;
let l_857 = l_795 >> u32(31);
let l_858 = l_857 == u32(1);
if l_858 {
let l_859 = -l_mut_726;
l_mut_726 = l_859;
let l_860 = -l_mut_202;
l_mut_202 = l_860;
let l_861 = -l_mut_195;
l_mut_195 = l_861;
}
}
let l_862 = l_mut_622 - u32(1);
let l_863 = l_790 + l_862;
let l_864 = u32(2) * l_863;
let l_865 = buffer_3_global[l_864];
let l_866 = u32(2) * l_863;
let l_867 = l_866 + u32(1);
let l_868 = buffer_3_global[l_867];
let l_869 = l_868 >> u32(20);
let l_870 = l_869 & u32(2047);
l_mut_180 = f32(0.0);
l_mut_126 = f32(0.0);
l_mut_119 = f32(0.0);
let l_871 = l_870 != u32(0);
if l_871 {
let l_872 = i32(l_870);
let l_873 = l_872 - i32(1023);
let l_874 = l_868 & u32(1048575);
let l_875 = l_874 | u32(1048576);
let l_876 = l_875 << u32(3);
let l_877 = l_865 >> u32(29);
let l_878 = l_876 | l_877;
let l_879 = l_865 >> u32(5);
let l_880 = l_879 & u32(16777215);
let l_881 = l_865 & u32(31);
let l_882 = f32(l_878);
let l_883 = l_873 - i32(23);
let l_884 = l_883 / i32(2);
l_mut_104 = f32(0.0);
let l_885 = l_884 >= i32(-126);
if l_885 {
let l_886 = l_884 + i32(127);
let l_887 = u32(l_886);
let l_888 = l_887 << u32(23);
let l_889 = bitcast<f32>(l_888);
l_mut_104 = l_889;
}
let l_890 = l_883 - l_884;
l_mut_47 = f32(0.0);
let l_891 = l_890 >= i32(-126);
if l_891 {
let l_892 = l_890 + i32(127);
let l_893 = u32(l_892);
let l_894 = l_893 << u32(23);
let l_895 = bitcast<f32>(l_894);
l_mut_47 = l_895;
}
let l_896 = l_mut_104 * l_mut_47;
let l_897 = l_882 * l_896;
l_mut_180 = l_897;
let l_898 = f32(l_880);
let l_899 = l_873 - i32(47);
let l_900 = l_899 / i32(2);
l_mut_104 = f32(0.0);
let l_901 = l_900 >= i32(-126);
if l_901 {
let l_902 = l_900 + i32(127);
let l_903 = u32(l_902);
let l_904 = l_903 << u32(23);
let l_905 = bitcast<f32>(l_904);
l_mut_104 = l_905;
}
let l_906 = l_899 - l_900;
l_mut_47 = f32(0.0);
let l_907 = l_906 >= i32(-126);
if l_907 {
let l_908 = l_906 + i32(127);
let l_909 = u32(l_908);
let l_910 = l_909 << u32(23);
let l_911 = bitcast<f32>(l_910);
l_mut_47 = l_911;
}
let l_912 = l_mut_104 * l_mut_47;
let l_913 = l_898 * l_912;
l_mut_126 = l_913;
let l_914 = f32(l_881);
let l_915 = l_873 - i32(52);
let l_916 = l_915 / i32(2);
l_mut_104 = f32(0.0);
let l_917 = l_916 >= i32(-126);
if l_917 {
let l_918 = l_916 + i32(127);
let l_919 = u32(l_918);
let l_920 = l_919 << u32(23);
let l_921 = bitcast<f32>(l_920);
l_mut_104 = l_921;
}
let l_922 = l_915 - l_916;
l_mut_47 = f32(0.0);
let l_923 = l_922 >= i32(-126);
if l_923 {
let l_924 = l_922 + i32(127);
let l_925 = u32(l_924);
let l_926 = l_925 << u32(23);
let l_927 = bitcast<f32>(l_926);
l_mut_47 = l_927;
}
let l_928 = l_mut_104 * l_mut_47;
let l_929 = l_914 * l_928;
l_mut_119 = l_929;
let l_930 = l_868 >> u32(31);
let l_931 = l_930 == u32(1);
if l_931 {
let l_932 = -l_mut_180;
l_mut_180 = l_932;
let l_933 = -l_mut_126;
l_mut_126 = l_933;
let l_934 = -l_mut_119;
l_mut_119 = l_934;
}
}
l_mut_248 = u32(0);
l_mut_247 = l_mut_622;
let l_935 = l_mut_726 < l_mut_23;
let l_936 = l_mut_726 == l_mut_23;
let l_937 = l_mut_202 < l_mut_24;
let l_938 = l_mut_202 == l_mut_24;
let l_939 = l_mut_195 <= l_mut_25;
let l_940 = l_938 && l_939;
let l_941 = l_937 || l_940;
let l_942 = l_936 && l_941;
let l_943 = l_935 || l_942;
let l_944 = !l_943;
if l_944 {
l_mut_247 = u32(0);
} else {
let l_945 = l_mut_180 < l_mut_23;
let l_946 = l_mut_180 == l_mut_23;
let l_947 = l_mut_126 < l_mut_24;
let l_948 = l_mut_126 == l_mut_24;
let l_949 = l_mut_119 <= l_mut_25;
let l_950 = l_948 && l_949;
let l_951 = l_947 || l_950;
let l_952 = l_946 && l_951;
let l_953 = l_945 || l_952;
if l_953 {
l_mut_248 = l_mut_622;
} else {
let l_954 = l_mut_180 - l_mut_726;
let l_955 = l_mut_126 - l_mut_202;
let l_956 = l_954 + l_955;
let l_957 = l_mut_119 - l_mut_195;
let l_958 = l_956 + l_957;
let l_959 = l_mut_23 - l_mut_726;
let l_960 = l_mut_24 - l_mut_202;
let l_961 = l_959 + l_960;
let l_962 = l_mut_25 - l_mut_195;
let l_963 = l_961 + l_962;
let l_964 = l_963 / l_958;
let l_965 = l_mut_622 - u32(1);
let l_966 = f32(l_965);
let l_967 = l_964 * l_966;
let l_968 = max(l_967, f32(0.0));
let l_969 = u32(l_968);
let l_970 = l_mut_622 - u32(2);
let l_971 = min(l_969, l_970);
let l_972 = l_790 + l_971;
let l_973 = u32(2) * l_972;
let l_974 = buffer_3_global[l_973];
let l_975 = u32(2) * l_972;
let l_976 = l_975 + u32(1);
let l_977 = buffer_3_global[l_976];
let l_978 = l_977 >> u32(20);
let l_979 = l_978 & u32(2047);
l_mut_726 = f32(0.0);
l_mut_202 = f32(0.0);
l_mut_195 = f32(0.0);
let l_980 = l_979 != u32(0);
if l_980 {
let l_981 = i32(l_979);
let l_982 = l_981 - i32(1023);
let l_983 = l_977 & u32(1048575);
let l_984 = l_983 | u32(1048576);
let l_985 = l_984 << u32(3);
let l_986 = l_974 >> u32(29);
let l_987 = l_985 | l_986;
let l_988 = l_974 >> u32(5);
let l_989 = l_988 & u32(16777215);
let l_990 = l_974 & u32(31);
let l_991 = f32(l_987);
let l_992 = l_982 - i32(23);
let l_993 = l_992 / i32(2);
l_mut_180 = f32(0.0);
let l_994 = l_993 >= i32(-126);
if l_994 {
let l_995 = l_993 + i32(127);
let l_996 = u32(l_995);
let l_997 = l_996 << u32(23);
let l_998 = bitcast<f32>(l_997);
l_mut_180 = l_998;
}
let l_999 = l_992 - l_993;
l_mut_126 = f32(0.0);
let l_1000 = l_999 >= i32(-126);
if l_1000 {
let l_1001 = l_999 + i32(127);
let l_1002 = u32(l_1001);
let l_1003 = l_1002 << u32(23);
let l_1004 = bitcast<f32>(l_1003);
l_mut_126 = l_1004;
}
let l_1005 = l_mut_180 * l_mut_126;
let l_1006 = l_991 * l_1005;
l_mut_726 = l_1006;
let l_1007 = f32(l_989);
let l_1008 = l_982 - i32(47);
let l_1009 = l_1008 / i32(2);
l_mut_180 = f32(0.0);
let l_1010 = l_1009 >= i32(-126);
if l_1010 {
let l_1011 = l_1009 + i32(127);
let l_1012 = u32(l_1011);
let l_1013 = l_1012 << u32(23);
let l_1014 = bitcast<f32>(l_1013);
l_mut_180 = l_1014;
}
let l_1015 = l_1008 - l_1009;
l_mut_126 = f32(0.0);
let l_1016 = l_1015 >= i32(-126);
if l_1016 {
let l_1017 = l_1015 + i32(127);
let l_1018 = u32(l_1017);
let l_1019 = l_1018 << u32(23);
let l_1020 = bitcast<f32>(l_1019);
l_mut_126 = l_1020;
}
let l_1021 = l_mut_180 * l_mut_126;
let l_1022 = l_1007 * l_1021;
l_mut_202 = l_1022;
let l_1023 = f32(l_990);
let l_1024 = l_982 - i32(52);
let l_1025 = l_1024 / i32(2);
l_mut_180 = f32(0.0);
let l_1026 = l_1025 >= i32(-126);
if l_1026 {
let l_1027 = l_1025 + i32(127);
let l_1028 = u32(l_1027);
let l_1029 = l_1028 << u32(23);
let l_1030 = bitcast<f32>(l_1029);
l_mut_180 = l_1030;
}
let l_1031 = l_1024 - l_1025;
l_mut_126 = f32(0.0);
let l_1032 = l_1031 >= i32(-126);
if l_1032 {
let l_1033 = l_1031 + i32(127);
let l_1034 = u32(l_1033);
let l_1035 = l_1034 << u32(23);
let l_1036 = bitcast<f32>(l_1035);
l_mut_126 = l_1036;
}
let l_1037 = l_mut_180 * l_mut_126;
let l_1038 = l_1023 * l_1037;
l_mut_195 = l_1038;
let l_1039 = l_977 >> u32(31);
let l_1040 = l_1039 == u32(1);
if l_1040 {
let l_1041 = -l_mut_726;
l_mut_726 = l_1041;
let l_1042 = -l_mut_202;
l_mut_202 = l_1042;
let l_1043 = -l_mut_195;
l_mut_195 = l_1043;
}
}
let l_1044 = l_mut_726 < l_mut_23;
let l_1045 = l_mut_726 == l_mut_23;
let l_1046 = l_mut_202 < l_mut_24;
let l_1047 = l_mut_202 == l_mut_24;
let l_1048 = l_mut_195 <= l_mut_25;
let l_1049 = l_1047 && l_1048;
let l_1050 = l_1046 || l_1049;
let l_1051 = l_1045 && l_1050;
let l_1052 = l_1044 || l_1051;
if l_1052 {
let l_1053 = l_971 + u32(1);
l_mut_248 = l_1053;
let l_1054 = l_971 + u32(1);
let l_1055 = l_790 + l_1054;
let l_1056 = u32(2) * l_1055;
let l_1057 = buffer_3_global[l_1056];
let l_1058 = u32(2) * l_1055;
let l_1059 = l_1058 + u32(1);
let l_1060 = buffer_3_global[l_1059];
let l_1061 = l_1060 >> u32(20);
let l_1062 = l_1061 & u32(2047);
l_mut_726 = f32(0.0);
l_mut_202 = f32(0.0);
l_mut_195 = f32(0.0);
let l_1063 = l_1062 != u32(0);
if l_1063 {
let l_1064 = i32(l_1062);
let l_1065 = l_1064 - i32(1023);
let l_1066 = l_1060 & u32(1048575);
let l_1067 = l_1066 | u32(1048576);
let l_1068 = l_1067 << u32(3);
let l_1069 = l_1057 >> u32(29);
let l_1070 = l_1068 | l_1069;
let l_1071 = l_1057 >> u32(5);
let l_1072 = l_1071 & u32(16777215);
let l_1073 = l_1057 & u32(31);
let l_1074 = f32(l_1070);
let l_1075 = l_1065 - i32(23);
let l_1076 = l_1075 / i32(2);
l_mut_180 = f32(0.0);
let l_1077 = l_1076 >= i32(-126);
if l_1077 {
let l_1078 = l_1076 + i32(127);
let l_1079 = u32(l_1078);
let l_1080 = l_1079 << u32(23);
let l_1081 = bitcast<f32>(l_1080);
l_mut_180 = l_1081;
}
let l_1082 = l_1075 - l_1076;
l_mut_126 = f32(0.0);
let l_1083 = l_1082 >= i32(-126);
if l_1083 {
let l_1084 = l_1082 + i32(127);
let l_1085 = u32(l_1084);
let l_1086 = l_1085 << u32(23);
let l_1087 = bitcast<f32>(l_1086);
l_mut_126 = l_1087;
}
let l_1088 = l_mut_180 * l_mut_126;
let l_1089 = l_1074 * l_1088;
l_mut_726 = l_1089;
let l_1090 = f32(l_1072);
let l_1091 = l_1065 - i32(47);
let l_1092 = l_1091 / i32(2);
l_mut_180 = f32(0.0);
let l_1093 = l_1092 >= i32(-126);
if l_1093 {
let l_1094 = l_1092 + i32(127);
let l_1095 = u32(l_1094);
let l_1096 = l_1095 << u32(23);
let l_1097 = bitcast<f32>(l_1096);
l_mut_180 = l_1097;
}
let l_1098 = l_1091 - l_1092;
l_mut_126 = f32(0.0);
let l_1099 = l_1098 >= i32(-126);
if l_1099 {
let l_1100 = l_1098 + i32(127);
let l_1101 = u32(l_1100);
let l_1102 = l_1101 << u32(23);
let l_1103 = bitcast<f32>(l_1102);
l_mut_126 = l_1103;
}
let l_1104 = l_mut_180 * l_mut_126;
let l_1105 = l_1090 * l_1104;
l_mut_202 = l_1105;
let l_1106 = f32(l_1073);
let l_1107 = l_1065 - i32(52);
let l_1108 = l_1107 / i32(2);
l_mut_180 = f32(0.0);
let l_1109 = l_1108 >= i32(-126);
if l_1109 {
let l_1110 = l_1108 + i32(127);
let l_1111 = u32(l_1110);
let l_1112 = l_1111 << u32(23);
let l_1113 = bitcast<f32>(l_1112);
l_mut_180 = l_1113;
}
let l_1114 = l_1107 - l_1108;
l_mut_126 = f32(0.0);
let l_1115 = l_1114 >= i32(-126);
if l_1115 {
let l_1116 = l_1114 + i32(127);
let l_1117 = u32(l_1116);
let l_1118 = l_1117 << u32(23);
let l_1119 = bitcast<f32>(l_1118);
l_mut_126 = l_1119;
}
let l_1120 = l_mut_180 * l_mut_126;
let l_1121 = l_1106 * l_1120;
l_mut_195 = l_1121;
let l_1122 = l_1060 >> u32(31);
let l_1123 = l_1122 == u32(1);
if l_1123 {
let l_1124 = -l_mut_726;
l_mut_726 = l_1124;
let l_1125 = -l_mut_202;
l_mut_202 = l_1125;
let l_1126 = -l_mut_195;
l_mut_195 = l_1126;
}
}
let l_1127 = l_mut_726 < l_mut_23;
let l_1128 = l_mut_726 == l_mut_23;
let l_1129 = l_mut_202 < l_mut_24;
let l_1130 = l_mut_202 == l_mut_24;
let l_1131 = l_mut_195 <= l_mut_25;
let l_1132 = l_1130 && l_1131;
let l_1133 = l_1129 || l_1132;
let l_1134 = l_1128 && l_1133;
let l_1135 = l_1127 || l_1134;
let l_1136 = !l_1135;
if l_1136 {
let l_1137 = l_971 + u32(1);
l_mut_247 = l_1137;
}
} else {
l_mut_248 = u32(1);
l_mut_247 = l_971;
}
}
}
loop {
let l_1138 = l_mut_248 < l_mut_247;
let l_1139 = !l_1138;
if l_1139 {
break;
}
let l_1140 = l_mut_248 + l_mut_247;
let l_1141 = l_1140 / u32(2);
let l_1142 = l_790 + l_1141;
let l_1143 = u32(2) * l_1142;
let l_1144 = buffer_3_global[l_1143];
let l_1145 = u32(2) * l_1142;
let l_1146 = l_1145 + u32(1);
let l_1147 = buffer_3_global[l_1146];
let l_1148 = l_1147 >> u32(20);
let l_1149 = l_1148 & u32(2047);
l_mut_726 = f32(0.0);
l_mut_202 = f32(0.0);
l_mut_195 = f32(0.0);
let l_1150 = l_1149 != u32(0);
if l_1150 {
let l_1151 = i32(l_1149);
let l_1152 = l_1151 - i32(1023);
let l_1153 = l_1147 & u32(1048575);
let l_1154 = l_1153 | u32(1048576);
let l_1155 = l_1154 << u32(3);
let l_1156 = l_1144 >> u32(29);
let l_1157 = l_1155 | l_1156;
let l_1158 = l_1144 >> u32(5);
let l_1159 = l_1158 & u32(16777215);
let l_1160 = l_1144 & u32(31);
let l_1161 = f32(l_1157);
let l_1162 = l_1152 - i32(23);
let l_1163 = l_1162 / i32(2);
l_mut_180 = f32(0.0);
let l_1164 = l_1163 >= i32(-126);
if l_1164 {
let l_1165 = l_1163 + i32(127);
let l_1166 = u32(l_1165);
let l_1167 = l_1166 << u32(23);
let l_1168 = bitcast<f32>(l_1167);
l_mut_180 = l_1168;
}
let l_1169 = l_1162 - l_1163;
l_mut_126 = f32(0.0);
let l_1170 = l_1169 >= i32(-126);
if l_1170 {
let l_1171 = l_1169 + i32(127);
let l_1172 = u32(l_1171);
let l_1173 = l_1172 << u32(23);
let l_1174 = bitcast<f32>(l_1173);
l_mut_126 = l_1174;
}
let l_1175 = l_mut_180 * l_mut_126;
let l_1176 = l_1161 * l_1175;
l_mut_726 = l_1176;
let l_1177 = f32(l_1159);
let l_1178 = l_1152 - i32(47);
let l_1179 = l_1178 / i32(2);
l_mut_180 = f32(0.0);
let l_1180 = l_1179 >= i32(-126);
if l_1180 {
let l_1181 = l_1179 + i32(127);
let l_1182 = u32(l_1181);
let l_1183 = l_1182 << u32(23);
let l_1184 = bitcast<f32>(l_1183);
l_mut_180 = l_1184;
}
let l_1185 = l_1178 - l_1179;
l_mut_126 = f32(0.0);
let l_1186 = l_1185 >= i32(-126);
if l_1186 {
let l_1187 = l_1185 + i32(127);
let l_1188 = u32(l_1187);
let l_1189 = l_1188 << u32(23);
let l_1190 = bitcast<f32>(l_1189);
l_mut_126 = l_1190;
}
let l_1191 = l_mut_180 * l_mut_126;
let l_1192 = l_1177 * l_1191;
l_mut_202 = l_1192;
let l_1193 = f32(l_1160);
let l_1194 = l_1152 - i32(52);
let l_1195 = l_1194 / i32(2);
l_mut_180 = f32(0.0);
let l_1196 = l_1195 >= i32(-126);
if l_1196 {
let l_1197 = l_1195 + i32(127);
let l_1198 = u32(l_1197);
let l_1199 = l_1198 << u32(23);
let l_1200 = bitcast<f32>(l_1199);
l_mut_180 = l_1200;
}
let l_1201 = l_1194 - l_1195;
l_mut_126 = f32(0.0);
let l_1202 = l_1201 >= i32(-126);
if l_1202 {
let l_1203 = l_1201 + i32(127);
let l_1204 = u32(l_1203);
let l_1205 = l_1204 << u32(23);
let l_1206 = bitcast<f32>(l_1205);
l_mut_126 = l_1206;
}
let l_1207 = l_mut_180 * l_mut_126;
let l_1208 = l_1193 * l_1207;
l_mut_195 = l_1208;
let l_1209 = l_1147 >> u32(31);
let l_1210 = l_1209 == u32(1);
if l_1210 {
let l_1211 = -l_mut_726;
l_mut_726 = l_1211;
let l_1212 = -l_mut_202;
l_mut_202 = l_1212;
let l_1213 = -l_mut_195;
l_mut_195 = l_1213;
}
}
let l_1214 = l_mut_726 < l_mut_23;
let l_1215 = l_mut_726 == l_mut_23;
let l_1216 = l_mut_202 < l_mut_24;
let l_1217 = l_mut_202 == l_mut_24;
let l_1218 = l_mut_195 <= l_mut_25;
let l_1219 = l_1217 && l_1218;
let l_1220 = l_1216 || l_1219;
let l_1221 = l_1215 && l_1220;
let l_1222 = l_1214 || l_1221;
if l_1222 {
let l_1223 = l_1141 + u32(1);
l_mut_248 = l_1223;
} else {
l_mut_247 = l_1141;
}
}
let l_1224 = l_mut_622 - u32(1);
l_mut_247 = u32(0);
let l_1225 = l_mut_248 > u32(0);
let l_1226 = l_790 + l_1224;
let l_1227 = u32(2) * l_1226;
let l_1228 = buffer_3_global[l_1227];
let l_1229 = u32(2) * l_1226;
let l_1230 = l_1229 + u32(1);
let l_1231 = buffer_3_global[l_1230];
let l_1232 = l_1231 >> u32(20);
let l_1233 = l_1232 & u32(2047);
l_mut_726 = f32(0.0);
l_mut_202 = f32(0.0);
l_mut_195 = f32(0.0);
let l_1234 = l_1233 != u32(0);
if l_1234 {
let l_1235 = i32(l_1233);
let l_1236 = l_1235 - i32(1023);
let l_1237 = l_1231 & u32(1048575);
let l_1238 = l_1237 | u32(1048576);
let l_1239 = l_1238 << u32(3);
let l_1240 = l_1228 >> u32(29);
let l_1241 = l_1239 | l_1240;
let l_1242 = l_1228 >> u32(5);
let l_1243 = l_1242 & u32(16777215);
let l_1244 = l_1228 & u32(31);
let l_1245 = f32(l_1241);
let l_1246 = l_1236 - i32(23);
let l_1247 = l_1246 / i32(2);
l_mut_180 = f32(0.0);
let l_1248 = l_1247 >= i32(-126);
if l_1248 {
let l_1249 = l_1247 + i32(127);
let l_1250 = u32(l_1249);
let l_1251 = l_1250 << u32(23);
let l_1252 = bitcast<f32>(l_1251);
l_mut_180 = l_1252;
}
let l_1253 = l_1246 - l_1247;
l_mut_126 = f32(0.0);
let l_1254 = l_1253 >= i32(-126);
if l_1254 {
let l_1255 = l_1253 + i32(127);
let l_1256 = u32(l_1255);
let l_1257 = l_1256 << u32(23);
let l_1258 = bitcast<f32>(l_1257);
l_mut_126 = l_1258;
}
let l_1259 = l_mut_180 * l_mut_126;
let l_1260 = l_1245 * l_1259;
l_mut_726 = l_1260;
let l_1261 = f32(l_1243);
let l_1262 = l_1236 - i32(47);
let l_1263 = l_1262 / i32(2);
l_mut_180 = f32(0.0);
let l_1264 = l_1263 >= i32(-126);
if l_1264 {
let l_1265 = l_1263 + i32(127);
let l_1266 = u32(l_1265);
let l_1267 = l_1266 << u32(23);
let l_1268 = bitcast<f32>(l_1267);
l_mut_180 = l_1268;
}
let l_1269 = l_1262 - l_1263;
l_mut_126 = f32(0.0);
let l_1270 = l_1269 >= i32(-126);
if l_1270 {
let l_1271 = l_1269 + i32(127);
let l_1272 = u32(l_1271);
let l_1273 = l_1272 << u32(23);
let l_1274 = bitcast<f32>(l_1273);
l_mut_126 = l_1274;
}
let l_1275 = l_mut_180 * l_mut_126;
let l_1276 = l_1261 * l_1275;
l_mut_202 = l_1276;
let l_1277 = f32(l_1244);
let l_1278 = l_1236 - i32(52);
let l_1279 = l_1278 / i32(2);
l_mut_180 = f32(0.0);
let l_1280 = l_1279 >= i32(-126);
if l_1280 {
let l_1281 = l_1279 + i32(127);
let l_1282 = u32(l_1281);
let l_1283 = l_1282 << u32(23);
let l_1284 = bitcast<f32>(l_1283);
l_mut_180 = l_1284;
}
let l_1285 = l_1278 - l_1279;
l_mut_126 = f32(0.0);
let l_1286 = l_1285 >= i32(-126);
if l_1286 {
let l_1287 = l_1285 + i32(127);
let l_1288 = u32(l_1287);
let l_1289 = l_1288 << u32(23);
let l_1290 = bitcast<f32>(l_1289);
l_mut_126 = l_1290;
}
let l_1291 = l_mut_180 * l_mut_126;
let l_1292 = l_1277 * l_1291;
l_mut_195 = l_1292;
let l_1293 = l_1231 >> u32(31);
let l_1294 = l_1293 == u32(1);
if l_1294 {
let l_1295 = -l_mut_726;
l_mut_726 = l_1295;
let l_1296 = -l_mut_202;
l_mut_202 = l_1296;
let l_1297 = -l_mut_195;
l_mut_195 = l_1297;
}
}
let l_1298 = l_mut_23 < l_mut_726;
let l_1299 = l_mut_23 == l_mut_726;
let l_1300 = l_mut_24 < l_mut_202;
let l_1301 = l_mut_24 == l_mut_202;
let l_1302 = l_mut_25 <= l_mut_195;
let l_1303 = l_1301 && l_1302;
let l_1304 = l_1300 || l_1303;
let l_1305 = l_1299 && l_1304;
let l_1306 = l_1298 || l_1305;
let l_1307 = l_1225 && l_1306;
if l_1307 {
l_mut_247 = u32(1);
}
l_mut_622 = u32(0);
l_mut_93 = u32(0);
l_mut_726 = f32(0.0);
let l_1308 = l_mut_248 > u32(0);
if l_1308 {
let l_1309 = l_mut_248 - u32(1);
l_mut_622 = l_1309;
l_mut_93 = l_1309;
let l_1310 = l_mut_248 > l_1224;
if l_1310 {
l_mut_622 = l_1224;
l_mut_93 = l_mut_622;
} else {
let l_1311 = l_790 + l_1309;
let l_1312 = u32(2) * l_1311;
let l_1313 = buffer_3_global[l_1312];
let l_1314 = u32(2) * l_1311;
let l_1315 = l_1314 + u32(1);
let l_1316 = buffer_3_global[l_1315];
let l_1317 = l_1316 >> u32(20);
let l_1318 = l_1317 & u32(2047);
l_mut_202 = f32(0.0);
l_mut_195 = f32(0.0);
l_mut_180 = f32(0.0);
let l_1319 = l_1318 != u32(0);
if l_1319 {
let l_1320 = i32(l_1318);
let l_1321 = l_1320 - i32(1023);
let l_1322 = l_1316 & u32(1048575);
let l_1323 = l_1322 | u32(1048576);
let l_1324 = l_1323 << u32(3);
let l_1325 = l_1313 >> u32(29);
let l_1326 = l_1324 | l_1325;
let l_1327 = l_1313 >> u32(5);
let l_1328 = l_1327 & u32(16777215);
let l_1329 = l_1313 & u32(31);
let l_1330 = f32(l_1326);
let l_1331 = l_1321 - i32(23);
let l_1332 = l_1331 / i32(2);
l_mut_126 = f32(0.0);
let l_1333 = l_1332 >= i32(-126);
if l_1333 {
let l_1334 = l_1332 + i32(127);
let l_1335 = u32(l_1334);
let l_1336 = l_1335 << u32(23);
let l_1337 = bitcast<f32>(l_1336);
l_mut_126 = l_1337;
}
let l_1338 = l_1331 - l_1332;
l_mut_119 = f32(0.0);
let l_1339 = l_1338 >= i32(-126);
if l_1339 {
let l_1340 = l_1338 + i32(127);
let l_1341 = u32(l_1340);
let l_1342 = l_1341 << u32(23);
let l_1343 = bitcast<f32>(l_1342);
l_mut_119 = l_1343;
}
let l_1344 = l_mut_126 * l_mut_119;
let l_1345 = l_1330 * l_1344;
l_mut_202 = l_1345;
let l_1346 = f32(l_1328);
let l_1347 = l_1321 - i32(47);
let l_1348 = l_1347 / i32(2);
l_mut_126 = f32(0.0);
let l_1349 = l_1348 >= i32(-126);
if l_1349 {
let l_1350 = l_1348 + i32(127);
let l_1351 = u32(l_1350);
let l_1352 = l_1351 << u32(23);
let l_1353 = bitcast<f32>(l_1352);
l_mut_126 = l_1353;
}
let l_1354 = l_1347 - l_1348;
l_mut_119 = f32(0.0);
let l_1355 = l_1354 >= i32(-126);
if l_1355 {
let l_1356 = l_1354 + i32(127);
let l_1357 = u32(l_1356);
let l_1358 = l_1357 << u32(23);
let l_1359 = bitcast<f32>(l_1358);
l_mut_119 = l_1359;
}
let l_1360 = l_mut_126 * l_mut_119;
let l_1361 = l_1346 * l_1360;
l_mut_195 = l_1361;
let l_1362 = f32(l_1329);
let l_1363 = l_1321 - i32(52);
let l_1364 = l_1363 / i32(2);
l_mut_126 = f32(0.0);
let l_1365 = l_1364 >= i32(-126);
if l_1365 {
let l_1366 = l_1364 + i32(127);
let l_1367 = u32(l_1366);
let l_1368 = l_1367 << u32(23);
let l_1369 = bitcast<f32>(l_1368);
l_mut_126 = l_1369;
}
let l_1370 = l_1363 - l_1364;
l_mut_119 = f32(0.0);
let l_1371 = l_1370 >= i32(-126);
if l_1371 {
let l_1372 = l_1370 + i32(127);
let l_1373 = u32(l_1372);
let l_1374 = l_1373 << u32(23);
let l_1375 = bitcast<f32>(l_1374);
l_mut_119 = l_1375;
}
let l_1376 = l_mut_126 * l_mut_119;
let l_1377 = l_1362 * l_1376;
l_mut_180 = l_1377;
let l_1378 = l_1316 >> u32(31);
let l_1379 = l_1378 == u32(1);
if l_1379 {
let l_1380 = -l_mut_202;
l_mut_202 = l_1380;
let l_1381 = -l_mut_195;
l_mut_195 = l_1381;
let l_1382 = -l_mut_180;
l_mut_180 = l_1382;
}
}
let l_1383 = l_790 + l_mut_248;
let l_1384 = u32(2) * l_1383;
let l_1385 = buffer_3_global[l_1384];
let l_1386 = u32(2) * l_1383;
let l_1387 = l_1386 + u32(1);
let l_1388 = buffer_3_global[l_1387];
let l_1389 = l_1388 >> u32(20);
let l_1390 = l_1389 & u32(2047);
l_mut_126 = f32(0.0);
l_mut_119 = f32(0.0);
l_mut_104 = f32(0.0);
let l_1391 = l_1390 != u32(0);
if l_1391 {
let l_1392 = i32(l_1390);
let l_1393 = l_1392 - i32(1023);
let l_1394 = l_1388 & u32(1048575);
let l_1395 = l_1394 | u32(1048576);
let l_1396 = l_1395 << u32(3);
let l_1397 = l_1385 >> u32(29);
let l_1398 = l_1396 | l_1397;
let l_1399 = l_1385 >> u32(5);
let l_1400 = l_1399 & u32(16777215);
let l_1401 = l_1385 & u32(31);
let l_1402 = f32(l_1398);
let l_1403 = l_1393 - i32(23);
let l_1404 = l_1403 / i32(2);
l_mut_47 = f32(0.0);
let l_1405 = l_1404 >= i32(-126);
if l_1405 {
let l_1406 = l_1404 + i32(127);
let l_1407 = u32(l_1406);
let l_1408 = l_1407 << u32(23);
let l_1409 = bitcast<f32>(l_1408);
l_mut_47 = l_1409;
}
let l_1410 = l_1403 - l_1404;
l_mut_40 = f32(0.0);
let l_1411 = l_1410 >= i32(-126);
if l_1411 {
let l_1412 = l_1410 + i32(127);
let l_1413 = u32(l_1412);
let l_1414 = l_1413 << u32(23);
let l_1415 = bitcast<f32>(l_1414);
l_mut_40 = l_1415;
}
let l_1416 = l_mut_47 * l_mut_40;
let l_1417 = l_1402 * l_1416;
l_mut_126 = l_1417;
let l_1418 = f32(l_1400);
let l_1419 = l_1393 - i32(47);
let l_1420 = l_1419 / i32(2);
l_mut_47 = f32(0.0);
let l_1421 = l_1420 >= i32(-126);
if l_1421 {
let l_1422 = l_1420 + i32(127);
let l_1423 = u32(l_1422);
let l_1424 = l_1423 << u32(23);
let l_1425 = bitcast<f32>(l_1424);
l_mut_47 = l_1425;
}
let l_1426 = l_1419 - l_1420;
l_mut_40 = f32(0.0);
let l_1427 = l_1426 >= i32(-126);
if l_1427 {
let l_1428 = l_1426 + i32(127);
let l_1429 = u32(l_1428);
let l_1430 = l_1429 << u32(23);
let l_1431 = bitcast<f32>(l_1430);
l_mut_40 = l_1431;
}
let l_1432 = l_mut_47 * l_mut_40;
let l_1433 = l_1418 * l_1432;
l_mut_119 = l_1433;
let l_1434 = f32(l_1401);
let l_1435 = l_1393 - i32(52);
let l_1436 = l_1435 / i32(2);
l_mut_47 = f32(0.0);
let l_1437 = l_1436 >= i32(-126);
if l_1437 {
let l_1438 = l_1436 + i32(127);
let l_1439 = u32(l_1438);
let l_1440 = l_1439 << u32(23);
let l_1441 = bitcast<f32>(l_1440);
l_mut_47 = l_1441;
}
let l_1442 = l_1435 - l_1436;
l_mut_40 = f32(0.0);
let l_1443 = l_1442 >= i32(-126);
if l_1443 {
let l_1444 = l_1442 + i32(127);
let l_1445 = u32(l_1444);
let l_1446 = l_1445 << u32(23);
let l_1447 = bitcast<f32>(l_1446);
l_mut_40 = l_1447;
}
let l_1448 = l_mut_47 * l_mut_40;
let l_1449 = l_1434 * l_1448;
l_mut_104 = l_1449;
let l_1450 = l_1388 >> u32(31);
let l_1451 = l_1450 == u32(1);
if l_1451 {
let l_1452 = -l_mut_126;
l_mut_126 = l_1452;
let l_1453 = -l_mut_119;
l_mut_119 = l_1453;
let l_1454 = -l_mut_104;
l_mut_104 = l_1454;
}
}
}
}
let l_1455 = l_790 + l_mut_622;
let l_1456 = l_1455 * info.scalars_u32[3];
shared_memory_3[l_mut_8] = l_1456;
let l_1457 = l_790 + l_mut_93;
let l_1458 = l_1457 * info.scalars_u32[3];
shared_memory_4[l_mut_8] = l_1458;
shared_memory_5[l_mut_8] = l_mut_726;
shared_memory_6[l_mut_8] = l_mut_247;
}
}
l_mut_8 = l_mut_8 + workgroup_size_no_axis;
}
workgroupBarrier();
let l_1459 = u32(64) * info.scalars_u32[8];
let l_1460 = l_1459 / u32(1);
let l_1461 = info.scalars_u32[6] * info.scalars_u32[8];
let l_1462 = l_1461 + u32(1);
let l_1463 = l_1462 - u32(1);
let l_1464 = l_1463 / u32(1);
let l_1465 = l_1 * l_1460;
l_mut_622 = local_idx;
loop {
let l_1466 = l_mut_622 < l_1460;
let l_1467 = !l_1466;
if l_1467 {
break;
}
let l_1468 = l_mut_622 + workgroup_size_no_axis;
let l_1469 = l_mut_622 * u32(1);
let l_1470 = l_1469 / info.scalars_u32[8];
l_mut_248 = l_1470;
let l_1471 = l_1469 % info.scalars_u32[8];
l_mut_247 = l_1471;
l_mut_93 = u32(0);
let l_1472 = l_7 + l_mut_248;
let l_1473 = l_1472 < info.scalars_u32[6];
if l_1473 {
l_mut_726 = f32(0.0);
let l_1474 = l_mut_247 >= info.scalars_u32[4];
let l_1475 = info.scalars_u32[4] + info.scalars_u32[2];
let l_1476 = l_mut_247 < l_1475;
let l_1477 = l_1474 && l_1476;
if l_1477 {
let l_1478 = l_mut_248 * u32(2);
let l_1479 = l_1478 + u32(0);
let l_1480 = shared_memory_3[l_1479];
let l_1481 = shared_memory_4[l_1479];
let l_1482 = l_mut_247 - info.scalars_u32[4];
let l_1483 = shared_memory_5[l_1479];
let l_1484 = l_1480 + l_1482;
let l_1485 = buffer_0_global[l_1484];
let l_1486 = bitcast<f32>(l_1485);
l_mut_202 = l_1486;
let l_1487 = l_1480 != l_1481;
if l_1487 {
let l_1488 = l_1481 + l_1482;
let l_1489 = buffer_0_global[l_1488];
let l_1490 = bitcast<f32>(l_1489);
let l_1491 = l_1490 - l_1486;
let l_1492 = l_1483 * l_1491;
let l_1493 = l_1486 + l_1492;
l_mut_202 = l_1493;
}
l_mut_726 = l_mut_202;
}
let l_1494 = l_mut_247 >= info.scalars_u32[5];
let l_1495 = info.scalars_u32[5] + info.scalars_u32[3];
let l_1496 = l_mut_247 < l_1495;
let l_1497 = l_1494 && l_1496;
if l_1497 {
let l_1498 = l_mut_248 * u32(2);
let l_1499 = l_1498 + u32(1);
let l_1500 = shared_memory_3[l_1499];
let l_1501 = shared_memory_4[l_1499];
let l_1502 = l_mut_247 - info.scalars_u32[5];
let l_1503 = shared_memory_5[l_1499];
let l_1504 = l_1500 + l_1502;
let l_1505 = buffer_1_global[l_1504];
let l_1506 = bitcast<f32>(l_1505);
l_mut_202 = l_1506;
let l_1507 = l_1500 != l_1501;
if l_1507 {
let l_1508 = l_1501 + l_1502;
let l_1509 = buffer_1_global[l_1508];
let l_1510 = bitcast<f32>(l_1509);
let l_1511 = l_1510 - l_1506;
let l_1512 = l_1503 * l_1511;
let l_1513 = l_1506 + l_1512;
l_mut_202 = l_1513;
}
l_mut_726 = l_mut_202;
}
let l_1514 = bitcast<u32>(l_mut_726);
let l_1515 = l_1514 << u32(0);
l_mut_93 = l_mut_93 | l_1515;
}
l_mut_248 = u32(0);
let l_1516 = l_1468 < l_1460;
if l_1516 {
let l_1517 = l_1468 * u32(1);
let l_1518 = l_1517 / info.scalars_u32[8];
l_mut_247 = l_1518;
let l_1519 = l_1517 % info.scalars_u32[8];
l_mut_1520 = l_1519;
l_mut_1521 = u32(0);
let l_1522 = l_7 + l_mut_247;
let l_1523 = l_1522 < info.scalars_u32[6];
if l_1523 {
l_mut_726 = f32(0.0);
let l_1524 = l_mut_1520 >= info.scalars_u32[4];
let l_1525 = info.scalars_u32[4] + info.scalars_u32[2];
let l_1526 = l_mut_1520 < l_1525;
let l_1527 = l_1524 && l_1526;
if l_1527 {
let l_1528 = l_mut_247 * u32(2);
let l_1529 = l_1528 + u32(0);
let l_1530 = shared_memory_3[l_1529];
let l_1531 = shared_memory_4[l_1529];
let l_1532 = l_mut_1520 - info.scalars_u32[4];
let l_1533 = shared_memory_5[l_1529];
let l_1534 = l_1530 + l_1532;
let l_1535 = buffer_0_global[l_1534];
let l_1536 = bitcast<f32>(l_1535);
l_mut_202 = l_1536;
let l_1537 = l_1530 != l_1531;
if l_1537 {
let l_1538 = l_1531 + l_1532;
let l_1539 = buffer_0_global[l_1538];
let l_1540 = bitcast<f32>(l_1539);
let l_1541 = l_1540 - l_1536;
let l_1542 = l_1533 * l_1541;
let l_1543 = l_1536 + l_1542;
l_mut_202 = l_1543;
}
l_mut_726 = l_mut_202;
}
let l_1544 = l_mut_1520 >= info.scalars_u32[5];
let l_1545 = info.scalars_u32[5] + info.scalars_u32[3];
let l_1546 = l_mut_1520 < l_1545;
let l_1547 = l_1544 && l_1546;
if l_1547 {
let l_1548 = l_mut_247 * u32(2);
let l_1549 = l_1548 + u32(1);
let l_1550 = shared_memory_3[l_1549];
let l_1551 = shared_memory_4[l_1549];
let l_1552 = l_mut_1520 - info.scalars_u32[5];
let l_1553 = shared_memory_5[l_1549];
let l_1554 = l_1550 + l_1552;
let l_1555 = buffer_1_global[l_1554];
let l_1556 = bitcast<f32>(l_1555);
l_mut_202 = l_1556;
let l_1557 = l_1550 != l_1551;
if l_1557 {
let l_1558 = l_1551 + l_1552;
let l_1559 = buffer_1_global[l_1558];
let l_1560 = bitcast<f32>(l_1559);
let l_1561 = l_1560 - l_1556;
let l_1562 = l_1553 * l_1561;
let l_1563 = l_1556 + l_1562;
l_mut_202 = l_1563;
}
l_mut_726 = l_mut_202;
}
let l_1564 = bitcast<u32>(l_mut_726);
let l_1565 = l_1564 << u32(0);
l_mut_1521 = l_mut_1521 | l_1565;
}
l_mut_248 = l_mut_1521;
}
let l_1566 = l_1465 + l_mut_622;
let l_1567 = l_1566 < l_1464;
if l_1567 {
let l_1568 = l_1465 + l_mut_622;
buffer_7_global[l_1568] = l_mut_93;
}
let l_1569 = l_1468 < l_1460;
let l_1570 = l_1465 + l_1468;
let l_1571 = l_1570 < l_1464;
let l_1572 = l_1569 && l_1571;
if l_1572 {
let l_1573 = l_1465 + l_1468;
buffer_7_global[l_1573] = l_mut_248;
}
let l_1574 = u32(2) * workgroup_size_no_axis;
l_mut_622 = l_mut_622 + l_1574;
}
}
