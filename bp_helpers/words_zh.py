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

    # ---- notebooks 04-06 -----------------------------------------------------

    # ---- notebooks 07-08 -----------------------------------------------------

    # ---- notebook 09: the exercises and their solutions ----------------------

    # ---- the lecture's questions (Q1-Q9, Prediction widgets and worksheet) ----

    # ---- the lecture -----------------------------------------------------------

}
