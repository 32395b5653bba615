"""The course's words in Simplified Chinese (简体中文): English text -> Chinese.

Keys are the English texts exactly as the code and the notebooks pass them
to ``tr`` (see ``language.py``); each translation keeps the key's ``{...}``
fields.  The terms follow the course's glossary (docs/glossary_zh.md).
Sections follow where the words are shown; within a section keep the keys
in the order the learner meets them.
"""

WORDS = {
    # ---- the package: widgets, players and explorers ------------------------

    # ---- the package: pictures (keys, axis labels, titles) ------------------

    # the network diagram: its key, the error box, the table under it
    "forward: values flow": "正向传播：数值向右流动",
    "backward: derivatives flow": "反向传播：导数向左流动",
    "node:": "节点：",
    "above the line,": "在横线上方，",
    "below": "在下方",
    "edge:": "边：",
    "dashed: w < 0": "虚线：w < 0",
    "E: the error": "E：误差",
    "computed": "本步计算",
    "in focus": "当前关注",
    "read": "本步读取",
    "target": "目标",
    "target_{n}": "目标_{n}",
    "node {n}": "节点 {n}",
    "error": "误差",
    "edge": "边",
    # the chain rule, drawn
    "product": "乘积",
    "from E back": "从 E 往回",
    "local derivative": "局部导数",
    "the rest": "路径的",
    "of the path": "其余部分",
    "via y_{n}": "经过 y_{n}",
    "via node {n}": "经过节点 {n}",
    "via nodes {first} to {last}": "经过节点 {first} 到 {last}",
    "path through {place}:": "经过{place}的路径：",
    # activation functions, the error against one weight, the error functions
    "linear": "线性函数",
    "leaky ReLU": "leaky ReLU（带泄漏的 ReLU）",
    "f'(x) = 1 if x > 0 else 0": "f'(x) = 1（x > 0 时），否则为 0",
    "f'(x) = 1 if x > 0 else 0.01": "f'(x) = 1（x > 0 时），否则为 0.01",
    "total input x": "总输入 x",
    "y = f(x), and f'(x)": "y = f(x) 与 f'(x)",
    "E as {w_ij} changes": "E 随 {w_ij} 的变化",
    "tangent: slope dE/d{w_ij} = {slope}": "切线：斜率 dE/d{w_ij} = {slope}",
    "now: {w_ij} = {w}, E = {E}": "当前：{w_ij} = {w}，E = {E}",
    "{w_ij} moved alone: {w_ij} = {w}, E = {E}": "只移动 {w_ij}：{w_ij} = {w}，E = {E}",
    "its move -α·dE/d{w_ij} = {move} (α = {alpha})": "它的移动量 -α·dE/d{w_ij} = {move}（α = {alpha}）",
    "weight {w_ij}": "权重 {w_ij}",
    "error E": "误差 E",
    "E against {w_ij}, all else fixed": "E 随 {w_ij} 的变化（其余参数不变）",
    "zoomed in {times} times along w": "沿 w 方向放大 {times} 倍",
    "dE/d{w_ij} < 0: the update raises {w_ij}": "dE/d{w_ij} < 0：更新使 {w_ij} 增大",
    "dE/d{w_ij} > 0: the update lowers {w_ij}": "dE/d{w_ij} > 0：更新使 {w_ij} 减小",
    "dE/d{w_ij} = 0: the update leaves {w_ij} as it is": "dE/d{w_ij} = 0：更新不改变 {w_ij}",
    "squared error": "平方误差",
    "cross-entropy": "交叉熵",
    "dE/dx of the output node": "输出节点的 dE/dx",
    "updates made": "已做的更新次数",
    # what one update does; learning rates compared; fits to a data set
    "y after the update": "更新后的 y",
    "the target, {target}": "目标 {target}",
    "y before it, {y}": "更新前的 y：{y}",
    "output y": "输出 y",
    "E after the update": "更新后的 E",
    "E before it, {E}": "更新前的 E：{E}",
    "the examples' y_target": "样本的目标输出",
    "the network's y_output: {label}": "网络的输出：{label}",
    "x_input": "网络的输入",
    "y_target, y_output": "目标输出与网络输出",
    # gradients layer by layer
    "{name} (0 in {count} layers)": "{name}（{count} 层为 0）",
    "layer l (1 = the first hidden layer, the last = the output)":
        "第 l 层（1 = 第一个隐藏层，最后一层 = 输出层）",
    "mean |dE/dx| (log scale)": "|dE/dx| 的平均值（对数坐标）",
    # the error surface: maps, gradients, paths
    "a line every {step} of E, up to {top}": "E 每隔 {step} 一条等高线，直到 {top}",
    "E is the same all over": "E 处处相同",
    "E over {first} and {second} (all else fixed)": "E 随 {first} 和 {second} 的变化（其余参数不变）",
    "{lines}; darker: higher E": "{lines}；颜色越深，E 越大",
    "E = 0: output = target": "E = 0：输出 = 目标",
    "minimum": "最小值",
    "now: E = {E}": "当前：E = {E}",
    "the path: {updates} updates": "路径：{updates} 次更新",
    "downhill: −gradient, not to scale": "下坡方向：−梯度（未按比例）",
    "flat here: no way down": "此处平坦：没有下坡方向",
    "first step −α·gradient, α = {alpha}": "第一步 −α·梯度，α = {alpha}",
    ": too short to see, ends in the ring": "：太短看不见，终点在圆环内",
    ", to scale": "，按比例",
    ": it leaves the map": "：走出了图的范围",
    "start": "起点",
    "examples seen": "已看过的样本数",
    "updates": "更新次数",
    "E on all examples": "全部样本上的 E",
    "error curves": "误差曲线",
    "the point": "该点",
    "each example's −gradient ({count})": "每个样本的 −梯度（{count} 个）",
    "their mean: the batch's −gradient": "它们的平均：批量的 −梯度",
    "all drawn to one scale": "全部按同一比例绘制",
    # the widgets' plots: error curves, decision boundaries, the rate sweep
    "update": "更新次数",
    "✕ in the grey band: E blew up": "灰色带中的 ✕：E 爆炸了",
    "E blew up": "E 爆炸了",
    "The prediction overflows here:\nthe weights are too large to shade.":
        "此处预测值溢出：\n权重太大，无法着色。",
    "prediction y": "预测输出 y",
    "class {k}": "类别 {k}",
    "boundary y = 0.5": "决策边界 y = 0.5",
    "boundary": "决策边界",
    "wrong region": "落在错误区域",
    "input 1": "输入 1",
    "input 2": "输入 2",
    "learning rate α": "学习率 α",
    "final error E": "最终误差 E",
    "E < {floor}, drawn at it": "E < {floor}，画在该处",
    "the rate in use": "当前使用的学习率",
    "rate in use": "当前学习率",
    "computing every rate ...": "正在计算每个学习率……",
    "α = {rate} ({outcome})": "α = {rate}（{outcome}）",
    "diverged at update {k}": "在第 {k} 次更新时发散",
    "no gradient": "没有梯度",
    "too slow": "太慢",
    "stalled": "停滞",
    "converging": "收敛",
    "getting worse": "越来越差",
    "oscillating": "振荡",
    "diverged": "发散",
    "short run": "运行太短",

    # ---- the package: verdicts, diagnoses, step descriptions, errors ---------

    # ---- the package: exercises' checkers and hints -------------------------

    # ---- notebooks 01-03 -----------------------------------------------------
    # notebook 1
    "net.weights[1][0, 0] is {name}": "net.weights[1][0, 0] 是 {name}",
    "in a network of sizes [1, 12, 12, 1], weights[1][0, 0] is {name}":
        "在各层大小为 [1, 12, 12, 1] 的网络中，weights[1][0, 0] 是 {name}",
    "w by the four paths: {w:.4f}": "按四条路径求和的 w：{w:.4f}",
    "x_input = {x:4.1f}:   linear network y_6 = {y_6:7.4f},   w * x_input + b = {line:7.4f}":
        "x_input = {x:4.1f}：   线性网络 y_6 = {y_6:7.4f}，   w * x_input + b = {line:7.4f}",
    "{count} steps in all:": "共 {count} 步：",
    "{phase:>8}: {count:2} steps": "{phase:>8}: {count:2} 步",
    # the four phases of a step record (step.phase), as counted above
    "forward": "正向",
    "error": "误差",
    "backward": "反向",
    "update": "更新",
    "prediction y_6 = {y_6:.4f}": "预测输出 y_6 = {y_6:.4f}",
    "the same number as the record's last forward step: {same}":
        "与步骤记录中最后一个正向步骤的数相同：{same}",
    "layer {l}:  x = [{xs}]   y = [{ys}]": "第 {l} 层：  x = [{xs}]   y = [{ys}]",
    "node 4 is (layer, node in the layer) = {position}": "节点 4 的位置 (层, 层内第几个节点) = {position}",
    "by hand:     x_4 = {x_4:.4f}   y_4 = {y_4:.4f}": "手算：  x_4 = {x_4:.4f}   y_4 = {y_4:.4f}",
    "the engine:  x_4 = {x_4:.4f}   y_4 = {y_4:.4f}": "引擎：  x_4 = {x_4:.4f}   y_4 = {y_4:.4f}",
    # notebook 2
    "the engine's net.error: E = {E:.4f}": "引擎的 net.error：E = {E:.4f}",
    "E = {E_now:.6f} at w_46 = {w_46:.4f},   E = {E_nudged:.6f} at w_46 + h = {w_46_h:.4f}":
        "w_46 = {w_46:.4f} 时 E = {E_now:.6f}，   w_46 + h = {w_46_h:.4f} 时 E = {E_nudged:.6f}",
    "change of E / h = {slope:.4f}": "E 的变化 / h = {slope:.4f}",
    "dE/dw_46 = {dE_dw_46:.4f}   (backpropagation, exact)":
        "dE/dw_46 = {dE_dw_46:.4f}   （反向传播，精确值）",
    "dE/dw_46 ~ {slope:.4f}   (the nudge above, h = {h})":
        "dE/dw_46 ~ {slope:.4f}   （上面的小扰动，h = {h}）",
    "lowest E = {E:.6f} at w_46 = {w_46:.2f}": "w_46 = {w_46:.2f} 时 E 最低：{E:.6f}",
    "there the prediction is y_6 = {y_6:.4f} (target {target:.1f})":
        "此时预测输出 y_6 = {y_6:.4f}（目标 {target:.1f}）",
    "weight   before     dE/dw    after": "权重     更新前     dE/dw   更新后",
    "E before the update: {E:.4f}": "更新前的 E：{E:.4f}",
    "E after the update:  {E:.4f}": "更新后的 E：{E:.4f}",
    "new prediction y_6 = {y_6:.4f} (target {target:.1f})":
        "新的预测输出 y_6 = {y_6:.4f}（目标 {target:.1f}）",
    # notebook 3
    "path through node 4: w_24 * dE/dx_4 = {w_24:.1f} * ({dE_dx_4:.5f}) = {term:.5f}":
        "经过节点 4 的路径：w_24 * dE/dx_4 = {w_24:.1f} * ({dE_dx_4:.5f}) = {term:.5f}",
    "path through node 5: w_25 * dE/dx_5 = {w_25:.1f} * {dE_dx_5:.5f} = {term:.5f}":
        "经过节点 5 的路径：w_25 * dE/dx_5 = {w_25:.1f} * {dE_dx_5:.5f} = {term:.5f}",
    "the sum, dE/dy_2 = {dE_dy_2:.5f}   (step 29: {step_29:.5f})":
        "两项之和 dE/dy_2 = {dE_dy_2:.5f}   （第 29 步：{step_29:.5f}）",
    "parameter      backprop  finite diff.": "参数           反向传播      有限差分",
    "every derivative agrees: {passed}": "每个导数都一致：{passed}",
    "right: dE/dy_4 = w_46 * dE/dx_6 = {w_46:.4f} * ({dE_dx_6:.4f}) = {dE_dy_4:.4f}":
        "正确：dE/dy_4 = w_46 * dE/dx_6 = {w_46:.4f} * ({dE_dx_6:.4f}) = {dE_dy_4:.4f}",
    "wrong: with w_46 already updated  = {w_46:.4f} * ({dE_dx_6:.4f}) = {dE_dy_4:.4f}":
        "错误：用已更新的 w_46  = {w_46:.4f} * ({dE_dx_6:.4f}) = {dE_dy_4:.4f}",

    # ---- notebooks 04-06 -----------------------------------------------------
    # notebook 4
    "before the update: y_6 = {y_6:.4f}, E = {E:.4f}": "更新前：y_6 = {y_6:.4f}，E = {E:.4f}",
    "after the update:  y_6 = {y_6:.4f}, E = {E:.4f}": "更新后：y_6 = {y_6:.4f}，E = {E:.4f}",
    "y_6 after training: {y_6:.4f} (target {target:.1f})": "训练后的 y_6：{y_6:.4f}（目标值 {target:.1f}）",
    "the demo example": "演示样本",
    "a straight line": "一条直线",
    "input ({x_1:.0f}, {x_2:.0f}): hidden y = {y_3:.2f}, {y_4:.2f};  "
    "output y = {y_5:.2f} (target {target:.0f})":
        "输入 ({x_1:.0f}, {x_2:.0f})：隐藏节点 y = {y_3:.2f}, {y_4:.2f}；"
        "输出 y = {y_5:.2f}（目标值 {target:.0f}）",
    "{n} examples": "{n} 个样本",
    "E of the whole batch:           {E:.6f}": "整个批量的 E：          {E:.6f}",
    "mean of the 40 examples' E:     {E:.6f}": "40 个样本各自 E 的平均值：{E:.6f}",
    "before training": "训练前",
    "after {updates} updates": "更新 {updates} 次后",
    "{updates:5d} updates: E = {E:.5f}  ({label})": "{updates:5d} 次更新：E = {E:.5f}（{label}）",
    "E of the network with his new weights: {E:.9f}": "用他的新权重的网络：E = {E:.9f}",
    "right order": "正确顺序",
    "wrong order": "错误顺序",
    "{name}:  w_35 (his w5) = {w_35:.9f},  w_13 (his w1) = {w_13:.9f},  E after = {E:.9f}":
        "{name}：w_35（他的 w5）= {w_35:.9f}，w_13（他的 w1）= {w_13:.9f}，更新后 E = {E:.9f}",
    # notebook 5
    "the demo network: w_46 = 0.9, b_6 = 0.1, E = {E:.4f}": "演示网络：w_46 = 0.9，b_6 = 0.1，E = {E:.4f}",
    "after {k:2} updates: w_46 = {w_46:.3f}, b_6 = {b_6:.3f}, E = {E:.4f}":
        "更新 {k:2} 次后：w_46 = {w_46:.3f}，b_6 = {b_6:.3f}，E = {E:.4f}",
    "the first step is {first:.3f} long, the last {last:.3f}, on a map {width:g} wide":
        "第一步长 {first:.3f}，最后一步长 {last:.3f}，而地图宽 {width:g}",
    "x_6 = w_46 * {y_4:.3f} + b_6 + ({w_56:g}) * {y_5:.3f}: E depends on {y_4:.3f} * w_46 + b_6 only":
        "x_6 = w_46 * {y_4:.3f} + b_6 + ({w_56:g}) * {y_5:.3f}：E 只取决于 {y_4:.3f} * w_46 + b_6",
    "every one of the {n} steps moves w_46 by y_4 = {y_4:.3f} times as much as b_6: {same}":
        "{n} 步中的每一步，w_46 的变化量都是 b_6 的 y_4 = {y_4:.3f} 倍：{same}",
    "E = 0 where x_6 = {x_6:.3f}; with w_46 = 0.9 that is at b_6 = {b_6:.3f} "
    "(the slider's nearest stop: {stop:.2f})":
        "x_6 = {x_6:.3f} 时 E = 0；w_46 = 0.9 时，这对应 b_6 = {b_6:.3f}"
        "（滑块最接近的刻度：{stop:.2f}）",
    "after 30 updates x_6 = {x_6:.3f}: b_6 = {b_6:.3f} is {below:.3f} below the line E = 0":
        "更新 30 次后 x_6 = {x_6:.3f}：b_6 = {b_6:.3f}，还在直线 E = 0 下方 {below:.3f} 处",
    "player: dE/dw_46 = {dE_dw:.4f}, dE/db_6 = {dE_db:.4f}":
        "播放器：dE/dw_46 = {dE_dw:.4f}，dE/db_6 = {dE_db:.4f}",
    "map:    dE/dw_46 = {dE_dw:.4f}, dE/db_6 = {dE_db:.4f}":
        "地图：  dE/dw_46 = {dE_dw:.4f}，dE/db_6 = {dE_db:.4f}",
    "player's update (alpha = {alpha:g}): w_46 0.9 -> {w:.4f}, b_6 0.1 -> {b:.4f}":
        "播放器的更新（α = {alpha:g}）：w_46 0.9 -> {w:.4f}，b_6 0.1 -> {b:.4f}",
    "the map's first step ends at:   ({w:.4f}, {b:.4f})": "地图上第一步的终点：({w:.4f}, {b:.4f})",
    "{n} examples; at the start E = {E_start:.3f}; at (0.5, 0.25) E = {E_minimum:.1f}":
        "{n} 个样本；起点处 E = {E_start:.3f}；在 (0.5, 0.25) 处 E = {E_minimum:.1f}",
    "curvature across the valley: {across:.3f}, along its floor: {along:.3f} ({ratio:.0f} times less)":
        "横跨山谷的曲率：{across:.3f}，沿谷底的曲率：{along:.3f}（只有前者的 1/{ratio:.0f}）",
    "zigzag above alpha = 1/{across:.3f} = {zigzag:.2f}; leaves above 2/{across:.3f} = {leaves:.2f}":
        "α 大于 1/{across:.3f} = {zigzag:.2f} 时走之字形；大于 2/{across:.3f} = {leaves:.2f} 时走出地图",
    "alpha = {alpha:4}: 1 - alpha * lambda = {across:+.3f} across, {along:+.3f} along; "
    "left after 30: {left_across:.3g} across, {left_along:.3g} along":
        "α = {alpha:4}：1 - α * λ = 横跨 {across:+.3f}，沿谷底 {along:+.3f}；"
        "30 次后剩下：横跨 {left_across:.3g}，沿谷底 {left_along:.3g}",
    "at the start: gradient (dE/dw_12, dE/db_2) = ({dE_dw:.3f}, {dE_db:.3g}), downhill = ({w:.3f}, {b:.3g})":
        "起点处：梯度 (dE/dw_12, dE/db_2) = ({dE_dw:.3f}, {dE_db:.3g})，下坡方向 = ({w:.3f}, {b:.3g})",
    "the way to the minimum: ({w:+.2f}, {b:+.2f})": "从起点到最小值点：({w:+.2f}, {b:+.2f})",
    "the mean of the ten examples' gradients is the batch's gradient: {same}":
        "十个样本的梯度的平均值就是批量的梯度：{same}",
    "the ten arrows point within {spread:.0f} degrees of each other; "
    "lengths {shortest:.2f} to {longest:.2f}, the batch's {batch:.2f}":
        "十个箭头的方向彼此相差不超过 {spread:.0f} 度；"
        "长度从 {shortest:.2f} 到 {longest:.2f}，批量的箭头长 {batch:.2f}",
    "  x_input = {x:.2f}: {degrees:2.0f} degrees left of straight down":
        "  输入 x = {x:.2f}：从正下方向左偏 {degrees:2.0f} 度",
    "batch size 1": "批量大小 1",
    "batch size 3": "批量大小 3",
    "all ten": "全部十个",
    "all examples, 30 updates, alpha from 0.1 to 1.5: lowest E = {E:.3g}, at alpha = {alpha:g}":
        "全部样本，更新 30 次，α 从 0.1 到 1.5：最低的 E = {E:.3g}，在 α = {alpha:g} 时",
    "gradient descent": "梯度下降",
    "momentum (β = 0.9)": "动量 (β = 0.9)",
    "Adam": "Adam",
    "momentum": "动量",
    "E after 4, 10, 20, 25 and 30 updates:": "更新 4、10、20、25 和 30 次后的 E：",
    "first step: gradient descent {plain}  Adam {adam}": "第一步：梯度下降 {plain}  Adam {adam}",
    "Adam turns at update {turn}, at ({w:.2f}, {b:.2f}); its E from update 5 to 13: {errors}":
        "Adam 在第 {turn} 次更新时掉头，位于 ({w:.2f}, {b:.2f})；它第 5 到第 13 次更新的 E：{errors}",
    "Adam's end: ({w_12:.2f}, {b_2:.2f}); the floor there is at b_2 = {floor:.2f}":
        "Adam 的终点：({w_12:.2f}, {b_2:.2f})；那里的谷底在 b_2 = {floor:.2f}",
    # notebook 6
    "f'(x) at x =    -2      0      2": "f'(x) 在 x =    -2      0      2",
    "{sizes:>15}: {weights:3d} weights, {biases:2d} biases":
        "{sizes:>15}：{weights:3d} 个权重，{biases:2d} 个偏置",
    "points on the right side of the boundary: {share:.0%}": "落在边界正确一侧的点：{share:.0%}",

    # ---- notebooks 07-08 -----------------------------------------------------
    # notebook 7: when training fails
    "Every weight starts at 0.5. After a few updates, how do the four hidden nodes 3, 4, 5 and 6 differ?":
        "每个权重都从 0.5 开始。更新几次之后，四个隐藏节点 3、4、5、6 之间有什么不同？",
    "They have become different: each learns a part of XOR": "它们变得各不相同：每个节点学会 XOR 的一部分",
    "Some have become different, others are still alike": "有的变得不同了，有的仍然一样",
    "They are still exactly alike": "它们仍然完全一样",
    "every weight 0.5:   {verdict}": "每个权重都为 0.5： {verdict}",
    "random, seed 0:     {verdict}": "随机权重，种子 0： {verdict}",
    "In the deep network of sigmoids, how does the mean size of dE/dx in the first hidden layer compare "
    "with that of the output layer (layer 9)?":
        "在 S 型函数节点组成的深层网络中，第一个隐藏层的 dE/dx 平均大小和输出层（第 9 层）的相比如何？",
    "About the same": "差不多一样大",
    "About 10 times smaller": "大约只有它的 1/10",
    "More than 1000 times smaller": "不到它的 1/1000",
    "Larger": "更大",
    "mean |dE/dx|, layer 1 / output: {ratio}": "|dE/dx| 的平均值，第 1 层 / 输出层：{ratio}",
    "layer 8, how far each node's y moves over the 40 examples: {moves}":
        "第 8 层，每个节点的 y 在 40 个样本上的变化幅度：{moves}",
    "The starting weights are 10 times their usual size. How does the mean size of dE/dx change going "
    "back from the output (layer 9) to layer 1?":
        "初始权重是通常大小的 10 倍。从输出层（第 9 层）往回到第 1 层，dE/dx 的平均大小怎样变化？",
    "It shrinks, as in the sigmoid network": "变小，和 S 型函数网络一样",
    "It stays about the same": "大致不变",
    "It grows about 10 times": "变大约 10 倍",
    "It grows about 10 000 times": "变大约 10 000 倍",
    "It grows a million times or more": "变大一百万倍甚至更多",
    "with the usual weights, layer 1 / output: {ratio}": "用通常大小的权重，第 1 层 / 输出层：{ratio}",
    "Every hidden node's total input x is negative for all 40 examples. What will 2000 updates with "
    "α = 3 do to the weights and biases into the hidden nodes?":
        "对全部 40 个样本，每个隐藏节点的总输入 x 都是负数。用 α = 3 更新 2000 次，"
        "进入隐藏节点的权重和偏置会怎样？",
    "Move them until the nodes switch on": "不断变化，直到这些节点重新开启",
    "Move them a little, slowly": "慢慢地变化一点点",
    "Nothing at all": "完全不变",
    "weights into the hidden nodes unchanged: {same}": "进入隐藏节点的权重没有变化：{same}",
    "biases of the hidden nodes unchanged:    {same}": "隐藏节点的偏置没有变化：    {same}",
    "findings at the start: {findings}": "开始时的诊断结果：{findings}",
    "none": "无",
    "ReLU, every hidden node dead": "ReLU，每个隐藏节点都已死亡",
    "leaky ReLU": "泄漏 ReLU",

    # notebook 8: choosing the error function
    "With the squared error, what is dE/dx at the output?": "用平方误差时，输出节点的 dE/dx 是多少？",
    "about -1: the error is large, so the push is large": "约为 -1：误差很大，所以推动也很大",
    "about -0.0003: almost nothing": "约为 -0.0003：几乎为零",
    "exactly 0: the error has no slope here": "恰好为 0：误差在这里没有斜率",
    "After how many updates does each output y pass 0.5?": "每个输出 y 要更新多少次才超过 0.5？",
    "both within about 50: the error is large, so both learn fast":
        "都在 50 次左右以内：误差很大，所以两者都学得快",
    "cross-entropy in about 5, the squared error in about 50": "交叉熵约 5 次，平方误差约 50 次",
    "cross-entropy in about 5, the squared error in about 1500": "交叉熵约 5 次，平方误差约 1500 次",
    "cross-entropy never: it overshoots and blows up; the squared error in about 1500":
        "交叉熵永远不会：它冲过头，越来越大；平方误差约 1500 次",
    "at the start -> after 50 updates:": "开始时 -> 更新 50 次后：",
    "{name:>13}: y passes 0.5 after {updates} updates": "{name:>13}: 更新 {updates} 次后 y 超过 0.5",
    "step {k:2d}: {title}\n         = {value:.3f}": "第 {k:2d} 步：{title}\n          = {value:.3f}",
    "Class 0 (targets 1, 0, 0), softmax outputs y = (0.2, 0.5, 0.3): which of x_0, x_1, x_2 "
    "get pushed, and which way?":
        "类别 0（目标值 1, 0, 0），softmax 输出 y = (0.2, 0.5, 0.3)："
        "x_0、x_1、x_2 中哪些会被推动，往哪个方向？",
    "only x_0, up: the wrong classes' targets are 0, so they add nothing to E":
        "只有 x_0，向上：错误类别的目标值是 0，它们对 E 没有贡献",
    "x_0 up; x_1 and x_2 down, x_1 (0.5) more than x_2 (0.3)":
        "x_0 向上；x_1 和 x_2 向下，x_1 (0.5) 比 x_2 (0.3) 多",
    "x_0 up; x_1 and x_2 down, both by the same amount": "x_0 向上；x_1 和 x_2 向下，两者幅度相同",
    "y     = {y}   sum {total}": "y     = {y}   总和 {total}",
    "points in their class's region: {right:.0%}, all but {wrong} of {total}":
        "落在自己类别区域内的点：{right:.0%}，{total} 个中只有 {wrong} 个不在",

    # ---- notebook 09: the exercises and their solutions ----------------------

    # ---- the lecture's questions (Q1-Q9, Prediction widgets and worksheet) ----
    # Q1-Q9: bp_helpers/worksheet.py's LECTURE_QUESTIONS (stems and choices), as lecture_question
    # looks them up: LaTeX and <name> as in the English, filled in after the lookup.
    r"Step 3 of the forward pass computes the total input $x_2$ of node 2. Which values "
    r"does it read?":
        r"正向传播的第 3 步计算节点 2 的总输入 $x_2$。这一步要读取哪些值？",
    r"$w_{12}$ only": r"只有 $w_{12}$",
    r"$y_1$, $w_{12}$, $w_{13}$ and $b_2$": r"$y_1$、$w_{12}$、$w_{13}$ 和 $b_2$",
    r"$y_1$, $w_{12}$ and $b_2$": r"$y_1$、$w_{12}$ 和 $b_2$",
    "every weight and bias of the network": "网络中所有的权重和偏置",
    r"The update rule is $w_{ij} \leftarrow w_{ij} - \alpha\,\frac{dE}{dw_{ij}}$ with "
    r"$\alpha = 1$; $\frac{dE}{dw_{46}} = <dE/dw_46>$ and $\frac{dE}{dw_{25}} = +<dE/dw_25>$. "
    r"Which way does each weight move?":
        r"更新法则是 $w_{ij} \leftarrow w_{ij} - \alpha\,\frac{dE}{dw_{ij}}$，取 $\alpha = 1$；"
        r"$\frac{dE}{dw_{46}} = <dE/dw_46>$，$\frac{dE}{dw_{25}} = +<dE/dw_25>$。"
        r"两个权重各往哪个方向变？",
    r"$w_{46}$ up, $w_{25}$ down, $w_{46}$ about 8 times as far":
        r"$w_{46}$ 变大，$w_{25}$ 变小，$w_{46}$ 变化的幅度约是 $w_{25}$ 的 8 倍",
    r"$w_{46}$ down, $w_{25}$ up, $w_{25}$ about 8 times as far":
        r"$w_{46}$ 变小，$w_{25}$ 变大，$w_{25}$ 变化的幅度约是 $w_{46}$ 的 8 倍",
    "both up, by the same amount": "两个都变大，变化一样多",
    r"$w_{46}$ up, $w_{25}$ down, by the same amount": r"$w_{46}$ 变大，$w_{25}$ 变小，变化一样多",
    r"A change of $w_{46}$ reaches the error through $x_6$ and $y_6$ only. "
    r"$\frac{dE}{dw_{46}}$ is which product of local derivatives?":
        r"$w_{46}$ 的变化只经过 $x_6$ 和 $y_6$ 影响误差。"
        r"$\frac{dE}{dw_{46}}$ 是哪几个局部导数的乘积？",
    r"Node 2 feeds node 4 and node 5: a change of $y_2$ reaches the error along two paths. "
    r"How do the two paths make $\frac{dE}{dy_2}$?":
        r"节点 2 连到节点 4 和节点 5：$y_2$ 的变化沿两条路径影响误差。"
        r"这两条路径怎样合成 $\frac{dE}{dy_2}$？",
    r"add: $w_{24}\,\frac{dE}{dx_4} + w_{25}\,\frac{dE}{dx_5}$":
        r"相加：$w_{24}\,\frac{dE}{dx_4} + w_{25}\,\frac{dE}{dx_5}$",
    r"multiply: $w_{24}\,\frac{dE}{dx_4} \cdot w_{25}\,\frac{dE}{dx_5}$":
        r"相乘：$w_{24}\,\frac{dE}{dx_4} \cdot w_{25}\,\frac{dE}{dx_5}$",
    "take the larger of the two": "取两者中较大的一个",
    "only the path through node 4 counts": "只算经过节点 4 的那条路径",
    r"Step 24 of backpropagation: node 5 has one edge out, to node 6, with "
    r"$w_{56} = <w_56>$, and $\frac{dE}{dx_6} = <dE/dx_6>$ is known. What is $\frac{dE}{dy_5}$?":
        r"反向传播的第 24 步：节点 5 只有一条连出的边，连到节点 6，$w_{56} = <w_56>$，"
        r"并且已知 $\frac{dE}{dx_6} = <dE/dx_6>$。$\frac{dE}{dy_5}$ 是多少？",
    r"The player computes every derivative (steps 14 to 38) before it changes any weight "
    r"(steps 39 to 51). Why?":
        r"播放器先算出所有的导数（第 14 到 38 步），然后才改动权重（第 39 到 51 步）。为什么？",
    "it is faster": "这样更快",
    "the order does not matter, it is a convention": "顺序无所谓，只是一种习惯",
    r"the update needs the error $E$, which comes last": r"更新需要误差 $E$，而 $E$ 最后才算出来",
    r"formula 4 reads the weights: $\frac{dE}{dy_4} = w_{46}\,\frac{dE}{dx_6}$ needs the "
    r"$w_{46}$ of the forward pass":
        r"公式 4 要读取权重：$\frac{dE}{dy_4} = w_{46}\,\frac{dE}{dx_6}$ 需要的是正向传播时的 $w_{46}$",
    r"One update with $\alpha = 100$ lowers the demo's error from <E> to "
    r"<E after one update, alpha 100>; with $\alpha = 1$ only to <E after the update>. "
    r"After 100 updates, which learning rate has the lower error?":
        r"用 $\alpha = 100$ 做一次更新，示例网络的误差从 <E> 降到 "
        r"<E after one update, alpha 100>；用 $\alpha = 1$ 只降到 <E after the update>。"
        r"更新 100 次之后，哪个学习率的误差更低？",
    "both end at the same error": "两者最后的误差一样",
    "neither: both stay at their error after the first update": "都不是：两者在第一次更新后误差都不再变",
    r"Gradient descent on a long, narrow valley: 30 updates from the same start with "
    r"$\alpha$ = 0.03, 0.3, 1, 1.5 and 1.7. Which rate leaves the map, and which ends lowest?":
        r"在一条又长又窄的山谷上做梯度下降：从同一个起点出发，分别用 "
        r"$\alpha$ = 0.03、0.3、1、1.5 和 1.7 更新 30 次。哪个学习率跑出了图的范围，哪个最后最低？",
    "1.7 leaves, 1.5 ends lowest": "1.7 跑出范围，1.5 最后最低",
    "1.7 leaves, 1 ends lowest": "1.7 跑出范围，1 最后最低",
    "none leaves, 0.3 ends lowest": "没有一个跑出范围，0.3 最后最低",
    "0.03 leaves, 1.7 ends lowest": "0.03 跑出范围，1.7 最后最低",
    "<dE/dy_5, the sign flipped>": "<dE/dy_5, the sign flipped>",     # Q5's choice A: only a number
    r"The derivatives get smaller towards the input: $\frac{dE}{dx_6} = <dE/dx_6>$ but "
    r"$\frac{dE}{dx_2} = <dE/dx_2>$. In a network with many more sigmoid layers, with weights "
    r"of the usual size (like the demo's, $|w| \leq 1$), what happens near the input?":
        r"越靠近输入，导数越小：$\frac{dE}{dx_6} = <dE/dx_6>$，而 "
        r"$\frac{dE}{dx_2} = <dE/dx_2>$。如果网络有多得多的 sigmoid 层，权重是通常的大小"
        r"（和示例网络一样，$|w| \leq 1$），靠近输入的地方会怎样？",
    "the derivatives shrink further, so the first layers learn very slowly":
        "导数继续变小，所以前面几层学得非常慢",
    "nothing changes, every layer gets the same derivatives": "没有变化，每一层得到的导数都一样",
    "the derivatives grow, layer after layer": "导数一层比一层大",
    "the derivatives change sign at every layer": "导数每经过一层就变一次符号",

    # ---- the lecture -----------------------------------------------------------
    # Question 6: the derivatives read the weights of the forward pass
    "right: dE/dy_4 = {w_46:.4f} * dE/dx_6 = {dE_dy_4:.4f}":
        "正确：dE/dy_4 = {w_46:.4f} * dE/dx_6 = {dE_dy_4:.4f}",
    "wrong: dE/dy_4 = {w_46:.4f} * dE/dx_6 = {dE_dy_4:.4f}":
        "错误：dE/dy_4 = {w_46:.4f} * dE/dx_6 = {dE_dy_4:.4f}",

}
