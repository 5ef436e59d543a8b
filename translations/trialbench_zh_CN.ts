<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExportPath</name>
    <message>
        <source>run #%1</source>
        <translation>运行 #%1</translation>
    </message>
    <message>
        <source>%1 is %2, not a text or CSV file; nothing was read.</source>
        <translation>%1 是%2，不是文本或 CSV 文件；未读取任何内容。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source> (JSON)</source>
        <translation>（JSON）</translation>
    </message>
    <message>
        <source>JSON, e.g. [[0.1, 0.2], [0.3, 0.4]]</source>
        <translation>JSON，例如 [[0.1, 0.2], [0.3, 0.4]]</translation>
    </message>
    <message>
        <source>Add a row (copies the last one)</source>
        <translation>添加一行（复制最后一行）</translation>
    </message>
    <message>
        <source>Remove the selected rows (or the last one)</source>
        <translation>删除选中的行（或最后一行）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a policy to compare</source>
        <translation>添加一个参与比较的策略</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Duplicate the selected policy</source>
        <translation>复制选中的策略</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected policy</source>
        <translation>删除选中的策略</translation>
    </message>
    <message>
        <source>Move the selected policy up</source>
        <translation>上移选中的策略</translation>
    </message>
    <message>
        <source>Move the selected policy down</source>
        <translation>下移选中的策略</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>%1 to %2%3</source>
        <translation>%1 至 %2%3</translation>
    </message>
    <message>
        <source> (logarithmic)</source>
        <translation>（对数）</translation>
    </message>
    <message>
        <source>%1 · %2:</source>
        <translation>%1 · %2：</translation>
    </message>
</context>
<context>
    <name>RunFilter</name>
    <message>
        <source>the name quoted with ` is not closed</source>
        <translation>用 ` 引起的名称没有闭合</translation>
    </message>
    <message>
        <source>empty name between ` `</source>
        <translation>` ` 之间的名称为空</translation>
    </message>
    <message>
        <source>expected a name after &apos;.&apos;</source>
        <translation>&apos;.&apos; 之后应为名称</translation>
    </message>
    <message>
        <source>expected an item number and &apos;]&apos; after &apos;[&apos;</source>
        <translation>&apos;[&apos; 之后应为项目编号和 &apos;]&apos;</translation>
    </message>
    <message>
        <source>the text opened here has no closing %1</source>
        <translation>此处开始的文本缺少闭合的 %1</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the number %2</source>
        <translation>数字 %2 之后出现意外的 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;!&apos; must be followed by &apos;=&apos; (use &quot;not&quot; to negate)</source>
        <translation>&apos;!&apos; 之后必须是 &apos;=&apos;（取反请用 &quot;not&quot;）</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>意外的字符 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the end of the filter</source>
        <translation>筛选条件的结尾</translation>
    </message>
    <message>
        <source>&apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>&apos;)&apos; 没有匹配的 &apos;(&apos;</translation>
    </message>
    <message>
        <source>expected &quot;and&quot;, &quot;or&quot; or the end, found %1</source>
        <translation>应为 &quot;and&quot;、&quot;or&quot; 或结尾，实际为 %1</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (fields: %2, params.KEY, final.METRIC, tags.KEY; quote text: &apos;%1&apos;)</source>
        <translation>未知字段 &apos;%1&apos;（字段：%2、params.KEY、final.METRIC、tags.KEY；文本请加引号：&apos;%1&apos;）</translation>
    </message>
    <message>
        <source>expected a field, a number or quoted text, found %1</source>
        <translation>应为字段、数字或带引号的文本，实际为 %1</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at column %1, found %2</source>
        <translation>应为 &apos;)&apos; 以闭合第 %1 列的 &apos;(&apos;，实际为 %2</translation>
    </message>
    <message>
        <source>%1 needs quoted text on its right, found %2</source>
        <translation>%1 的右侧需要带引号的文本，实际为 %2</translation>
    </message>
    <message>
        <source>invalid regular expression: %1 (at character %2 of the pattern)</source>
        <translation>无效的正则表达式：%1（位于模式的第 %2 个字符）</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 之后应为一个值</translation>
    </message>
    <message>
        <source>%1 alone is not a condition: compare it with a field</source>
        <translation>单独的 %1 不是条件：请将它与某个字段比较</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>the filter is empty</source>
        <translation>筛选条件为空</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>replicates × policies × arms = %1 × %2 × %3 = %4 per-arm states of about %5 bytes</source>
        <translation>重复 × 策略 × 臂 = %1 × %2 × %3 = %4 个单臂状态，每个约 %5 字节</translation>
    </message>
    <message>
        <source>replicates × window rounds (sw-ucb τ, at most the horizon) = %1 × %2 rounds of 12 bytes</source>
        <translation>重复 × 窗口轮数（sw-ucb 的 τ，至多为时间范围）= %1 × %2 轮，每轮 12 字节</translation>
    </message>
    <message>
        <source>the reward table: %1 rows × %2 arms of 8 bytes</source>
        <translation>奖励表：%1 行 × %2 臂，每项 8 字节</translation>
    </message>
    <message>
        <source>ucb1-trap: the arm UCB1 picks in each of %1 rounds, 2 bytes each</source>
        <translation>ucb1-trap：UCB1 在 %1 轮中每轮选择的臂，每轮 2 字节</translation>
    </message>
    <message>
        <source>horizon × arms = %1 × %2 = %3 table entries summed before the first pull</source>
        <translation>时间范围 × 臂 = %1 × %2 = %3 个表项，在第一次拉动前求和</translation>
    </message>
    <message>
        <source>replicates × policies × horizon = %1 × %2 × %3 = %4 pulls on %5 arms; the slowest policy, %6, at about %7 ns per pull</source>
        <translation>重复 × 策略 × 时间范围 = %1 × %2 × %3 = %4 次拉动，共 %5 个臂；最慢的策略 %6 每次拉动约 %7 ns</translation>
    </message>
    <message>
        <source>ln t tables for t &lt; min(horizon, 2^21)</source>
        <translation>t &lt; min(时间范围, 2^21) 的 ln t 表</translation>
    </message>
    <message>
        <source>cumulative rewards per checkpoint and arm</source>
        <translation>每个检查点和每个臂的累积奖励</translation>
    </message>
    <message>
        <source>ln t tables</source>
        <translation>ln t 表</translation>
    </message>
    <message>
        <source>arm %1</source>
        <translation>臂 %1</translation>
    </message>
    <message>
        <source>asymptotic lower bound C ln t of the expected regret of every uniformly good policy, C = sum (mu* - mu_k) / kl(mu_k, mu*) = %1; finite-horizon regret can lie below it</source>
        <translation>所有一致良好策略的期望遗憾的渐近下界 C ln t，C = sum (mu* - mu_k) / kl(mu_k, mu*) = %1；有限时间范围内的遗憾可能低于此界</translation>
    </message>
    <message>
        <source>Cumulative pseudo-regret</source>
        <translation>累积伪遗憾</translation>
    </message>
    <message>
        <source>Cumulative realized regret</source>
        <translation>累积实际遗憾</translation>
    </message>
    <message>
        <source>Fraction of optimal pulls</source>
        <translation>最优拉动比例</translation>
    </message>
    <message>
        <source>Average reward</source>
        <translation>平均奖励</translation>
    </message>
    <message>
        <source>Pulls per arm</source>
        <translation>每个臂的拉动次数</translation>
    </message>
    <message>
        <source>pulls</source>
        <translation>次拉动</translation>
    </message>
    <message>
        <source>arm</source>
        <translation>臂</translation>
    </message>
    <message>
        <source>Multi-armed bandit</source>
        <translation>多臂老虎机</translation>
    </message>
    <message>
        <source>Lai–Robbins asymptotic bound</source>
        <translation>Lai–Robbins 渐近下界</translation>
    </message>
    <message>
        <source>%1 must be greater than the previous start %2</source>
        <translation>%1 必须大于前一个起点 %2</translation>
    </message>
    <message>
        <source>%1 must be &lt; horizon %2</source>
        <translation>%1 必须小于时间范围 %2</translation>
    </message>
    <message>
        <source>has %1 items but segments[0].means has %2</source>
        <translation>有 %1 项，但 segments[0].means 有 %2 项</translation>
    </message>
    <message>
        <source>has %1 items but the segments have %2 arms</source>
        <translation>有 %1 项，但各分段有 %2 个臂</translation>
    </message>
    <message>
        <source>has %1 items but environment.arms is %2</source>
        <translation>有 %1 项，但 environment.arms 为 %2</translation>
    </message>
    <message>
        <source>Bernoulli arms</source>
        <translation>伯努利臂</translation>
    </message>
    <message>
        <source>arm k pays 1 with probability means[k], else 0</source>
        <translation>臂 k 以概率 means[k] 给出 1，否则给出 0</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>success probability of each arm</source>
        <translation>每个臂的成功概率</translation>
    </message>
    <message>
        <source>Gaussian arms</source>
        <translation>高斯臂</translation>
    </message>
    <message>
        <source>arm k pays means[k] + sqrt(variances[k]) * N(0, 1)</source>
        <translation>臂 k 给出 means[k] + sqrt(variances[k]) * N(0, 1)</translation>
    </message>
    <message>
        <source>mean reward of each arm</source>
        <translation>每个臂的平均奖励</translation>
    </message>
    <message>
        <source>Variances</source>
        <translation>方差</translation>
    </message>
    <message>
        <source>reward variance of each arm (&gt; 0)</source>
        <translation>每个臂的奖励方差（&gt; 0）</translation>
    </message>
    <message>
        <source>Piecewise-stationary</source>
        <translation>分段平稳</translation>
    </message>
    <message>
        <source>arm means change at the segment starts (change points); the best arm is re-evaluated in each segment</source>
        <translation>各臂均值在分段起点（变点）处改变；每个分段重新确定最优臂</translation>
    </message>
    <message>
        <source>Arm law</source>
        <translation>臂的分布</translation>
    </message>
    <message>
        <source>reward law of the arms in every segment</source>
        <translation>每个分段中各臂的奖励分布</translation>
    </message>
    <message>
        <source>gaussian arms: reward variance of each arm (&gt; 0)</source>
        <translation>高斯臂：每个臂的奖励方差（&gt; 0）</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>分段</translation>
    </message>
    <message>
        <source>stationary stretches: first start 0, starts strictly increasing and &lt; horizon</source>
        <translation>平稳区段：第一个起点为 0，各起点严格递增且小于时间范围</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>first round (0-based) of the segment</source>
        <translation>分段的第一轮（从 0 开始计数）</translation>
    </message>
    <message>
        <source>arm means in this segment</source>
        <translation>该分段中各臂的均值</translation>
    </message>
    <message>
        <source>Oblivious adversarial</source>
        <translation>无记忆对抗</translation>
    </message>
    <message>
        <source>a reward table fixed before play: given rows (cycled over the horizon) or generated</source>
        <translation>开始前固定的奖励表：给定的行（在时间范围内循环使用）或自动生成</translation>
    </message>
    <message>
        <source>Reward table</source>
        <translation>奖励表</translation>
    </message>
    <message>
        <source>rows x arms rewards in [0, 1], cycled over the horizon</source>
        <translation>行 × 臂的奖励，取值于 [0, 1]，在时间范围内循环使用</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>生成方式</translation>
    </message>
    <message>
        <source>ucb1-trap: every arm pays 1 except the one UCB1 would pick, which pays 0.1 (k+1)/K (UCB1&apos;s regret is linear); doubling-blocks: block b (length block * 2^b) pays 1 on arm b mod K only; random: i.i.d. uniform entries from the seed</source>
        <translation>ucb1-trap：除 UCB1 会选择的臂外每个臂都给出 1，该臂给出 0.1 (k+1)/K（UCB1 的遗憾线性增长）；doubling-blocks：第 b 块（长度 block * 2^b）只在臂 b mod K 上给出 1；random：由种子生成的独立同分布均匀项</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>臂数</translation>
    </message>
    <message>
        <source>number of arms (generated tables; must match a given table)</source>
        <translation>臂的数量（用于生成的表；必须与给定的表一致）</translation>
    </message>
    <message>
        <source>First block</source>
        <translation>第一块</translation>
    </message>
    <message>
        <source>doubling-blocks: length of the first block</source>
        <translation>doubling-blocks：第一块的长度</translation>
    </message>
    <message>
        <source>the first segment must start at 0</source>
        <translation>第一个分段必须从 0 开始</translation>
    </message>
    <message>
        <source>give either &quot;table&quot; or &quot;generator&quot;, not both</source>
        <translation>只能给出 &quot;table&quot; 或 &quot;generator&quot; 之一，不能同时给出</translation>
    </message>
    <message>
        <source>needs a &quot;table&quot; or a &quot;generator&quot;</source>
        <translation>需要 &quot;table&quot; 或 &quot;generator&quot;</translation>
    </message>
    <message>
        <source>ucb1-trap stores one arm per round: horizon must be &lt;= 1e+08</source>
        <translation>ucb1-trap 每轮存储一个臂：时间范围必须 &lt;= 1e+08</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>independent repetitions</source>
        <translation>独立重复次数</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>rounds T per replicate</source>
        <translation>每次重复的轮数 T</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>the arms</source>
        <translation>各个臂</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>compared policies (each one run)</source>
        <translation>参与比较的策略（每个策略一次运行）</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>display label (default: type and parameters)</source>
        <translation>显示的标签（默认：类型和参数）</translation>
    </message>
    <message>
        <source>ε-greedy (decaying, c=%1, d=%2)</source>
        <translation>ε-贪心（递减，c=%1，d=%2）</translation>
    </message>
    <message>
        <source>ε-greedy (ε=%1)</source>
        <translation>ε-贪心（ε=%1）</translation>
    </message>
    <message>
        <source>KL-UCB (c=%1)</source>
        <translation>KL-UCB（c=%1）</translation>
    </message>
    <message>
        <source>Softmax (τ=%1)</source>
        <translation>Softmax（τ=%1）</translation>
    </message>
    <message>
        <source>Explore-then-commit (m=%1)</source>
        <translation>先探索后利用（m=%1）</translation>
    </message>
    <message>
        <source>UCB-V (b=%1, ζ=%2)</source>
        <translation>UCB-V（b=%1，ζ=%2）</translation>
    </message>
    <message>
        <source>Thompson (Gaussian, σ=%1)</source>
        <translation>汤普森（高斯，σ=%1）</translation>
    </message>
    <message>
        <source>EXP3 (γ=%1)</source>
        <translation>EXP3（γ=%1）</translation>
    </message>
    <message>
        <source>SW-UCB (τ=%1)</source>
        <translation>SW-UCB（τ=%1）</translation>
    </message>
    <message>
        <source>D-UCB (γ=%1)</source>
        <translation>D-UCB（γ=%1）</translation>
    </message>
    <message>
        <source>D-TS (γ=%1)</source>
        <translation>D-TS（γ=%1）</translation>
    </message>
    <message>
        <source>Bayes-UCB (c=%1)</source>
        <translation>Bayes-UCB（c=%1）</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>均匀随机</translation>
    </message>
    <message>
        <source>pulls an arm uniformly at random every round</source>
        <translation>每轮均匀随机地拉动一个臂</translation>
    </message>
    <message>
        <source>ε-greedy</source>
        <translation>ε-贪心</translation>
    </message>
    <message>
        <source>explore (uniform arm) with probability ε_t, else the best empirical mean; fixed: ε_t = ε; decaying: ε_t = min(1, c K / (d^2 t))</source>
        <translation>以概率 ε_t 探索（均匀选臂），否则选经验均值最高的臂；fixed：ε_t = ε；decaying：ε_t = min(1, c K / (d^2 t))</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>exploration probability (fixed schedule)</source>
        <translation>探索概率（固定方案）</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>fixed ε or the decaying ε_t = min(1, c K / (d^2 t))</source>
        <translation>固定的 ε 或递减的 ε_t = min(1, c K / (d^2 t))</translation>
    </message>
    <message>
        <source>c</source>
        <translation>c</translation>
    </message>
    <message>
        <source>decaying schedule: scale c</source>
        <translation>递减方案：尺度 c</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <source>decaying schedule: assumed smallest gap d</source>
        <translation>递减方案：假定的最小差距 d</translation>
    </message>
    <message>
        <source>UCB1</source>
        <translation>UCB1</translation>
    </message>
    <message>
        <source>mean_k + sqrt(2 ln t / N_k), t = pulls so far</source>
        <translation>mean_k + sqrt(2 ln t / N_k)，t = 到目前为止的拉动次数</translation>
    </message>
    <message>
        <source>KL-UCB</source>
        <translation>KL-UCB</translation>
    </message>
    <message>
        <source>max { q : N_k kl(mean_k, q) &lt;= ln t + c ln ln t } (Bernoulli kl, exact solve)</source>
        <translation>max { q : N_k kl(mean_k, q) &lt;= ln t + c ln ln t }（伯努利 kl，精确求解）</translation>
    </message>
    <message>
        <source>weight of the ln ln t term</source>
        <translation>ln ln t 项的权重</translation>
    </message>
    <message>
        <source>Lazy bounds</source>
        <translation>惰性界</translation>
    </message>
    <message>
        <source>skip exact solves when closed-form bounds already decide the argmax (same result)</source>
        <translation>当闭式界已能确定 argmax 时跳过精确求解（结果相同）</translation>
    </message>
    <message>
        <source>Thompson sampling (Beta)</source>
        <translation>汤普森采样（Beta）</translation>
    </message>
    <message>
        <source>theta_k ~ Beta(1 + S_k, 1 + F_k); rewards outside {0, 1} are binarised</source>
        <translation>theta_k ~ Beta(1 + S_k, 1 + F_k)；不在 {0, 1} 中的奖励会被二值化</translation>
    </message>
    <message>
        <source>Thompson (Beta)</source>
        <translation>汤普森（Beta）</translation>
    </message>
    <message>
        <source>Softmax (Boltzmann)</source>
        <translation>Softmax（玻尔兹曼）</translation>
    </message>
    <message>
        <source>P(k) ∝ exp(mean_k / τ)</source>
        <translation>P(k) ∝ exp(mean_k / τ)</translation>
    </message>
    <message>
        <source>τ</source>
        <translation>τ</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Explore-then-commit</source>
        <translation>先探索后利用</translation>
    </message>
    <message>
        <source>pulls every arm m times (round robin), then commits to the best empirical mean</source>
        <translation>依次将每个臂拉动 m 次，然后固定选择经验均值最高的臂</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>exploration pulls per arm</source>
        <translation>每个臂的探索拉动次数</translation>
    </message>
    <message>
        <source>UCB-V</source>
        <translation>UCB-V</translation>
    </message>
    <message>
        <source>mean_k + sqrt(2 V_k ζ ln t / N_k) + 3 b ζ ln t / N_k, V_k the empirical variance</source>
        <translation>mean_k + sqrt(2 V_k ζ ln t / N_k) + 3 b ζ ln t / N_k，V_k 为经验方差</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>reward range</source>
        <translation>奖励范围</translation>
    </message>
    <message>
        <source>ζ</source>
        <translation>ζ</translation>
    </message>
    <message>
        <source>exploration factor</source>
        <translation>探索因子</translation>
    </message>
    <message>
        <source>MOSS</source>
        <translation>MOSS</translation>
    </message>
    <message>
        <source>mean_k + sqrt(max(0, ln(T / (K N_k))) / N_k), T the horizon</source>
        <translation>mean_k + sqrt(max(0, ln(T / (K N_k))) / N_k)，T 为时间范围</translation>
    </message>
    <message>
        <source>Thompson sampling (Gaussian)</source>
        <translation>汤普森采样（高斯）</translation>
    </message>
    <message>
        <source>theta_k ~ N(mean_k, sigma^2 / N_k) (known variance, flat prior)</source>
        <translation>theta_k ~ N(mean_k, sigma^2 / N_k)（方差已知，平坦先验）</translation>
    </message>
    <message>
        <source>σ</source>
        <translation>σ</translation>
    </message>
    <message>
        <source>assumed reward standard deviation</source>
        <translation>假定的奖励标准差</translation>
    </message>
    <message>
        <source>VarTS (normal–gamma)</source>
        <translation>VarTS（正态–伽马）</translation>
    </message>
    <message>
        <source>lambda ~ Gamma(a_n, rate b_n), theta ~ N(mu_n, 1 / (k_n lambda)) per arm</source>
        <translation>每个臂 lambda ~ Gamma(a_n, 速率 b_n)，theta ~ N(mu_n, 1 / (k_n lambda))</translation>
    </message>
    <message>
        <source>κ0</source>
        <translation>κ0</translation>
    </message>
    <message>
        <source>prior pseudo-count of the mean</source>
        <translation>均值的先验伪计数</translation>
    </message>
    <message>
        <source>α0</source>
        <translation>α0</translation>
    </message>
    <message>
        <source>prior gamma shape</source>
        <translation>伽马先验的形状参数</translation>
    </message>
    <message>
        <source>β0</source>
        <translation>β0</translation>
    </message>
    <message>
        <source>prior gamma rate</source>
        <translation>伽马先验的速率参数</translation>
    </message>
    <message>
        <source>μ0</source>
        <translation>μ0</translation>
    </message>
    <message>
        <source>prior mean</source>
        <translation>先验均值</translation>
    </message>
    <message>
        <source>VarTS</source>
        <translation>VarTS</translation>
    </message>
    <message>
        <source>EXP3</source>
        <translation>EXP3</translation>
    </message>
    <message>
        <source>p_k = (1 - γ) w_k / Σw + γ/K, w_k *= exp(γ x / (p_k K)); default γ = min(1, sqrt(K ln K / ((e-1) T)))</source>
        <translation>p_k = (1 - γ) w_k / Σw + γ/K，w_k *= exp(γ x / (p_k K))；默认 γ = min(1, sqrt(K ln K / ((e-1) T)))</translation>
    </message>
    <message>
        <source>γ</source>
        <translation>γ</translation>
    </message>
    <message>
        <source>exploration rate (default from the horizon)</source>
        <translation>探索率（默认由时间范围确定）</translation>
    </message>
    <message>
        <source>Sliding-window UCB</source>
        <translation>滑动窗口 UCB</translation>
    </message>
    <message>
        <source>window mean_k + sqrt(alpha ln min(t, τ) / N_k) over the last τ rounds</source>
        <translation>最近 τ 轮的窗口 mean_k + sqrt(alpha ln min(t, τ) / N_k)</translation>
    </message>
    <message>
        <source>window length</source>
        <translation>窗口长度</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>Discounted UCB</source>
        <translation>折扣 UCB</translation>
    </message>
    <message>
        <source>X_k / N_k + sqrt(alpha ln n / (2 N_k)), counts and sums discounted by γ each round</source>
        <translation>X_k / N_k + sqrt(alpha ln n / (2 N_k))，计数和总和每轮按 γ 折扣</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>折扣因子</translation>
    </message>
    <message>
        <source>Discounted Thompson</source>
        <translation>折扣汤普森采样</translation>
    </message>
    <message>
        <source>Beta(1 + S_k, 1 + F_k) with S, F discounted by γ each round</source>
        <translation>Beta(1 + S_k, 1 + F_k)，S 和 F 每轮按 γ 折扣</translation>
    </message>
    <message>
        <source>Bayes-UCB</source>
        <translation>Bayes-UCB</translation>
    </message>
    <message>
        <source>quantile 1 - 1/(t (ln T)^c) of Beta(1 + S_k, 1 + F_k); rewards outside {0, 1} are binarised</source>
        <translation>Beta(1 + S_k, 1 + F_k) 的 1 - 1/(t (ln T)^c) 分位数；不在 {0, 1} 中的奖励会被二值化</translation>
    </message>
    <message>
        <source>exponent of ln T</source>
        <translation>ln T 的指数</translation>
    </message>
    <message>
        <source>skip exact quantiles when binomial tail bounds already decide the argmax (same result)</source>
        <translation>当二项分布尾部界已能确定 argmax 时跳过精确分位数（结果相同）</translation>
    </message>
    <message>
        <source>%1 pulls every arm once first: round %2 goes to arm %3.</source>
        <translation>%1 先把每个臂各拉动一次：第 %2 轮拉动臂 %3。</translation>
    </message>
    <message>
        <source>%1 is exploring round robin (%2 pulls per arm before it commits): arm %3.</source>
        <translation>%1 正在轮流探索（确定选择前每个臂拉动 %2 次）：臂 %3。</translation>
    </message>
    <message>
        <source>%1 committed to arm %2, the best empirical mean (%3) after exploring.</source>
        <translation>%1 在探索后固定选择臂 %2，其经验均值（%3）最高。</translation>
    </message>
    <message>
        <source>%1 picked arm %2 uniformly at random.</source>
        <translation>%1 均匀随机地选择了臂 %2。</translation>
    </message>
    <message>
        <source>%1 chose arm %2: its index %3 (mean %4 + bonus %5) was the highest.</source>
        <translation>%1 选择了臂 %2：其指标 %3（均值 %4 + 奖励项 %5）最高。</translation>
    </message>
    <message>
        <source>%1 chose arm %2: its index %3 (mean %4 + bonus %5) tied for the highest; a random draw broke the tie.</source>
        <translation>%1 选择了臂 %2：其指标 %3（均值 %4 + 奖励项 %5）与最高值并列；由随机抽取打破平局。</translation>
    </message>
    <message>
        <source>%1 chose arm %2: its posterior sample %3 was the highest.</source>
        <translation>%1 选择了臂 %2：其后验样本 %3 最高。</translation>
    </message>
    <message>
        <source>%1 chose arm %2: its posterior sample %3 tied for the highest; a random draw broke the tie.</source>
        <translation>%1 选择了臂 %2：其后验样本 %3 与最高值并列；由随机抽取打破平局。</translation>
    </message>
    <message>
        <source>%1 explored: a uniform draw (probability ε = %2) picked arm %3.</source>
        <translation>%1 进行了探索：一次均匀抽取（概率 ε = %2）选中了臂 %3。</translation>
    </message>
    <message>
        <source>%1 exploited (probability 1 − ε = %2): arm %3 has the highest empirical mean, %4.</source>
        <translation>%1 进行了利用（概率 1 − ε = %2）：臂 %3 的经验均值最高，为 %4。</translation>
    </message>
    <message>
        <source>%1 exploited (probability 1 − ε = %2): arm %3 ties for the highest empirical mean, %4; a random draw broke the tie.</source>
        <translation>%1 进行了利用（概率 1 − ε = %2）：臂 %3 的经验均值 %4 与最高值并列；由随机抽取打破平局。</translation>
    </message>
    <message>
        <source>%1 drew arm %2 at random; its probability was %3.</source>
        <translation>%1 随机抽中了臂 %2；其概率为 %3。</translation>
    </message>
    <message>
        <source>%1 chose arm %2.</source>
        <translation>%1 选择了臂 %2。</translation>
    </message>
    <message>
        <source>Step mode plays stochastic arms: an adversarial environment has no true means to show, drag or count regret against. Choose a Bernoulli, Gaussian or piecewise environment.</source>
        <translation>单步模式只支持随机臂：对抗环境没有可显示、拖动或用于计算遗憾的真实均值。请选择伯努利、高斯或分段平稳环境。</translation>
    </message>
    <message>
        <source>there is no policy at position %1</source>
        <translation>位置 %1 没有策略</translation>
    </message>
    <message>
        <source>arm %1 is not an arm of this environment</source>
        <translation>臂 %1 不是此环境中的臂</translation>
    </message>
    <message>
        <source>a true mean must be a finite number</source>
        <translation>真实均值必须是有限数</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>experiment family</source>
        <translation>实验类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>name of the experiment</source>
        <translation>实验名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>one-line description</source>
        <translation>一行描述</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>master seed, any integer in [0, 2^64 - 1]: same config and seed give bit-identical results</source>
        <translation>主随机种子，[0, 2^64 - 1] 中的任意整数：相同的配置和种子得到逐位相同的结果</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>应为整数，实际为%1</translation>
    </message>
    <message>
        <source>expected an integer in [%1, %2], got %3</source>
        <translation>应为 [%1, %2] 中的整数，实际为 %3</translation>
    </message>
    <message>
        <source>expected an integer, got a number %1</source>
        <translation>应为整数，实际为数 %1</translation>
    </message>
    <message>
        <source>%1 is not exact as an integer: above 2^53 = 9007199254740992, write the integer with digits only (no fraction or exponent)</source>
        <translation>%1 作为整数不精确：大于 2^53 = 9007199254740992 时，请只用数字书写整数（不带小数或指数）</translation>
    </message>
    <message>
        <source>%1 is outside %2</source>
        <translation>%1 超出 %2</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 必须满足 %2</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>应为数，实际为%1</translation>
    </message>
    <message>
        <source>expected a finite number, got %1</source>
        <translation>应为有限数，实际为 %1</translation>
    </message>
    <message>
        <source>expected at least %1 item, got %2</source>
        <translation>至少应有 %1 项，实际为 %2 项</translation>
    </message>
    <message>
        <source>expected at least %1 items, got %2</source>
        <translation>至少应有 %1 项，实际为 %2 项</translation>
    </message>
    <message>
        <source>expected at most %1 items, got %2</source>
        <translation>至多应有 %1 项，实际为 %2 项</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>应为对象，实际为%1</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>未知的键（应为以下之一：%1）</translation>
    </message>
    <message>
        <source>is only used when %1 is &quot;%2&quot;</source>
        <translation>仅在 %1 为 &quot;%2&quot; 时使用</translation>
    </message>
    <message>
        <source>is required (%1)</source>
        <translation>为必填项（%1）</translation>
    </message>
    <message>
        <source>is required when %1 is &quot;%2&quot;</source>
        <translation>当 %1 为 &quot;%2&quot; 时为必填项</translation>
    </message>
    <message>
        <source>has %1 items but &apos;%2&apos; has %3</source>
        <translation>有 %1 项，但 &apos;%2&apos; 有 %3 项</translation>
    </message>
    <message>
        <source>is required (one of: %1)</source>
        <translation>为必填项（以下之一：%1）</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>应为字符串，实际为%1</translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 不是以下之一：%2</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>应为 true 或 false，实际为%1</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte %1</source>
        <translation>第 %1 字节处的 UTF-8 无效</translation>
    </message>
    <message>
        <source>expected an array of numbers, got %1</source>
        <translation>应为数的数组，实际为%1</translation>
    </message>
    <message>
        <source>expected an array of arrays of numbers, got %1</source>
        <translation>应为由数的数组组成的数组，实际为%1</translation>
    </message>
    <message>
        <source>has %1 items; at most %2 are allowed</source>
        <translation>有 %1 项；最多允许 %2 项</translation>
    </message>
    <message>
        <source>has %1 item; at least %2 are needed</source>
        <translation>有 %1 项；至少需要 %2 项</translation>
    </message>
    <message>
        <source>has %1 items; at least %2 are needed</source>
        <translation>有 %1 项；至少需要 %2 项</translation>
    </message>
    <message>
        <source>has %1 items but row 0 has %2</source>
        <translation>有 %1 项，但第 0 行有 %2 项</translation>
    </message>
    <message>
        <source>expected an array of objects, got %1</source>
        <translation>应为对象数组，实际为%1</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>……还有 %1 个问题</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation>不支持的值</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>任意数</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>%1: gold peak (gain vs π0)</source>
        <translation>%1：金标准峰值（相对 π0 的增益）</translation>
    </message>
    <message>
        <source>%1: √KL at the gold peak</source>
        <translation>%1：金标准峰值处的 √KL</translation>
    </message>
    <message>
        <source>%1: gold at the end</source>
        <translation>%1：结束时的金标准</translation>
    </message>
    <message>
        <source>%1: gold drop after the peak</source>
        <translation>%1：峰值后的金标准下降</translation>
    </message>
    <message>
        <source>%1: drop / peak gain †</source>
        <translation>%1：下降 / 峰值增益 †</translation>
    </message>
    <message>
        <source>%1: proxy at the end</source>
        <translation>%1：结束时的代理</translation>
    </message>
    <message>
        <source>%1: largest √KL</source>
        <translation>%1：最大 √KL</translation>
    </message>
    <message>
        <source>%1: fit α of %2 †</source>
        <translation>%1：%2 的拟合 α †</translation>
    </message>
    <message>
        <source>%1: fit β of %2 †</source>
        <translation>%1：%2 的拟合 β †</translation>
    </message>
    <message>
        <source>%1: fit R²</source>
        <translation>%1：拟合 R²</translation>
    </message>
    <message>
        <source>%1: fitted peak d*</source>
        <translation>%1：拟合峰值 d*</translation>
    </message>
    <message>
        <source>%1: fitted peak R*</source>
        <translation>%1：拟合峰值 R*</translation>
    </message>
    <message>
        <source>least-squares fit of Gao et al.&apos;s %1 to this world&apos;s gold curve (d &gt; 0); Gao&apos;s own α, β values exist only as plotted points and are not verified (reference rlhf.md §12)</source>
        <translation>将 Gao 等人的 %1 用最小二乘法拟合到此世界的金标准曲线（d &gt; 0）；Gao 本人的 α、β 值只以图中的点给出，未经核实（参考 rlhf.md §12）</translation>
    </message>
    <message>
        <source>%1 fit %2</source>
        <translation>%1 拟合 %2</translation>
    </message>
    <message>
        <source>early stop (step %1)</source>
        <translation>提前停止（第 %1 步）</translation>
    </message>
    <message>
        <source>%1 world of %2 prompts × %3 candidates; every curve exact over the candidates</source>
        <translation>%1 个世界，%2 个提示 × %3 个候选；每条曲线都在候选上精确计算</translation>
    </message>
    <message>
        <source>%1 worlds of %2 prompts × %3 candidates; every curve exact over the candidates</source>
        <translation>%1 个世界，%2 个提示 × %3 个候选；每条曲线都在候选上精确计算</translation>
    </message>
    <message>
        <source>best-of-n up to n = %1 over %2 candidates per prompt: past n ≈ K/50 best-of-n collapses onto each prompt&apos;s top candidate and the curve&apos;s tail is an artefact of the finite set (reference rlhf.md §9)</source>
        <translation>best-of-n 至 n = %1，每个提示 %2 个候选：n 超过约 K/50 后，best-of-n 会坍缩到每个提示的最佳候选，曲线尾部是有限候选集造成的假象（参考 rlhf.md §9）</translation>
    </message>
    <message>
        <source>worlds × prompts × candidates × (features + 6 + 4 per pipeline) doubles = %1 × %2 × %3 × %4</source>
        <translation>世界 × 提示 × 候选 × （特征 + 6 + 每个流程 4）个双精度数 = %1 × %2 × %3 × %4</translation>
    </message>
    <message>
        <source>worlds × pipelines × steps × prompts × candidates = %1 × %2 × %3 × %4 × %5 at 2–10 ns, and metrics at the checkpoints</source>
        <translation>世界 × 流程 × 步数 × 提示 × 候选 = %1 × %2 × %3 × %4 × %5，每项 2–10 ns，另加检查点处的指标</translation>
    </message>
    <message>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <source>RLHF</source>
        <translation>RLHF</translation>
    </message>
    <message>
        <source>the largest mean gold gain along the curve</source>
        <translation>曲线上最大的平均金标准增益</translation>
    </message>
    <message>
        <source>a normalised drop height in this workbench&apos;s definition (drop / (peak − start)); Karwowski et al.&apos;s exact NDH normalisation is not verified (reference rlhf.md §12)</source>
        <translation>本工作台定义的归一化下降高度（下降 / (峰值 − 起点)）；Karwowski 等人的确切 NDH 归一化未经核实（参考 rlhf.md §12）</translation>
    </message>
    <message>
        <source>α / (2β); none when β ≤ 0</source>
        <translation>α / (2β)；β ≤ 0 时不存在</translation>
    </message>
    <message>
        <source>exp(α/β − 1); none when β ≤ 0</source>
        <translation>exp(α/β − 1)；β ≤ 0 时不存在</translation>
    </message>
    <message>
        <source>Gold reward gain</source>
        <translation>金标准奖励增益</translation>
    </message>
    <message>
        <source>σ_gold</source>
        <translation>σ_gold</translation>
    </message>
    <message>
        <source>Proxy reward gain</source>
        <translation>代理奖励增益</translation>
    </message>
    <message>
        <source>σ_proxy</source>
        <translation>σ_proxy</translation>
    </message>
    <message>
        <source>Reward drift (proxy − gold)</source>
        <translation>奖励偏移（代理 − 金标准）</translation>
    </message>
    <message>
        <source>KL(π ‖ π0)</source>
        <translation>KL(π ‖ π0)</translation>
    </message>
    <message>
        <source>nats</source>
        <translation>奈特</translation>
    </message>
    <message>
        <source>Gold win rate vs π0</source>
        <translation>相对 π0 的金标准胜率</translation>
    </message>
    <message>
        <source>Proxy–gold correlation under π</source>
        <translation>π 下代理与金标准的相关性</translation>
    </message>
    <message>
        <source>Ensemble variance under π</source>
        <translation>π 下的集成方差</translation>
    </message>
    <message>
        <source>σ_proxy²</source>
        <translation>σ_proxy²</translation>
    </message>
    <message>
        <source>Held-out preference accuracy</source>
        <translation>留出集偏好准确率</translation>
    </message>
    <message>
        <source>Best-of-n KL</source>
        <translation>best-of-n KL</translation>
    </message>
    <message>
        <source>Best-of-n gold gain</source>
        <translation>best-of-n 金标准增益</translation>
    </message>
    <message>
        <source>Best-of-n proxy gain</source>
        <translation>best-of-n 代理增益</translation>
    </message>
    <message>
        <source>Best-of-n ensemble variance</source>
        <translation>best-of-n 集成方差</translation>
    </message>
    <message>
        <source>KL-regularised KL</source>
        <translation>KL 正则化：KL</translation>
    </message>
    <message>
        <source>KL-regularised gold gain</source>
        <translation>KL 正则化：金标准增益</translation>
    </message>
    <message>
        <source>KL-regularised proxy gain</source>
        <translation>KL 正则化：代理增益</translation>
    </message>
    <message>
        <source>KL-regularised ensemble variance</source>
        <translation>KL 正则化：集成方差</translation>
    </message>
    <message>
        <source>Reward-model held-out accuracy (labels, gold order)</source>
        <translation>奖励模型的留出集准确率（标签，金标准顺序）</translation>
    </message>
    <message>
        <source>Gold reward vs √KL</source>
        <translation>金标准奖励与 √KL</translation>
    </message>
    <message>
        <source>d = √KL(π ‖ π0) (nats^½)</source>
        <translation>d = √KL(π ‖ π0)（奈特^½）</translation>
    </message>
    <message>
        <source>gold gain vs π0 (σ_gold)</source>
        <translation>相对 π0 的金标准增益（σ_gold）</translation>
    </message>
    <message>
        <source>circles: best-of-n; squares: the KL-regularised optimum π ∝ π0·exp(r/β); triangles: training; lines: Gao et al.&apos;s forms fitted to each (best-of-n d(α − βd), RL d(α − β ln d)); bands: 95% CI over worlds; every point is exact over the candidates</source>
        <translation>圆点：best-of-n；方块：KL 正则化最优解 π ∝ π0·exp(r/β)；三角：训练；线：分别拟合的 Gao 等人的函数形式（best-of-n 为 d(α − βd)，RL 为 d(α − β ln d)）；带：跨世界的 95% 置信区间；每个点都在候选上精确计算</translation>
    </message>
    <message>
        <source>Proxy reward vs √KL</source>
        <translation>代理奖励与 √KL</translation>
    </message>
    <message>
        <source>proxy gain vs π0 (σ_proxy)</source>
        <translation>相对 π0 的代理增益（σ_proxy）</translation>
    </message>
    <message>
        <source>what the optimiser sees: the proxy keeps rising where the gold falls</source>
        <translation>优化器看到的情形：金标准下降时代理仍在上升</translation>
    </message>
    <message>
        <source>Ensemble spread vs √KL</source>
        <translation>集成离散度与 √KL</translation>
    </message>
    <message>
        <source>E_π[population variance of members] (σ_proxy²)</source>
        <translation>E_π[成员的总体方差]（σ_proxy²）</translation>
    </message>
    <message>
        <source>the reward-model ensemble&apos;s disagreement where the policy goes (0 for a single model)</source>
        <translation>策略所到之处奖励模型集成的分歧（单个模型时为 0）</translation>
    </message>
    <message>
        <source>Best-of-n KL (exact)</source>
        <translation>best-of-n KL（精确）</translation>
    </message>
    <message>
        <source>KL(π_bon ‖ π0) (nats)</source>
        <translation>KL(π_bon ‖ π0)（奈特）</translation>
    </message>
    <message>
        <source>exact KL of best-of-n over the candidates (order statistics, ties grouped) against the continuous formula ln n − (n − 1)/n, an upper bound (Beirami et al. 2024)</source>
        <translation>best-of-n 在候选上的精确 KL（顺序统计量，并列值合并）与连续公式 ln n − (n − 1)/n（一个上界，Beirami 等人 2024）的对比</translation>
    </message>
    <message>
        <source>RLHF world</source>
        <translation>RLHF 世界</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步</translation>
    </message>
    <message>
        <source>worlds × pipelines × curve points × prompts × candidates at about 4 ns, and the reward models&apos; fits</source>
        <translation>世界 × 流程 × 曲线点 × 提示 × 候选，每项约 4 ns，另加奖励模型的拟合</translation>
    </message>
    <message>
        <source>Best-of-n</source>
        <translation>best-of-n</translation>
    </message>
    <message>
        <source>KL-regularised</source>
        <translation>KL 正则化</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Best-of-n (gold)</source>
        <translation>best-of-n（金标准）</translation>
    </message>
    <message>
        <source>Best-of-n (proxy)</source>
        <translation>best-of-n（代理）</translation>
    </message>
    <message>
        <source>Exact KL</source>
        <translation>精确 KL</translation>
    </message>
    <message>
        <source>ln n − (n − 1)/n</source>
        <translation>ln n − (n − 1)/n</translation>
    </message>
    <message>
        <source>Best-of-n: largest n</source>
        <translation>best-of-n：最大 n</translation>
    </message>
    <message>
        <source>Best-of-n: exact KL at the largest n</source>
        <translation>best-of-n：最大 n 处的精确 KL</translation>
    </message>
    <message>
        <source>computed from the exact best-of-n distribution over the candidates</source>
        <translation>由候选上精确的 best-of-n 分布计算</translation>
    </message>
    <message>
        <source>Best-of-n: ln n − (n − 1)/n at the largest n</source>
        <translation>best-of-n：最大 n 处的 ln n − (n − 1)/n</translation>
    </message>
    <message>
        <source>the continuous formula, an upper bound with finitely many candidates</source>
        <translation>连续公式，在候选有限时为上界</translation>
    </message>
    <message>
        <source>KL-regularised optimum (gold)</source>
        <translation>KL 正则化最优解（金标准）</translation>
    </message>
    <message>
        <source>KL-regularised optimum (proxy)</source>
        <translation>KL 正则化最优解（代理）</translation>
    </message>
    <message>
        <source>Training (gold)</source>
        <translation>训练（金标准）</translation>
    </message>
    <message>
        <source>Training (proxy)</source>
        <translation>训练（代理）</translation>
    </message>
    <message>
        <source>Training: step of the gold peak (early stop)</source>
        <translation>训练：金标准峰值所在的步（提前停止）</translation>
    </message>
    <message>
        <source>where the mean gold curve turns; stopping here keeps the most gold (an oracle rule: it reads the gold, which a practitioner cannot)</source>
        <translation>平均金标准曲线的转折处；在此停止可保留最多金标准（一种预言机规则：它读取了金标准，而实践者做不到）</translation>
    </message>
    <message>
        <source>Training: reward drift at the end (proxy − gold)</source>
        <translation>训练：结束时的奖励偏移（代理 − 金标准）</translation>
    </message>
    <message>
        <source>Reward model: held-out accuracy (labels)</source>
        <translation>奖励模型：留出集准确率（标签）</translation>
    </message>
    <message>
        <source>share of held-out pairs from π0 the proxy orders as their (noisy) labels</source>
        <translation>来自 π0 的留出对中，代理的排序与其（含噪）标签一致的比例</translation>
    </message>
    <message>
        <source>Reward model: held-out accuracy (gold order)</source>
        <translation>奖励模型：留出集准确率（金标准顺序）</translation>
    </message>
    <message>
        <source>the same pairs against the noise-free gold order</source>
        <translation>同样的比较对，对照无噪声的金标准顺序</translation>
    </message>
    <message>
        <source>† not verified in the literature (reference rlhf.md §12): the normalisation of the drop height (Karwowski et al.&apos;s NDH) and Gao et al.&apos;s coefficients per reward-model size, which exist only as plotted points; the fits shown are this world&apos;s own</source>
        <translation>† 未经文献核实（参考 rlhf.md §12）：下降高度的归一化（Karwowski 等人的 NDH）以及 Gao 等人按奖励模型规模给出的系数，后者只以图中的点给出；此处显示的拟合来自本世界自身</translation>
    </message>
    <message>
        <source>the soft-min aggregator is taken from an abstract (Hahami et al.); its use here is not verified against the paper (reference rlhf.md §12)</source>
        <translation>soft-min 聚合方式取自一篇摘要（Hahami 等人）；此处的用法未对照论文核实（参考 rlhf.md §12）</translation>
    </message>
    <message>
        <source>DPO has no reward model: its proxy is the implicit reward ln(π/π0), standardised under π0</source>
        <translation>DPO 没有奖励模型：其代理是隐式奖励 ln(π/π0)，在 π0 下标准化</translation>
    </message>
    <message>
        <source>has %1 entries for %2 feature columns</source>
        <translation>有 %1 项，但特征列为 %2 列</translation>
    </message>
    <message>
        <source>%1 is not below tilt.betaMax (%2)</source>
        <translation>%1 不小于 tilt.betaMax（%2）</translation>
    </message>
    <message>
        <source>has %1 entries for %2 features</source>
        <translation>有 %1 项，但特征为 %2 个</translation>
    </message>
    <message>
        <source>%1 is not a feature index (0 to %2)</source>
        <translation>%1 不是特征索引（0 到 %2）</translation>
    </message>
    <message>
        <source>%1 is not a feature column (0 to %2)</source>
        <translation>%1 不是特征列（0 到 %2）</translation>
    </message>
    <message>
        <source>%1 is not a feature column (0 to %2, the last being length)</source>
        <translation>%1 不是特征列（0 到 %2，最后一列为长度）</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>比较对</translation>
    </message>
    <message>
        <source>labelled comparison pairs drawn from π0 for the reward model</source>
        <translation>从 π0 抽取、供奖励模型使用的已标注比较对</translation>
    </message>
    <message>
        <source>Label temperature</source>
        <translation>标注温度</translation>
    </message>
    <message>
        <source>Bradley–Terry labels P(a ≻ b) = σ((g_a − g_b) / T) from the gold g; 0: the higher gold always wins</source>
        <translation>由金标准 g 给出的 Bradley–Terry 标签 P(a ≻ b) = σ((g_a − g_b) / T)；0：金标准较高者总是胜出</translation>
    </message>
    <message>
        <source>Label flips</source>
        <translation>标签翻转</translation>
    </message>
    <message>
        <source>share of labels flipped at random (annotator noise)</source>
        <translation>随机翻转的标签比例（标注者噪声）</translation>
    </message>
    <message>
        <source>Relabel every</source>
        <translation>重新标注间隔</translation>
    </message>
    <message>
        <source>online RLHF: every this many training steps, new pairs are drawn from the current policy, labelled by the current gold and added, and the reward model is refitted; 0: offline</source>
        <translation>在线 RLHF：每隔这么多训练步，从当前策略抽取新的比较对，用当前金标准标注并加入，然后重新拟合奖励模型；0：离线</translation>
    </message>
    <message>
        <source>Pairs per relabel</source>
        <translation>每次重新标注的比较对</translation>
    </message>
    <message>
        <source>pairs added at each relabelling</source>
        <translation>每次重新标注时加入的比较对数</translation>
    </message>
    <message>
        <source>Pairs kept</source>
        <translation>保留的比较对</translation>
    </message>
    <message>
        <source>the reward model is refitted on the most recent this many pairs (forgets preferences that have drifted away); 0: all pairs</source>
        <translation>奖励模型只在最近这么多个比较对上重新拟合（遗忘已经漂移的偏好）；0：全部比较对</translation>
    </message>
    <message>
        <source>RLHF (reward model + policy optimisation)</source>
        <translation>RLHF（奖励模型 + 策略优化）</translation>
    </message>
    <message>
        <source>a Bradley–Terry reward model (or ensemble) is fitted on the labelled pairs; best-of-n and the KL-regularised optimum are computed exactly against it, and a policy is trained on it step by step</source>
        <translation>在已标注的比较对上拟合 Bradley–Terry 奖励模型（或集成）；针对它精确计算 best-of-n 和 KL 正则化最优解，并在其上逐步训练一个策略</translation>
    </message>
    <message>
        <source>Reward model</source>
        <translation>奖励模型</translation>
    </message>
    <message>
        <source>the proxy reward model</source>
        <translation>代理奖励模型</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>基函数</translation>
    </message>
    <message>
        <source>linear: r = w·x on the visible features; quadratic: also their squares and pairwise products (more capacity: it can learn the gold&apos;s curvature, or overfit noise)</source>
        <translation>linear：在可见特征上 r = w·x；quadratic：另加其平方和两两乘积（容量更大：能学到金标准的曲率，也可能过拟合噪声）</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>ridge penalty λ/2 |w|² of the logistic regression</source>
        <translation>逻辑回归的岭惩罚 λ/2 |w|²</translation>
    </message>
    <message>
        <source>Ensemble members</source>
        <translation>集成成员数</translation>
    </message>
    <message>
        <source>reward models aggregated into one proxy</source>
        <translation>聚合为一个代理的奖励模型数</translation>
    </message>
    <message>
        <source>Bootstrap members</source>
        <translation>自助法成员</translation>
    </message>
    <message>
        <source>each member fits its own bootstrap resample of the pairs</source>
        <translation>每个成员在自己的比较对自助重抽样上拟合</translation>
    </message>
    <message>
        <source>Random prior σ</source>
        <translation>随机先验 σ</translation>
    </message>
    <message>
        <source>each member&apos;s L2 pulls towards its own random prior mean ~ N(0, σ²) (Osband et al.&apos;s randomised priors): the seed-to-seed variability a convex model otherwise lacks, large where the pairs say little; 0: plain L2 towards 0</source>
        <translation>每个成员的 L2 惩罚拉向自己的随机先验均值 ~ N(0, σ²)（Osband 等人的随机化先验）：凸模型原本缺少的种子间变异，在比较对信息少的地方较大；0：普通的朝向 0 的 L2</translation>
    </message>
    <message>
        <source>Aggregator</source>
        <translation>聚合方式</translation>
    </message>
    <message>
        <source>mean; worst-case min_i R_i; uncertainty-weighted mean − λ·(population variance); soft-min −b ln mean exp(−R_i/b)</source>
        <translation>mean；worst-case min_i R_i；uncertainty-weighted 均值 − λ·（总体方差）；soft-min −b ln mean exp(−R_i/b)</translation>
    </message>
    <message>
        <source>UWO λ</source>
        <translation>UWO λ</translation>
    </message>
    <message>
        <source>weight of the population variance (Coste et al.: 0.5)</source>
        <translation>总体方差的权重（Coste 等人：0.5）</translation>
    </message>
    <message>
        <source>Soft-min b</source>
        <translation>soft-min b</translation>
    </message>
    <message>
        <source>soft-min temperature: b → 0 worst case, b → ∞ mean</source>
        <translation>soft-min 温度：b → 0 为最坏情况，b → ∞ 为均值</translation>
    </message>
    <message>
        <source>Data smoothing</source>
        <translation>数据平滑</translation>
    </message>
    <message>
        <source>iterative data smoothing rate (Zhu et al. 2024): y ← (1 − b) y + b σ(r_a − r_b) between refits; 0: off</source>
        <translation>迭代数据平滑率（Zhu 等人 2024）：两次重新拟合之间 y ← (1 − b) y + b σ(r_a − r_b)；0：关闭</translation>
    </message>
    <message>
        <source>Smoothing rounds</source>
        <translation>平滑轮数</translation>
    </message>
    <message>
        <source>refits with smoothed labels</source>
        <translation>使用平滑标签的重新拟合次数</translation>
    </message>
    <message>
        <source>policy-gradient training on the logits against the proxy</source>
        <translation>针对代理在 logits 上进行策略梯度训练</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>pg: θ ← θ + η·K·∇θ(E_π[r] − β_KL·KL), exact; npg: θ ← θ + η(r − β_KL·ln π/π0), the natural gradient, whose iterates are the tilt at β = 1/(η t)</source>
        <translation>pg：θ ← θ + η·K·∇θ(E_π[r] − β_KL·KL)，精确；npg：θ ← θ + η(r − β_KL·ln π/π0)，即自然梯度，其迭代结果是 β = 1/(η t) 处的倾斜分布</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>学习率 η</translation>
    </message>
    <message>
        <source>step size</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>KL penalty β_KL</source>
        <translation>KL 惩罚 β_KL</translation>
    </message>
    <message>
        <source>weight of KL(π‖π0) in the objective</source>
        <translation>目标函数中 KL(π‖π0) 的权重</translation>
    </message>
    <message>
        <source>DPO (no reward model)</source>
        <translation>DPO（无奖励模型）</translation>
    </message>
    <message>
        <source>direct preference optimisation on the same labelled pairs: a feature-linear policy π ∝ π0·exp(φ·x) descends the DPO loss −ln σ(β φ·(x_w − x_l))</source>
        <translation>在相同的已标注比较对上做直接偏好优化：特征线性策略 π ∝ π0·exp(φ·x) 沿 DPO 损失 −ln σ(β φ·(x_w − x_l)) 下降</translation>
    </message>
    <message>
        <source>DPO β</source>
        <translation>DPO β</translation>
    </message>
    <message>
        <source>DPO temperature (its optimum is the tilt of the implicit reward at β)</source>
        <translation>DPO 温度（其最优解是隐式奖励在 β 处的倾斜分布）</translation>
    </message>
    <message>
        <source>gradient step on the mean DPO loss</source>
        <translation>平均 DPO 损失上的梯度步长</translation>
    </message>
    <message>
        <source>must be above 2 for a variance-normalised Student-t</source>
        <translation>对于方差归一化的 Student-t 分布必须大于 2</translation>
    </message>
    <message>
        <source>the gold reward is zero for every response: give a feature a weight</source>
        <translation>每个回答的金标准奖励都为零：请给某个特征赋予权重</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>提示数</translation>
    </message>
    <message>
        <source>prompts, each with its own candidate responses</source>
        <translation>提示，每个提示有自己的候选回答</translation>
    </message>
    <message>
        <source>Candidates K</source>
        <translation>候选数 K</translation>
    </message>
    <message>
        <source>responses per prompt (best-of-n wants K ≫ n)</source>
        <translation>每个提示的回答数（best-of-n 需要 K ≫ n）</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特征数</translation>
    </message>
    <message>
        <source>feature dimensions of a response</source>
        <translation>回答的特征维数</translation>
    </message>
    <message>
        <source>Feature law</source>
        <translation>特征分布</translation>
    </message>
    <message>
        <source>feature distribution (Student-t is variance-normalised)</source>
        <translation>特征的分布（Student-t 经方差归一化）</translation>
    </message>
    <message>
        <source>Student-t ν</source>
        <translation>Student-t ν</translation>
    </message>
    <message>
        <source>degrees of freedom of Student-t features (heavier tails: smaller)</source>
        <translation>Student-t 特征的自由度（越小尾部越重）</translation>
    </message>
    <message>
        <source>Length feature</source>
        <translation>长度特征</translation>
    </message>
    <message>
        <source>an extra feature (the last column) correlated with quality in the labelled data</source>
        <translation>一个额外特征（最后一列），在已标注数据中与质量相关</translation>
    </message>
    <message>
        <source>add the length feature</source>
        <translation>添加长度特征</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>相关系数</translation>
    </message>
    <message>
        <source>its correlation with the gold&apos;s linear part under π0</source>
        <translation>它在 π0 下与金标准线性部分的相关系数</translation>
    </message>
    <message>
        <source>True effect</source>
        <translation>真实效应</translation>
    </message>
    <message>
        <source>its weight in the gold reward</source>
        <translation>它在金标准奖励中的权重</translation>
    </message>
    <message>
        <source>π0 weights b</source>
        <translation>π0 权重 b</translation>
    </message>
    <message>
        <source>reference policy π0 = softmax(b·x / τ0) over the candidates; empty or zeros: uniform</source>
        <translation>候选上的参考策略 π0 = softmax(b·x / τ0)；为空或全零：均匀分布</translation>
    </message>
    <message>
        <source>π0 temperature τ0</source>
        <translation>π0 温度 τ0</translation>
    </message>
    <message>
        <source>temperature of π0&apos;s softmax</source>
        <translation>π0 的 softmax 温度</translation>
    </message>
    <message>
        <source>Gold weights w_g</source>
        <translation>金标准权重 w_g</translation>
    </message>
    <message>
        <source>g(x) = w_g·x − Σ κ_j softplus(x_j − t_j)², standardised under π0 per prompt</source>
        <translation>g(x) = w_g·x − Σ κ_j softplus(x_j − t_j)²，按每个提示在 π0 下标准化</translation>
    </message>
    <message>
        <source>Saturation κ</source>
        <translation>饱和 κ</translation>
    </message>
    <message>
        <source>strength of each feature&apos;s saturating penalty</source>
        <translation>每个特征的饱和惩罚强度</translation>
    </message>
    <message>
        <source>Thresholds t</source>
        <translation>阈值 t</translation>
    </message>
    <message>
        <source>where each penalty sets in</source>
        <translation>各惩罚开始生效的位置</translation>
    </message>
    <message>
        <source>Gold drift</source>
        <translation>金标准漂移</translation>
    </message>
    <message>
        <source>rotation of w_g per 1000 training steps (changing preferences)</source>
        <translation>每 1000 个训练步 w_g 的旋转角度（变化的偏好）</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Drift towards</source>
        <translation>漂移方向</translation>
    </message>
    <message>
        <source>the feature axis w_g rotates towards</source>
        <translation>w_g 旋转所朝向的特征轴</translation>
    </message>
    <message>
        <source>Worlds</source>
        <translation>世界数</translation>
    </message>
    <message>
        <source>independent worlds (features, labels, reward models); curves are averaged</source>
        <translation>独立的世界（特征、标签、奖励模型）；曲线取平均</translation>
    </message>
    <message>
        <source>World</source>
        <translation>世界</translation>
    </message>
    <message>
        <source>prompts, candidate responses and the reference policy π0</source>
        <translation>提示、候选回答和参考策略 π0</translation>
    </message>
    <message>
        <source>Gold reward</source>
        <translation>金标准奖励</translation>
    </message>
    <message>
        <source>the true reward, with a saturating part to overoptimise</source>
        <translation>真实奖励，含一个会被过度优化的饱和部分</translation>
    </message>
    <message>
        <source>Held-out pairs</source>
        <translation>留出比较对</translation>
    </message>
    <message>
        <source>pairs from π0 labelled like the training pairs, for accuracy</source>
        <translation>来自 π0、与训练对同样标注的比较对，用于计算准确率</translation>
    </message>
    <message>
        <source>exact best-of-n against the proxy</source>
        <translation>针对代理的精确 best-of-n</translation>
    </message>
    <message>
        <source>Largest n</source>
        <translation>最大 n</translation>
    </message>
    <message>
        <source>n runs over a log grid from 1</source>
        <translation>n 取自从 1 开始的对数网格</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>points of the n grid</source>
        <translation>n 网格的点数</translation>
    </message>
    <message>
        <source>KL-regularised optimum</source>
        <translation>KL 正则化最优解</translation>
    </message>
    <message>
        <source>π_β ∝ π0·exp(r/β) over a β grid</source>
        <translation>在 β 网格上的 π_β ∝ π0·exp(r/β)</translation>
    </message>
    <message>
        <source>Smallest β</source>
        <translation>最小 β</translation>
    </message>
    <message>
        <source>strongest optimisation</source>
        <translation>最强的优化</translation>
    </message>
    <message>
        <source>Largest β</source>
        <translation>最大 β</translation>
    </message>
    <message>
        <source>weakest optimisation</source>
        <translation>最弱的优化</translation>
    </message>
    <message>
        <source>points of the β grid</source>
        <translation>β 网格的点数</translation>
    </message>
    <message>
        <source>Training steps</source>
        <translation>训练步数</translation>
    </message>
    <message>
        <source>policy-optimisation steps of every pipeline</source>
        <translation>每个流程的策略优化步数</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>compared pipelines (each one run)</source>
        <translation>参与比较的流程（每个流程一次运行）</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>display label</source>
        <translation>显示的标签</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>how the comparison pairs are labelled</source>
        <translation>比较对的标注方式</translation>
    </message>
    <message>
        <source>Visible features</source>
        <translation>可见特征</translation>
    </message>
    <message>
        <source>feature columns the reward model (or the DPO policy) sees; empty: all</source>
        <translation>奖励模型（或 DPO 策略）能看到的特征列；为空：全部</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>iterated RLHF: relabel from the current policy</source>
        <translation>迭代 RLHF：从当前策略重新标注</translation>
    </message>
    <message>
        <source>Oblivious adversary that defeats UCB1</source>
        <translation>击败 UCB1 的无记忆对手</translation>
    </message>
    <message>
        <source>2 arms, table fixed before play: every arm pays 1 except the one UCB1 would pick; EXP3 vs UCB1</source>
        <translation>2 个臂，奖励表在开始前固定：除 UCB1 会选择的臂外每个臂都给出 1；EXP3 对比 UCB1</translation>
    </message>
    <message>
        <source>Classic 10-arm Bernoulli</source>
        <translation>经典 10 臂伯努利</translation>
    </message>
    <message>
        <source>10 Bernoulli arms with means 0.05, 0.15, …, 0.95: UCB1, Thompson-Beta, KL-UCB and ε-greedy 0.1 over 10 000 pulls</source>
        <translation>10 个伯努利臂，均值为 0.05、0.15、…、0.95：UCB1、汤普森-Beta、KL-UCB 和 ε-贪心 0.1，共 10 000 次拉动</translation>
    </message>
    <message>
        <source>Close 5-arm Bernoulli</source>
        <translation>均值接近的 5 臂伯努利</translation>
    </message>
    <message>
        <source>5 Bernoulli arms with close means 0.30, 0.42, 0.45, 0.50, 0.52: UCB1, Thompson-Beta, KL-UCB and ε-greedy 0.1 over 20 000 pulls</source>
        <translation>5 个均值接近的伯努利臂（0.30、0.42、0.45、0.50、0.52）：UCB1、汤普森-Beta、KL-UCB 和 ε-贪心 0.1，共 20 000 次拉动</translation>
    </message>
    <message>
        <source>Reward-model ensembles against overoptimisation, with and without label noise</source>
        <translation>用奖励模型集成对抗过度优化，有无标签噪声</translation>
    </message>
    <message>
        <source>a single reward model vs 5-member ensembles (mean, worst case, uncertainty-weighted λ = 0.5) with 0% and 25% flipped labels (Coste et al. 2024); quadratic proxies on 300 pairs, members differing by seed (random priors), 6 features each penalised at extremes</source>
        <translation>单个奖励模型对比 5 成员集成（均值、最坏情况、不确定性加权 λ = 0.5），标签翻转率为 0% 和 25%（Coste 等人 2024）；在 300 个比较对上的二次代理，成员按随机种子区分（随机先验），6 个特征在极端处均受惩罚</translation>
    </message>
    <message>
        <source>Gaussian arms with unequal variances</source>
        <translation>方差不等的高斯臂</translation>
    </message>
    <message>
        <source>5 Gaussian arms whose variances differ 400-fold: variance-adaptive VarTS vs Gaussian TS assuming σ = 1 vs UCB1</source>
        <translation>5 个方差相差 400 倍的高斯臂：方差自适应的 VarTS 对比假设 σ = 1 的高斯汤普森采样和 UCB1</translation>
    </message>
    <message>
        <source>Goodhart&apos;s law: best-of-n against a proxy reward model</source>
        <translation>古德哈特定律：针对代理奖励模型的 best-of-n</translation>
    </message>
    <message>
        <source>gold x0 + 2 x1 − 1.25 softplus(x1 − 1)²; a linear Bradley–Terry proxy on 2 000 labelled pairs; exact best-of-n up to n = 4 000 and the KL-regularised optimum</source>
        <translation>金标准 x0 + 2 x1 − 1.25 softplus(x1 − 1)²；在 2 000 个已标注比较对上的线性 Bradley–Terry 代理；精确 best-of-n 至 n = 4 000 以及 KL 正则化最优解</translation>
    </message>
    <message>
        <source>Goodhart&apos;s law: KL-regularised RL against a proxy reward model</source>
        <translation>古德哈特定律：针对代理奖励模型的 KL 正则化强化学习</translation>
    </message>
    <message>
        <source>natural policy gradient on the logits (its iterates are the KL-regularised optimum at β = 1/(η t)) with and without a KL penalty; the gold peaks and falls while the proxy keeps rising, and the penalty stops the policy near the peak</source>
        <translation>在 logits 上的自然策略梯度（其迭代结果是 β = 1/(η t) 处的 KL 正则化最优解），分别带与不带 KL 惩罚；金标准先升到峰值再下降，而代理持续上升，惩罚使策略停在峰值附近</translation>
    </message>
    <message>
        <source>Low-mean 12-arm Bernoulli</source>
        <translation>低均值 12 臂伯努利</translation>
    </message>
    <message>
        <source>12 Bernoulli arms with low means evenly spread over 0.03–0.19: UCB1, Thompson-Beta, KL-UCB and ε-greedy 0.1 over 10 000 pulls</source>
        <translation>12 个伯努利臂，均值较低，均匀分布在 0.03–0.19：UCB1、汤普森-Beta、KL-UCB 和 ε-贪心 0.1，共 10 000 次拉动</translation>
    </message>
    <message>
        <source>Online RLHF under drifting preferences</source>
        <translation>偏好漂移下的在线 RLHF</translation>
    </message>
    <message>
        <source>the gold&apos;s weights rotate 90° over 1 000 training steps; a reward model fitted once (offline) against one refitted every 100 steps on pairs drawn from the current policy and labelled by the current gold (online, the last 800 pairs kept); natural policy gradient with a KL penalty, so the policy follows its proxy</source>
        <translation>金标准的权重在 1 000 个训练步内旋转 90°；只拟合一次的奖励模型（离线）对比每 100 步在新比较对上重新拟合的奖励模型，这些比较对从当前策略抽取并由当前金标准标注（在线，保留最近 800 个比较对）；带 KL 惩罚的自然策略梯度，使策略跟随其代理</translation>
    </message>
    <message>
        <source>Piecewise-stationary Bernoulli</source>
        <translation>分段平稳伯努利</translation>
    </message>
    <message>
        <source>5 Bernoulli arms; at round 3 000 the best arm drops from 0.9 to 0.3, at 6 500 a weak arm jumps to 0.9: SW-UCB, D-UCB and D-TS vs UCB1</source>
        <translation>5 个伯努利臂；第 3 000 轮时最优臂从 0.9 降到 0.3，第 6 500 轮时一个弱臂跃升到 0.9：SW-UCB、D-UCB 和 D-TS 对比 UCB1</translation>
    </message>
    <message>
        <source>RLHF vs DPO on the same preferences</source>
        <translation>相同偏好下的 RLHF 与 DPO 对比</translation>
    </message>
    <message>
        <source>the same world and 2 000 labelled pairs: a reward model and policy-gradient training against it, and direct preference optimisation with no reward model</source>
        <translation>相同的世界和 2 000 个已标注比较对：一种是奖励模型加针对它的策略梯度训练，另一种是无奖励模型的直接偏好优化</translation>
    </message>
    <message>
        <source>Autonomous subjects: finite mean and variance</source>
        <translation>自主级受试者：均值和方差有限</translation>
    </message>
    <message>
        <source>a &gt; 3: Beta–geometric α = 2.5 (a = 3.5) and a discrete power law a = 3.5</source>
        <translation>a &gt; 3：Beta–几何 α = 2.5（a = 3.5）和离散幂律 a = 3.5</translation>
    </message>
    <message>
        <source>Bandit policies searching 100 arms for the one that pays</source>
        <translation>老虎机策略在 100 个臂中寻找会给出奖励的那一个</translation>
    </message>
    <message>
        <source>one arm of 100 pays with probability 0.5; failures = pulls before the first reward; tasks unsolved after 2 000 pulls are censored</source>
        <translation>100 个臂中有一个以概率 0.5 给出奖励；失败次数 = 首次获得奖励前的拉动次数；2 000 次拉动后仍未解决的任务记为删失</translation>
    </message>
    <message>
        <source>Capable subjects: finite mean, infinite variance</source>
        <translation>胜任级受试者：均值有限，方差无限</translation>
    </message>
    <message>
        <source>2 &lt; a &lt;= 3: Beta–geometric α = 1.5 (a = 2.5) and a discrete power law a = 2.5</source>
        <translation>2 &lt; a &lt;= 3：Beta–几何 α = 1.5（a = 2.5）和离散幂律 a = 2.5</translation>
    </message>
    <message>
        <source>Limited subjects: heavy-tailed failure counts</source>
        <translation>受限级受试者：重尾失败次数</translation>
    </message>
    <message>
        <source>decay rate a &lt;= 2: the mean number of failures is infinite; Beta–geometric α = 0.8 (a = 1.8) and a discrete power law a = 1.8</source>
        <translation>衰减率 a &lt;= 2：平均失败次数无限；Beta–几何 α = 0.8（a = 1.8）和离散幂律 a = 1.8</translation>
    </message>
    <message>
        <source>Search: the rank of the right document among 10 000</source>
        <translation>搜索：正确文档在 10 000 个中的排名</translation>
    </message>
    <message>
        <source>a scorer ranks 10 000 candidates (difficulty u ~ Beta(0.3, 1), as in the paper&apos;s search tasks, a near 1.3) against blind enumeration</source>
        <translation>评分器对 10 000 个候选排序（难度 u ~ Beta(0.3, 1)，与论文中的搜索任务相同，a 接近 1.3），对比盲目枚举</translation>
    </message>
    <message>
        <source>the cap for any machine</source>
        <translation>任何机器的上限</translation>
    </message>
    <message>
        <source>aggregates per checkpoint (3 copies of 80 bytes)</source>
        <translation>每个检查点的汇总值（3 份，每份 80 字节）</translation>
    </message>
    <message>
        <source>the config must be a JSON object</source>
        <translation>配置必须是 JSON 对象</translation>
    </message>
    <message>
        <source>analysing the pooled data</source>
        <translation>正在分析汇总数据</translation>
    </message>
    <message>
        <source>replicate %1: %2</source>
        <translation>重复 %1：%2</translation>
    </message>
    <message>
        <source>replicate %1: unknown error</source>
        <translation>重复 %1：未知错误</translation>
    </message>
    <message>
        <source>analysis failed: %1</source>
        <translation>分析失败：%1</translation>
    </message>
    <message>
        <source>live analysis failed: %1</source>
        <translation>实时分析失败：%1</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 checkpoints</source>
        <translation>在 %2 个检查点中的第 %1 个之后停止</translation>
    </message>
    <message>
        <source>half of this machine&apos;s %1</source>
        <translation>本机 %1 的一半</translation>
    </message>
    <message>
        <source>half of this container&apos;s %1</source>
        <translation>本容器 %1 的一半</translation>
    </message>
    <message>
        <source>replicates × runs × metrics = %1 × %2 × %3 values per checkpoint, kept in about 5 copies of 8 bytes</source>
        <translation>重复 × 运行 × 指标 = %1 × %2 × %3 个值（每个检查点），约保留 5 份，每份 8 字节</translation>
    </message>
    <message>
        <source>replicates × runs × categories = %1 × %2 × %3 final per-category values of 8 bytes</source>
        <translation>重复 × 运行 × 类别 = %1 × %2 × %3 个按类别的最终值，每个 8 字节</translation>
    </message>
    <message>
        <source>aggregating %1 series × %2 checkpoints × %3 replicates</source>
        <translation>汇总 %1 条序列 × %2 个检查点 × %3 次重复</translation>
    </message>
    <message>
        <source>needs about %1 of memory (mostly %2); the limit is %3 (%4)</source>
        <translation>需要约 %1 内存（主要用于%2）；上限为 %3（%4）</translation>
    </message>
    <message>
        <source>needs about %1 of set-up before the first step (%2); the limit is %3; trialbench-cli run --allow-long lifts this limit</source>
        <translation>第一步之前需要约 %1 的准备时间（%2）；上限为 %3；trialbench-cli run --allow-long 可取消此限制</translation>
    </message>
    <message>
        <source>needs about %1 of simulation on one core (%2); the limit is %3; trialbench-cli run --allow-long lifts this limit</source>
        <translation>单核需要约 %1 的模拟时间（%2）；上限为 %3；trialbench-cli run --allow-long 可取消此限制</translation>
    </message>
    <message>
        <source>expected a string (one of: %1)</source>
        <translation>应为字符串（以下之一：%1）</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>受限</translation>
    </message>
    <message>
        <source>Capable</source>
        <translation>胜任</translation>
    </message>
    <message>
        <source>Autonomous</source>
        <translation>自主</translation>
    </message>
    <message>
        <source>plfit cannot fit censored observations</source>
        <translation>plfit 无法拟合删失观测</translation>
    </message>
    <message>
        <source>too little data: fewer than 3 distinct values</source>
        <translation>数据太少：不同的值少于 3 个</translation>
    </message>
    <message>
        <source>too many observations for plfit&apos;s array</source>
        <translation>观测数超出 plfit 数组的容量</translation>
    </message>
    <message>
        <source>plfit_discrete returned no usable exponent</source>
        <translation>plfit_discrete 未返回可用的指数</translation>
    </message>
    <message>
        <source>no candidate xmin at or below the smallest censoring value</source>
        <translation>在最小删失值及以下没有候选的 xmin</translation>
    </message>
    <message>
        <source>no candidate xmin could be fitted</source>
        <translation>没有可拟合的候选 xmin</translation>
    </message>
    <message>
        <source>no observations</source>
        <translation>没有观测</translation>
    </message>
    <message>
        <source>xmin is above the smallest censoring value</source>
        <translation>xmin 大于最小删失值</translation>
    </message>
    <message>
        <source>no observation at or above xmin</source>
        <translation>没有大于等于 xmin 的观测</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Beta–geometric α=%1 β=%2</source>
        <translation>Beta–几何 α=%1 β=%2</translation>
    </message>
    <message>
        <source>Zeta a=%1</source>
        <translation>Zeta a=%1</translation>
    </message>
    <message>
        <source>Rank N=%1 α=%2</source>
        <translation>排名 N=%1 α=%2</translation>
    </message>
    <message>
        <source>Rank N=%1 α=%2 σ=%3</source>
        <translation>排名 N=%1 α=%2 σ=%3</translation>
    </message>
    <message>
        <source>Enumeration N=%1</source>
        <translation>枚举 N=%1</translation>
    </message>
    <message>
        <source>Blind guessing N=%1</source>
        <translation>盲猜 N=%1</translation>
    </message>
    <message>
        <source>%1 searching %2 arms</source>
        <translation>%1 搜索 %2 个臂</translation>
    </message>
    <message>
        <source>Observed: %1</source>
        <translation>观测：%1</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>观测数据</translation>
    </message>
    <message>
        <source>%1 tasks pooled (%2 censored); fits on x = K + 1</source>
        <translation>汇总 %1 个任务（%2 个删失）；在 x = K + 1 上拟合</translation>
    </message>
    <message>
        <source>%1 semi-parametric bootstrap refits, xmin re-scanned; p &lt;= 0.1 rules the power law out</source>
        <translation>%1 次半参数自助法重新拟合，重新搜索 xmin；p &lt;= 0.1 则排除幂律</translation>
    </message>
    <message>
        <source>least squares of log10 freq on log10 k over K in [%1, %2], %3 log bins; biased, for comparison with the paper only</source>
        <translation>对 K ∈ [%1, %2] 用 log10 频率对 log10 k 做最小二乘，%3 个对数分箱；有偏，仅用于与论文对比</translation>
    </message>
    <message>
        <source>least squares of log10 freq on log10 k over K in [%1, %2], %3 points; biased, for comparison with the paper only</source>
        <translation>对 K ∈ [%1, %2] 用 log10 频率对 log10 k 做最小二乘，%3 个点；有偏，仅用于与论文对比</translation>
    </message>
    <message>
        <source>Hill estimator on x = K + 1 with k = %1 order statistics; a = alpha_Hill + 1</source>
        <translation>在 x = K + 1 上使用 k = %1 个顺序统计量的 Hill 估计量；a = alpha_Hill + 1</translation>
    </message>
    <message>
        <source>Log-likelihood ratio vs %1</source>
        <translation>与%1分布的对数似然比</translation>
    </message>
    <message>
        <source>Vuong p vs %1</source>
        <translation>与%1分布的 Vuong 检验 p 值</translation>
    </message>
    <message>
        <source>%1 bootstrap resamples of the pooled counts, xmin re-scanned</source>
        <translation>对汇总计数进行 %1 次自助重抽样，重新搜索 xmin</translation>
    </message>
    <message>
        <source>%1 bootstrap resamples of the pooled counts, xmin re-scanned (live; the full bootstrap runs when the run ends)</source>
        <translation>对汇总计数进行 %1 次自助重抽样，重新搜索 xmin（实时；运行结束后进行完整的自助法）</translation>
    </message>
    <message>
        <source>xmin = %1</source>
        <translation>xmin = %1</translation>
    </message>
    <message>
        <source>replicates × subjects × tasks = %1 × %2 × %3 tasks; the slowest subject, %4, at about %5 ns per task</source>
        <translation>重复 × 受试者 × 任务 = %1 × %2 × %3 个任务；最慢的受试者 %4 每个任务约 %5 ns</translation>
    </message>
    <message>
        <source>replicates × subjects = %1 tallies of 32 KiB</source>
        <translation>重复 × 受试者 = %1 个计数表，每个 32 KiB</translation>
    </message>
    <message>
        <source>the pooled sample of %1 tasks expanded for the fit, a copy per thread (~3)</source>
        <translation>为拟合展开的 %1 个任务的汇总样本，每个线程一份（约 3 份）</translation>
    </message>
    <message>
        <source>(1 + refits) × pooled tasks = %1 × %2 per subject at about 150 ns each</source>
        <translation>（1 + 重新拟合次数）× 汇总任务数 = %1 × %2（每个受试者），每项约 150 ns</translation>
    </message>
    <message>
        <source>Tasks pooled</source>
        <translation>汇总任务数</translation>
    </message>
    <message>
        <source>Censored (K &gt;= cap)</source>
        <translation>删失（K &gt;= 上限）</translation>
    </message>
    <message>
        <source>right-censored: kept in the likelihood as P(X &gt;= cap + 1), never counted as successes</source>
        <translation>右删失：在似然中记为 P(X &gt;= cap + 1)，从不计为成功</translation>
    </message>
    <message>
        <source>Share with K = 0</source>
        <translation>K = 0 的比例</translation>
    </message>
    <message>
        <source>Mean failures</source>
        <translation>平均失败次数</translation>
    </message>
    <message>
        <source>the fitted tail (a &lt;= 2) makes the mean infinite</source>
        <translation>拟合的尾部（a &lt;= 2）使均值无限</translation>
    </message>
    <message>
        <source>Variance of failures</source>
        <translation>失败次数的方差</translation>
    </message>
    <message>
        <source>the fitted tail (a &lt;= 3) makes the variance infinite</source>
        <translation>拟合的尾部（a &lt;= 3）使方差无限</translation>
    </message>
    <message>
        <source>Decay rate a (MLE)</source>
        <translation>衰减率 a（最大似然估计）</translation>
    </message>
    <message>
        <source>discrete power-law MLE on x = K + 1 with xmin by KS distance (Clauset, Shalizi &amp; Newman 2009), by libplfit</source>
        <translation>在 x = K + 1 上的离散幂律最大似然估计，xmin 按 KS 距离选取（Clauset、Shalizi 和 Newman 2009），由 libplfit 计算</translation>
    </message>
    <message>
        <source>discrete power-law MLE on x = K + 1 with xmin by KS distance (Clauset, Shalizi &amp; Newman 2009), censored likelihood</source>
        <translation>在 x = K + 1 上的离散幂律最大似然估计，xmin 按 KS 距离选取（Clauset、Shalizi 和 Newman 2009），使用删失似然</translation>
    </message>
    <message>
        <source>Standard error of a</source>
        <translation>a 的标准误</translation>
    </message>
    <message>
        <source>1 / sqrt(n_tail d²/da² ln zeta(a, xmin))</source>
        <translation>1 / sqrt(n_tail d²/da² ln zeta(a, xmin))</translation>
    </message>
    <message>
        <source>xmin (x = K + 1)</source>
        <translation>xmin（x = K + 1）</translation>
    </message>
    <message>
        <source>start of the power-law tail, in x = K + 1</source>
        <translation>幂律尾部的起点，以 x = K + 1 计</translation>
    </message>
    <message>
        <source>Tail size</source>
        <translation>尾部样本量</translation>
    </message>
    <message>
        <source>observations with x &gt;= xmin</source>
        <translation>x &gt;= xmin 的观测</translation>
    </message>
    <message>
        <source>KS distance</source>
        <translation>KS 距离</translation>
    </message>
    <message>
        <source>Goodness of fit p</source>
        <translation>拟合优度 p 值</translation>
    </message>
    <message>
        <source>computed when the run ends</source>
        <translation>运行结束后计算</translation>
    </message>
    <message>
        <source>not computed (analysis.bootstrap = 0)</source>
        <translation>未计算（analysis.bootstrap = 0）</translation>
    </message>
    <message>
        <source>a, 2.5% bootstrap</source>
        <translation>a，自助法 2.5% 分位数</translation>
    </message>
    <message>
        <source>a, 97.5% bootstrap</source>
        <translation>a，自助法 97.5% 分位数</translation>
    </message>
    <message>
        <source>Decay rate a (OLS, paper-compatible)</source>
        <translation>衰减率 a（OLS，与论文一致）</translation>
    </message>
    <message>
        <source>Decay rate a (Hill + 1)</source>
        <translation>衰减率 a（Hill + 1）</translation>
    </message>
    <message>
        <source>Standard error of a (Hill)</source>
        <translation>a 的标准误（Hill）</translation>
    </message>
    <message>
        <source>&gt; 0 favours the power law on the tail x &gt;= xmin</source>
        <translation>&gt; 0 表示在尾部 x &gt;= xmin 上幂律更优</translation>
    </message>
    <message>
        <source>small p: the sign of the ratio is significant</source>
        <translation>p 小：比值的符号显著</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>未计算</translation>
    </message>
    <message>
        <source>Observed (log bins)</source>
        <translation>观测值（对数分箱）</translation>
    </message>
    <message>
        <source>Power-law fit</source>
        <translation>幂律拟合</translation>
    </message>
    <message>
        <source>Observed P(X ≥ x)</source>
        <translation>观测的 P(X ≥ x)</translation>
    </message>
    <message>
        <source>x^-2 (Limited | Capable)</source>
        <translation>x^-2（受限 | 胜任）</translation>
    </message>
    <message>
        <source>x^-3 (Capable | Autonomous)</source>
        <translation>x^-3（胜任 | 自主）</translation>
    </message>
    <message>
        <source>Hill a(k) = alpha_Hill(k) + 1</source>
        <translation>Hill a(k) = alpha_Hill(k) + 1</translation>
    </message>
    <message>
        <source>a = 2 (Limited | Capable)</source>
        <translation>a = 2（受限 | 胜任）</translation>
    </message>
    <message>
        <source>a = 3 (Capable | Autonomous)</source>
        <translation>a = 3（胜任 | 自主）</translation>
    </message>
    <message>
        <source>Mean failures per task</source>
        <translation>每个任务的平均失败次数</translation>
    </message>
    <message>
        <source>failures</source>
        <translation>次失败</translation>
    </message>
    <message>
        <source>Censored share (K &gt;= cap)</source>
        <translation>删失比例（K &gt;= 上限）</translation>
    </message>
    <message>
        <source>Failure count K</source>
        <translation>失败次数 K</translation>
    </message>
    <message>
        <source>Failure-count distribution</source>
        <translation>失败次数分布</translation>
    </message>
    <message>
        <source>x = K + 1 (failures + 1)</source>
        <translation>x = K + 1（失败次数 + 1）</translation>
    </message>
    <message>
        <source>P(X = x) (log-binned)</source>
        <translation>P(X = x)（对数分箱）</translation>
    </message>
    <message>
        <source>points: observed frequency per logarithmic bin; line: the power-law fit from xmin; grey: the paper&apos;s x^-2 and x^-3 guides</source>
        <translation>点：每个对数分箱的观测频率；线：从 xmin 起的幂律拟合；灰色：论文中的 x^-2 和 x^-3 参考线</translation>
    </message>
    <message>
        <source>Survival curve</source>
        <translation>生存曲线</translation>
    </message>
    <message>
        <source>P(X ≥ x)</source>
        <translation>P(X ≥ x)</translation>
    </message>
    <message>
        <source>steps: the empirical survival function; line: the fitted power law from xmin, scaled by the tail share</source>
        <translation>阶梯：经验生存函数；线：从 xmin 起拟合的幂律，按尾部比例缩放</translation>
    </message>
    <message>
        <source>Hill plot</source>
        <translation>Hill 图</translation>
    </message>
    <message>
        <source>k (order statistics)</source>
        <translation>k（顺序统计量）</translation>
    </message>
    <message>
        <source>decay rate a = alpha_Hill + 1</source>
        <translation>衰减率 a = alpha_Hill + 1</translation>
    </message>
    <message>
        <source>Hill estimate of the decay rate against the number of upper order statistics used, with its 95% band; the grey lines are the level boundaries</source>
        <translation>衰减率的 Hill 估计随所用上部顺序统计量个数的变化，附 95% 带；灰线为等级边界</translation>
    </message>
    <message>
        <source>Survival game</source>
        <translation>生存游戏</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>个任务</translation>
    </message>
    <message>
        <source>ln t tables of the bandit subjects</source>
        <translation>老虎机受试者的 ln t 表</translation>
    </message>
    <message>
        <source>%1 is not a whole failure count</source>
        <translation>%1 不是整数失败次数</translation>
    </message>
    <message>
        <source>%1 is not a positive whole count</source>
        <translation>%1 不是正整数计数</translation>
    </message>
    <message>
        <source>values must be strictly increasing (%1 comes before %2)</source>
        <translation>值必须严格递增（%1 在 %2 之前）</translation>
    </message>
    <message>
        <source>a bandit subject (%1) needs a cap on attempts: a policy may never pull the paying arm</source>
        <translation>老虎机受试者（%1）需要尝试次数上限：策略可能永远不会拉动给出奖励的臂</translation>
    </message>
    <message>
        <source>a bandit subject (%1) allows at most 1e+07 attempts per task</source>
        <translation>老虎机受试者（%1）每个任务最多允许 1e+07 次尝试</translation>
    </message>
    <message>
        <source>must be 1 with observed counts (%1): replicates would repeat the same data</source>
        <translation>使用观测计数（%1）时必须为 1：多次重复只会重复相同的数据</translation>
    </message>
    <message>
        <source>%1 is fewer than the %2 observations of %3</source>
        <translation>%1 少于 %3 的 %2 个观测</translation>
    </message>
    <message>
        <source>Beta–geometric</source>
        <translation>Beta–几何</translation>
    </message>
    <message>
        <source>per task p ~ Beta(alpha, beta), then K ~ Geometric(p) failures before the first success: P(K &gt;= k) ~ k^-alpha, decay rate a = alpha + 1</source>
        <translation>每个任务 p ~ Beta(alpha, beta)，然后首次成功前的失败次数 K ~ Geometric(p)：P(K &gt;= k) ~ k^-alpha，衰减率 a = alpha + 1</translation>
    </message>
    <message>
        <source>Beta shape at p = 0: the tail index (decay rate a = α + 1)</source>
        <translation>p = 0 处的 Beta 形状参数：尾指数（衰减率 a = α + 1）</translation>
    </message>
    <message>
        <source>β</source>
        <translation>β</translation>
    </message>
    <message>
        <source>Beta shape at p = 1 (larger: more hard tasks)</source>
        <translation>p = 1 处的 Beta 形状参数（越大：难题越多）</translation>
    </message>
    <message>
        <source>Discrete power law</source>
        <translation>离散幂律</translation>
    </message>
    <message>
        <source>K + 1 ~ zeta(a): P(K + 1 = x) = x^-a / zeta(a), x &gt;= 1; the decay rate is a exactly</source>
        <translation>K + 1 ~ zeta(a)：P(K + 1 = x) = x^-a / zeta(a)，x &gt;= 1；衰减率恰为 a</translation>
    </message>
    <message>
        <source>a</source>
        <translation>a</translation>
    </message>
    <message>
        <source>decay rate (PMF exponent) &gt; 1</source>
        <translation>衰减率（概率质量函数的指数）&gt; 1</translation>
    </message>
    <message>
        <source>Rank (scorer)</source>
        <translation>排名（评分器）</translation>
    </message>
    <message>
        <source>N candidates; per task the correct one&apos;s score is Phi^-1(1 - u) + noise * N(0, 1) with difficulty u ~ Beta(alpha, beta), distractors N(0, 1); K = distractors scored strictly above it (~ Binomial(N - 1, P(distractor &gt; score))): p(k) ~ k^-(alpha + 1) for 1 &lt;&lt; k &lt;&lt; N, capped at N - 1</source>
        <translation>N 个候选；每个任务中正确候选的得分为 Phi^-1(1 - u) + noise * N(0, 1)，难度 u ~ Beta(alpha, beta)，干扰项为 N(0, 1)；K = 得分严格高于它的干扰项个数（~ Binomial(N - 1, P(干扰项 &gt; 得分))）：当 1 &lt;&lt; k &lt;&lt; N 时 p(k) ~ k^-(alpha + 1)，上限为 N - 1</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选数</translation>
    </message>
    <message>
        <source>pool size N (correct answer + N - 1 distractors)</source>
        <translation>候选池大小 N（正确答案 + N - 1 个干扰项）</translation>
    </message>
    <message>
        <source>difficulty: Beta shape at u = 0 (tail index below N)</source>
        <translation>难度：u = 0 处的 Beta 形状参数（N 以下的尾指数）</translation>
    </message>
    <message>
        <source>difficulty: Beta shape at u = 1</source>
        <translation>难度：u = 1 处的 Beta 形状参数</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>噪声 σ</translation>
    </message>
    <message>
        <source>score noise of the correct candidate</source>
        <translation>正确候选得分的噪声</translation>
    </message>
    <message>
        <source>Blind enumeration</source>
        <translation>盲目枚举</translation>
    </message>
    <message>
        <source>tries N candidates blindly: with memory (no repeats) K ~ Uniform{0, ..., N - 1}, E[K] = (N - 1)/2; without memory K ~ Geometric(1/N), E[K] = N - 1</source>
        <translation>盲目尝试 N 个候选：有记忆（不重复）时 K ~ Uniform{0, ..., N - 1}，E[K] = (N - 1)/2；无记忆时 K ~ Geometric(1/N)，E[K] = N - 1</translation>
    </message>
    <message>
        <source>size N of the solution space</source>
        <translation>解空间的大小 N</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>记忆</translation>
    </message>
    <message>
        <source>never retries a candidate it has tried</source>
        <translation>从不重试已尝试过的候选</translation>
    </message>
    <message>
        <source>Bandit search</source>
        <translation>老虎机搜索</translation>
    </message>
    <message>
        <source>a bandit policy searches N arms, exactly one of which pays (with probability payoff, the others never); the paying arm is drawn uniformly per task; K = pulls before the first success</source>
        <translation>老虎机策略搜索 N 个臂，其中恰有一个会给出奖励（概率为 payoff，其余永不给出）；每个任务均匀随机地选出给奖励的臂；K = 首次成功前的拉动次数</translation>
    </message>
    <message>
        <source>arms N searched per task</source>
        <translation>每个任务搜索的臂数 N</translation>
    </message>
    <message>
        <source>Payoff</source>
        <translation>奖励概率</translation>
    </message>
    <message>
        <source>probability the paying arm pays when pulled</source>
        <translation>给奖励的臂被拉动时给出奖励的概率</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>the searching policy (restarted for every task)</source>
        <translation>搜索策略（每个任务重新开始）</translation>
    </message>
    <message>
        <source>Observed failure counts</source>
        <translation>观测的失败次数</translation>
    </message>
    <message>
        <source>failure counts measured elsewhere (trialbench-cli fit-tail, File &gt; Import failure counts), replayed in a seeded random order</source>
        <translation>在其他地方测得的失败次数（trialbench-cli fit-tail，文件 &gt; 导入失败次数），按由种子决定的随机顺序回放</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>where the counts came from (file name)</source>
        <translation>计数的来源（文件名）</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>[K, how many] pairs: K failures before the success</source>
        <translation>[K, 个数] 对：成功前失败 K 次</translation>
    </message>
    <message>
        <source>Censored</source>
        <translation>删失</translation>
    </message>
    <message>
        <source>[K, how many] pairs: tasks stopped after K failures (K &gt;= value)</source>
        <translation>[K, 个数] 对：失败 K 次后停止的任务（K &gt;= 该值）</translation>
    </message>
    <message>
        <source>holds no observation</source>
        <translation>不含任何观测</translation>
    </message>
    <message>
        <source>GoF refits</source>
        <translation>拟合优度重拟合次数</translation>
    </message>
    <message>
        <source>goodness-of-fit bootstrap: synthetic samples refitted (xmin re-scanned); 0 skips the p-value</source>
        <translation>拟合优度自助法：对合成样本重新拟合（重新搜索 xmin）；0 表示跳过 p 值</translation>
    </message>
    <message>
        <source>Level resamples</source>
        <translation>等级重抽样次数</translation>
    </message>
    <message>
        <source>resamples of the pooled data refitted (xmin re-scanned) for the level probabilities</source>
        <translation>为计算等级概率，对汇总数据重抽样并重新拟合（重新搜索 xmin）</translation>
    </message>
    <message>
        <source>OLS from k</source>
        <translation>OLS 起始 k</translation>
    </message>
    <message>
        <source>paper-compatible OLS slope: smallest K (&gt;= 1)</source>
        <translation>与论文一致的 OLS 斜率：最小 K（&gt;= 1）</translation>
    </message>
    <message>
        <source>OLS to k</source>
        <translation>OLS 终止 k</translation>
    </message>
    <message>
        <source>largest K of the OLS slope; 0: the largest observed</source>
        <translation>OLS 斜率的最大 K；0：观测到的最大值</translation>
    </message>
    <message>
        <source>OLS on log bins</source>
        <translation>在对数分箱上做 OLS</translation>
    </message>
    <message>
        <source>OLS on logarithmic bins instead of every k</source>
        <translation>在对数分箱上而不是在每个 k 上做 OLS</translation>
    </message>
    <message>
        <source>Hill k</source>
        <translation>Hill k</translation>
    </message>
    <message>
        <source>order statistics of the Hill estimate; 0: sqrt(n), at most the KS tail</source>
        <translation>Hill 估计所用的顺序统计量个数；0：sqrt(n)，至多为 KS 尾部</translation>
    </message>
    <message>
        <source>independent repetitions (their trials are pooled)</source>
        <translation>独立重复次数（其试验会被汇总）</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>task instances per replicate and subject; each is tried until solved</source>
        <translation>每次重复、每个受试者的任务实例数；每个任务一直尝试到解决为止</translation>
    </message>
    <message>
        <source>Attempt cap</source>
        <translation>尝试次数上限</translation>
    </message>
    <message>
        <source>attempts allowed per task; a task unsolved after `cap` failures is right-censored (K &gt;= cap), counted and reported; 0: no cap</source>
        <translation>每个任务允许的尝试次数；失败 `cap` 次后仍未解决的任务为右删失（K &gt;= cap），会被计数和报告；0：无上限</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>受试者</translation>
    </message>
    <message>
        <source>compared subjects (each one run)</source>
        <translation>参与比较的受试者（每个受试者一次运行）</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>tail analysis of the pooled failure counts</source>
        <translation>对汇总失败次数的尾部分析</translation>
    </message>
    <message>
        <source>%1 observations are right-censored (K &gt;= cap): the power-law fit keeps them as survival terms; Hill, OLS, the mean and the variance use the exact ones only</source>
        <translation>有 %1 个观测为右删失（K &gt;= cap）：幂律拟合将其作为生存项保留；Hill、OLS、均值和方差只使用精确观测</translation>
    </message>
    <message>
        <source>fitted a = %1 &lt;= 2: the mean of K is infinite (Limited)</source>
        <translation>拟合的 a = %1 &lt;= 2：K 的均值无限（受限）</translation>
    </message>
    <message>
        <source>fitted a = %1 &lt;= 3: the variance of K is infinite</source>
        <translation>拟合的 a = %1 &lt;= 3：K 的方差无限</translation>
    </message>
    <message>
        <source>too little data: only %1 points in the tail</source>
        <translation>数据太少：尾部只有 %1 个点</translation>
    </message>
    <message>
        <source>%1 goodness-of-fit refits could not be fitted</source>
        <translation>有 %1 次拟合优度重拟合无法完成</translation>
    </message>
    <message>
        <source>bootstrap p = %1 &lt;= 0.1: power law ruled out</source>
        <translation>自助法 p = %1 &lt;= 0.1：排除幂律</translation>
    </message>
    <message>
        <source>%1 level-bootstrap refits could not be fitted</source>
        <translation>有 %1 次等级自助法重拟合无法完成</translation>
    </message>
    <message>
        <source>too many observations for plfit&apos;s array: the own MLE was used</source>
        <translation>观测数超出 plfit 数组的容量：改用自带的最大似然估计</translation>
    </message>
    <message>
        <source>fitted a is at the edge of the search range [1.0001, 20]</source>
        <translation>拟合的 a 位于搜索范围 [1.0001, 20] 的边界</translation>
    </message>
    <message>
        <source>OLS slope: fewer than 2 non-empty bins in the range</source>
        <translation>OLS 斜率：范围内的非空分箱少于 2 个</translation>
    </message>
    <message>
        <source>power-law fit: %1</source>
        <translation>幂律拟合：%1</translation>
    </message>
    <message>
        <source>lognormal</source>
        <translation>对数正态</translation>
    </message>
    <message>
        <source>exponential</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>list experiments</source>
        <translation>列出实验</translation>
    </message>
    <message>
        <source>list tags</source>
        <translation>列出标签</translation>
    </message>
    <message>
        <source>list final values</source>
        <translation>列出最终值</translation>
    </message>
    <message>
        <source>read an experiment</source>
        <translation>读取实验</translation>
    </message>
    <message>
        <source>read tags</source>
        <translation>读取标签</translation>
    </message>
    <message>
        <source>read final values</source>
        <translation>读取最终值</translation>
    </message>
    <message>
        <source>read a config</source>
        <translation>读取配置</translation>
    </message>
    <message>
        <source>read runs</source>
        <translation>读取运行</translation>
    </message>
    <message>
        <source>read a series</source>
        <translation>读取序列</translation>
    </message>
    <message>
        <source>read summaries</source>
        <translation>读取摘要</translation>
    </message>
    <message>
        <source>read category values</source>
        <translation>读取类别值</translation>
    </message>
    <message>
        <source>read metric declarations</source>
        <translation>读取指标声明</translation>
    </message>
    <message>
        <source>read pooled counts</source>
        <translation>读取合并计数</translation>
    </message>
    <message>
        <source>read a derivation</source>
        <translation>读取推导</translation>
    </message>
    <message>
        <source>read estimates</source>
        <translation>读取估计</translation>
    </message>
    <message>
        <source>read verdicts</source>
        <translation>读取判定</translation>
    </message>
    <message>
        <source>read verdict classes</source>
        <translation>读取判定类别</translation>
    </message>
    <message>
        <source>read derived curves</source>
        <translation>读取派生曲线</translation>
    </message>
    <message>
        <source>read curve points</source>
        <translation>读取曲线点</translation>
    </message>
    <message>
        <source>read plot declarations</source>
        <translation>读取图表声明</translation>
    </message>
    <message>
        <source>read the data version</source>
        <translation>读取数据版本</translation>
    </message>
    <message>
        <source>read the store&apos;s size limit</source>
        <translation>读取存储的大小上限</translation>
    </message>
    <message>
        <source>open a connection for recording</source>
        <translation>打开用于记录的连接</translation>
    </message>
    <message>
        <source>configure</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>record a new experiment</source>
        <translation>记录新实验</translation>
    </message>
    <message>
        <source>record the config</source>
        <translation>记录配置</translation>
    </message>
    <message>
        <source>record metric declarations</source>
        <translation>记录指标声明</translation>
    </message>
    <message>
        <source>record plot declarations</source>
        <translation>记录图表声明</translation>
    </message>
    <message>
        <source>record runs</source>
        <translation>记录运行</translation>
    </message>
    <message>
        <source>the store&apos;s writer stopped</source>
        <translation>存储的写入线程已停止</translation>
    </message>
    <message>
        <source>store write failed</source>
        <translation>写入存储失败</translation>
    </message>
    <message>
        <source>record the end of a run</source>
        <translation>记录运行结束</translation>
    </message>
    <message>
        <source>record pooled counts</source>
        <translation>记录合并计数</translation>
    </message>
    <message>
        <source>record a derivation</source>
        <translation>记录推导</translation>
    </message>
    <message>
        <source>record an estimate</source>
        <translation>记录估计</translation>
    </message>
    <message>
        <source>record a verdict</source>
        <translation>记录判定</translation>
    </message>
    <message>
        <source>record a verdict class</source>
        <translation>记录判定类别</translation>
    </message>
    <message>
        <source>record a derived curve</source>
        <translation>记录派生曲线</translation>
    </message>
    <message>
        <source>record a curve point</source>
        <translation>记录曲线点</translation>
    </message>
    <message>
        <source>record a checkpoint</source>
        <translation>记录检查点</translation>
    </message>
    <message>
        <source>record a summary</source>
        <translation>记录摘要</translation>
    </message>
    <message>
        <source>record progress</source>
        <translation>记录进度</translation>
    </message>
    <message>
        <source>record final values</source>
        <translation>记录最终值</translation>
    </message>
    <message>
        <source>record category values</source>
        <translation>记录类别值</translation>
    </message>
    <message>
        <source>open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>create the file</source>
        <translation>创建文件</translation>
    </message>
    <message>
        <source>read the store&apos;s mark</source>
        <translation>读取存储的标记</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>读取模式版本</translation>
    </message>
    <message>
        <source>read the schema</source>
        <translation>读取模式</translation>
    </message>
    <message>
        <source>enable foreign keys</source>
        <translation>启用外键</translation>
    </message>
    <message>
        <source>configure memory-mapped reads</source>
        <translation>配置内存映射读取</translation>
    </message>
    <message>
        <source>set the sync mode</source>
        <translation>设置同步模式</translation>
    </message>
    <message>
        <source>switch to write-ahead logging</source>
        <translation>切换到预写日志</translation>
    </message>
    <message>
        <source>check the store&apos;s integrity</source>
        <translation>检查存储的完整性</translation>
    </message>
    <message>
        <source>find interrupted runs</source>
        <translation>查找中断的运行</translation>
    </message>
    <message>
        <source>mark an interrupted run</source>
        <translation>标记中断的运行</translation>
    </message>
    <message>
        <source>save notes</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <source>rename an experiment</source>
        <translation>重命名实验</translation>
    </message>
    <message>
        <source>replace a tag</source>
        <translation>替换标签</translation>
    </message>
    <message>
        <source>add a tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>remove a tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>delete an experiment</source>
        <translation>删除实验</translation>
    </message>
    <message>
        <source>mark the file</source>
        <translation>标记文件</translation>
    </message>
    <message>
        <source>set the schema version</source>
        <translation>设置模式版本</translation>
    </message>
    <message>
        <source>prepare a statement</source>
        <translation>准备语句</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>提交事务</translation>
    </message>
    <message>
        <source>start a read transaction</source>
        <translation>开始读事务</translation>
    </message>
    <message>
        <source>cannot %1 in store %2: %3</source>
        <translation>无法在存储 %2 中%1：%3</translation>
    </message>
    <message>
        <source>cannot %1 in store %2: %3 (the disk or the store&apos;s size limit is full; nothing already stored was changed)</source>
        <translation>无法在存储 %2 中%1：%3（磁盘或存储的大小上限已满；已存储的内容未被更改）</translation>
    </message>
    <message>
        <source>cannot %1 in store %2: %3 (check that the file and its folder are writable; use --db PATH or TRIALBENCH_DB for another location)</source>
        <translation>无法在存储 %2 中%1：%3（请检查文件及其文件夹是否可写；使用 --db PATH 或 TRIALBENCH_DB 指定其他位置）</translation>
    </message>
    <message>
        <source>cannot %1 in store %2: %3 (another process holds the store locked)</source>
        <translation>无法在存储 %2 中%1：%3（另一进程锁定了该存储）</translation>
    </message>
    <message>
        <source>cannot %1 in store %2: %3 (input/output error: is the disk full or removed?)</source>
        <translation>无法在存储 %2 中%1：%3（输入/输出错误：磁盘已满或已移除？）</translation>
    </message>
    <message>
        <source>SQLite: %1, when trying to %2</source>
        <translation>SQLite：%1，尝试%2时</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite：%1</translation>
    </message>
    <message>
        <source>SQLite&apos;s quick_check says: %1</source>
        <translation>SQLite 的 quick_check 报告：%1</translation>
    </message>
    <message>
        <source>migrate to schema version %1</source>
        <translation>迁移到模式版本 %1</translation>
    </message>
    <message>
        <source>cannot read store %1: %2</source>
        <translation>无法读取存储 %1：%2</translation>
    </message>
    <message>
        <source>cannot read store %1: %2 (another process holds it locked)</source>
        <translation>无法读取存储 %1：%2（另一进程锁定了它）</translation>
    </message>
    <message>
        <source>its header gives an impossible page size of %1 bytes</source>
        <translation>其文件头给出了不可能的页大小 %1 字节</translation>
    </message>
    <message>
        <source>truncated or padded: %1 bytes is not a whole number of %2-byte pages</source>
        <translation>被截断或填充：%1 字节不是 %2 字节页的整数倍</translation>
    </message>
    <message>
        <source>truncated: its header counts %1 pages of %2 bytes (%3 bytes), the file has %4</source>
        <translation>被截断：其文件头记录 %1 页，每页 %2 字节（%3 字节），而文件只有 %4</translation>
    </message>
    <message>
        <source>%1 is not a TrialBench store (%2); refusing to open it and leaving it untouched. Choose another file with --db PATH or TRIALBENCH_DB.</source>
        <translation>%1 不是 TrialBench 存储（%2）；拒绝打开，文件保持不变。请用 --db PATH 或 TRIALBENCH_DB 选择其他文件。</translation>
    </message>
    <message>
        <source>an SQLite database of another application, application_id 0x%1</source>
        <translation>另一应用程序的 SQLite 数据库，application_id 0x%1</translation>
    </message>
    <message>
        <source>%1 was written by a newer TrialBench (store schema version %2, this build reads up to %3); refusing to open it and leaving it untouched. Upgrade TrialBench to use it (if no newer TrialBench ever wrote it, its header is damaged: `sqlite3 %4 &apos;PRAGMA integrity_check&apos;` tells).</source>
        <translation>%1 由更新版本的 TrialBench 写入（存储模式版本 %2，此版本最多读取 %3）；拒绝打开，文件保持不变。请升级 TrialBench 后使用（如果从未有更新版本写入过它，则其文件头已损坏：`sqlite3 %4 &apos;PRAGMA integrity_check&apos;` 可查明）。</translation>
    </message>
    <message>
        <source>store %1 is damaged (%2); nothing was read from it or written to it. Keep a copy, then recover what is readable into a new store with `%3` and use --db %4.</source>
        <translation>存储 %1 已损坏（%2）；未从中读取或向其写入任何内容。请保留一份副本，然后用 `%3` 将可读内容恢复到新存储中，并使用 --db %4。</translation>
    </message>
    <message>
        <source>its header&apos;s schema version reads %1, which no TrialBench writes (this build writes %2): the header is damaged</source>
        <translation>其文件头中的模式版本为 %1，没有任何 TrialBench 会写入该版本（此版本写入 %2）：文件头已损坏</translation>
    </message>
    <message>
        <source>%1 is a folder, not a TrialBench store file</source>
        <translation>%1 是文件夹，不是 TrialBench 存储文件</translation>
    </message>
    <message>
        <source>%1 is %2, not a TrialBench store file: a store must be a regular file (use --db PATH or TRIALBENCH_DB); nothing was created or written</source>
        <translation>%1 是%2，不是 TrialBench 存储文件：存储必须是普通文件（请使用 --db PATH 或 TRIALBENCH_DB）；未创建或写入任何内容</translation>
    </message>
    <message>
        <source>the %1 file of the SQLite database %2</source>
        <translation>SQLite 数据库 %2 的 %1 文件</translation>
    </message>
    <message>
        <source>there is no TrialBench store at %1</source>
        <translation>%1 处没有 TrialBench 存储</translation>
    </message>
    <message>
        <source>there is no TrialBench store at %1 (it is an empty file; nothing was read from it or written to it)</source>
        <translation>%1 处没有 TrialBench 存储（它是空文件；未从中读取或向其写入任何内容）</translation>
    </message>
    <message>
        <source>there is no TrialBench store at %1 (an empty SQLite database; nothing was written to it)</source>
        <translation>%1 处没有 TrialBench 存储（空的 SQLite 数据库；未向其写入任何内容）</translation>
    </message>
    <message>
        <source>there is no TrialBench store at %1 (an empty SQLite database)</source>
        <translation>%1 处没有 TrialBench 存储（空的 SQLite 数据库）</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for store %2: %3 (use --db PATH or TRIALBENCH_DB for another location)</source>
        <translation>无法为存储 %2 创建文件夹 %1：%3（使用 --db PATH 或 TRIALBENCH_DB 指定其他位置）</translation>
    </message>
    <message>
        <source>store %1 is read-only (check the permissions of the file and its folder, or use --db PATH or TRIALBENCH_DB for another location)</source>
        <translation>存储 %1 为只读（请检查文件及其文件夹的权限，或使用 --db PATH 或 TRIALBENCH_DB 指定其他位置）</translation>
    </message>
    <message>
        <source>store %1 has schema version %2 and needs an upgrade: open it once read-write</source>
        <translation>存储 %1 的模式版本为 %2，需要升级：请以读写方式打开一次</translation>
    </message>
    <message>
        <source>store %1 cannot use write-ahead logging (is it on a network drive?)</source>
        <translation>存储 %1 无法使用预写日志（它在网络驱动器上吗？）</translation>
    </message>
    <message>
        <source>store %1 is open read-only: cannot record runs</source>
        <translation>存储 %1 以只读方式打开：无法记录运行</translation>
    </message>
    <message>
        <source>no experiment %1 in %2</source>
        <translation>%2 中没有实验 %1</translation>
    </message>
    <message>
        <source>store full; %1 of %2 checkpoints kept</source>
        <translation>存储已满；保留了 %2 个检查点中的 %1 个</translation>
    </message>
    <message>
        <source>store write failed; %1 of %2 checkpoints kept</source>
        <translation>写入存储失败；保留了 %2 个检查点中的 %1 个</translation>
    </message>
    <message>
        <source>SQLite has no file system layer</source>
        <translation>SQLite 没有文件系统层</translation>
    </message>
    <message>
        <source>cannot resolve its full path</source>
        <translation>无法解析其完整路径</translation>
    </message>
    <message>
        <source>its header&apos;s payload fractions are not SQLite&apos;s</source>
        <translation>其文件头中的负载比例不是 SQLite 的</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>块设备</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>命名管道</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>它不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>it is marked as a TrialBench store but has no schema version</source>
        <translation>它被标记为 TrialBench 存储，但没有模式版本</translation>
    </message>
    <message>
        <source>no store file given (an empty path)</source>
        <translation>未给出存储文件（路径为空）</translation>
    </message>
    <message>
        <source>an SQLite database (a TrialBench store?)</source>
        <translation>SQLite 数据库（TrialBench 存储？）</translation>
    </message>
    <message>
        <source>it ends before the end of its 100-byte header</source>
        <translation>它在 100 字节文件头结束之前就结束了</translation>
    </message>
    <message>
        <source>database or disk is full</source>
        <translation>数据库或磁盘已满</translation>
    </message>
    <message>
        <source>database is locked</source>
        <translation>数据库已锁定</translation>
    </message>
    <message>
        <source>database table is locked</source>
        <translation>数据库表已锁定</translation>
    </message>
    <message>
        <source>attempt to write a readonly database</source>
        <translation>试图写入只读数据库</translation>
    </message>
    <message>
        <source>unable to open database file</source>
        <translation>无法打开数据库文件</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>磁盘 I/O 错误</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>文件不是数据库</translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation>数据库磁盘映像格式错误</translation>
    </message>
    <message>
        <source>access permission denied</source>
        <translation>访问权限被拒绝</translation>
    </message>
    <message>
        <source>cannot open the file for reading: %1</source>
        <translation>无法打开文件进行读取：%1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file is %1; %2 are limited to %3</source>
        <translation>文件大小为 %1；%2限制为 %3</translation>
    </message>
    <message>
        <source>the line is longer than %1; this is not a data file</source>
        <translation>该行超过 %1；这不是数据文件</translation>
    </message>
    <message>
        <source>field %1 opens a quote that is not closed on its line (a field cannot span lines)</source>
        <translation>字段 %1 的引号在本行未闭合（字段不能跨行）</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1</source>
        <translation>字段 %1 的闭合引号后有文本</translation>
    </message>
    <message>
        <source>field %1 has a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>字段 %1 在未加引号的字段中含有引号（请给整个字段加引号并将引号写两次）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the header %1: %2</source>
        <translation>表头 %1：%2</translation>
    </message>
    <message>
        <source>the header names the column %1 twice (fields %2 and %3)</source>
        <translation>表头两次列出列 %1（字段 %2 和 %3）</translation>
    </message>
    <message>
        <source>%1: has %2 fields; the header (line %3) has %4</source>
        <translation>%1：有 %2 个字段；表头（第 %3 行）有 %4 个</translation>
    </message>
    <message>
        <source>stopped reading after %1 problems</source>
        <translation>出现 %1 个问题后停止读取</translation>
    </message>
    <message>
        <source>%1: is empty; expected a non-negative integer failure count or &gt;=N</source>
        <translation>%1：为空；应为非负整数失败次数或 &gt;=N</translation>
    </message>
    <message>
        <source>%1: expected a non-negative integer failure count or &gt;=N</source>
        <translation>%1：应为非负整数失败次数或 &gt;=N</translation>
    </message>
    <message>
        <source>%1: expected a non-negative integer failure count or &gt;=N (one per line; a CSV file needs a header line and the column named)</source>
        <translation>%1：应为非负整数失败次数或 &gt;=N（每行一个；CSV 文件需要表头行并指定列）</translation>
    </message>
    <message>
        <source>%1: a negative count is how the notebooks mark &quot;not found&quot; (the correct answer was not among the candidates searched); write it as &gt;=CAP, CAP being the number of candidates searched (K is at least that), or leave it out knowingly</source>
        <translation>%1：负数是 notebooks 标记“未找到”的方式（正确答案不在所搜索的候选中）；请写成 &gt;=CAP，CAP 为搜索的候选数（K 至少为此值），或有意将其省略</translation>
    </message>
    <message>
        <source>%1: is beyond the largest count, %2</source>
        <translation>%1：超过最大次数 %2</translation>
    </message>
    <message>
        <source>the file starts with a CSV header (columns %1); name the column of failure counts</source>
        <translation>文件以 CSV 表头开头（列 %1）；请指定失败次数所在的列</translation>
    </message>
    <message>
        <source>no column %1 in the header; its columns are %2</source>
        <translation>表头中没有列 %1；其列为 %2</translation>
    </message>
    <message>
        <source>the file is empty; expected a CSV header naming the columns %1 and %2, then one (size, decay rate) pair per line</source>
        <translation>文件为空；应为列出列 %1 和 %2 的 CSV 表头，然后每行一个（规模，衰减率）对</translation>
    </message>
    <message>
        <source>the file has only comments and blank lines; expected a CSV header naming the columns %1 and %2, then one (size, decay rate) pair per line</source>
        <translation>文件只有注释和空行；应为列出列 %1 和 %2 的 CSV 表头，然后每行一个（规模，衰减率）对</translation>
    </message>
    <message>
        <source>no column %1 (%2) in the header; its columns are %3</source>
        <translation>表头中没有列 %1（%2）；其列为 %3</translation>
    </message>
    <message>
        <source>%1: %2 is empty (expected %3)</source>
        <translation>%1：%2 为空（应为%3）</translation>
    </message>
    <message>
        <source>%1: %2 is outside the range of a double (expected %3)</source>
        <translation>%1：%2 超出 double 的范围（应为%3）</translation>
    </message>
    <message>
        <source>%1: %2 is not a number (expected %3)</source>
        <translation>%1：%2 不是数字（应为%3）</translation>
    </message>
    <message>
        <source>%1: %2 is not a finite number (expected %3)</source>
        <translation>%1：%2 不是有限数（应为%3）</translation>
    </message>
    <message>
        <source>%1: %2 is not positive (expected %3; its logarithm is fitted)</source>
        <translation>%1：%2 不是正数（应为%3；拟合的是其对数）</translation>
    </message>
    <message>
        <source>%1: %2 is longer than %3 bytes (a label is a model name)</source>
        <translation>%1：%2 超过 %3 字节（标签是模型名称）</translation>
    </message>
    <message>
        <source>no data: the header (line %1) is followed by no (size, decay rate) pair</source>
        <translation>没有数据：表头（第 %1 行）之后没有（规模，衰减率）对</translation>
    </message>
    <message>
        <source>the label filter %1 is not a valid ECMAScript regular expression (%2)</source>
        <translation>标签过滤器 %1 不是有效的 ECMAScript 正则表达式（%2）</translation>
    </message>
    <message>
        <source>the label filter %1 needs labels, and these points have none (name the label column)</source>
        <translation>标签过滤器 %1 需要标签，而这些点没有标签（请指定标签列）</translation>
    </message>
    <message>
        <source>no label matches the filter %1 (matched from the start of each label)</source>
        <translation>没有标签匹配过滤器 %1（从每个标签的开头匹配）</translation>
    </message>
    <message>
        <source>the fit needs at least two points with different model sizes (got %1 point)</source>
        <translation>拟合至少需要两个模型规模不同的点（得到 %1 个点）</translation>
    </message>
    <message>
        <source>the fit needs at least two points with different model sizes (got %1 points)</source>
        <translation>拟合至少需要两个模型规模不同的点（得到 %1 个点）</translation>
    </message>
    <message>
        <source>the fit needs at least two points with different model sizes (got %1 points, all of one size)</source>
        <translation>拟合至少需要两个模型规模不同的点（得到 %1 个点，规模全部相同）</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>没有那个文件或目录</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限不够</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>is a folder, not a data file</source>
        <translation>是文件夹，不是数据文件</translation>
    </message>
    <message>
        <source>is not a regular file (a device, FIFO or socket); give a data file</source>
        <translation>不是普通文件（设备、FIFO 或套接字）；请给出数据文件</translation>
    </message>
    <message>
        <source>cannot read the file (an input/output error)</source>
        <translation>无法读取文件（输入/输出错误）</translation>
    </message>
    <message>
        <source>failure-count files</source>
        <translation>失败次数文件</translation>
    </message>
    <message>
        <source>scaling (size, decay rate) files</source>
        <translation>缩放（规模，衰减率）文件</translation>
    </message>
    <message>
        <source>must be &gt;= 1 (or 0 for no cap)</source>
        <translation>必须 &gt;= 1（或 0 表示无上限）</translation>
    </message>
    <message>
        <source>the file is empty: no failure counts</source>
        <translation>文件为空：没有失败次数</translation>
    </message>
    <message>
        <source>no failure counts: only comments, blank lines</source>
        <translation>没有失败次数：只有注释、空行</translation>
    </message>
    <message>
        <source>no failure counts: only comments, blank lines and a header</source>
        <translation>没有失败次数：只有注释、空行和表头</translation>
    </message>
    <message>
        <source>the model sizes</source>
        <translation>模型规模</translation>
    </message>
    <message>
        <source>the decay rates</source>
        <translation>衰减率</translation>
    </message>
    <message>
        <source>the labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>a model size in parameters such as 3.56e8, &gt; 0</source>
        <translation>以参数计的模型规模，例如 3.56e8，&gt; 0</translation>
    </message>
    <message>
        <source>a decay rate such as 1.333, &gt; 0</source>
        <translation>衰减率，例如 1.333，&gt; 0</translation>
    </message>
    <message>
        <source>give at least one decay rate</source>
        <translation>请至少给出一个衰减率</translation>
    </message>
    <message>
        <source>a decay rate must be finite and &gt; 0</source>
        <translation>衰减率必须有限且 &gt; 0</translation>
    </message>
    <message>
        <source>must be &gt;= 0</source>
        <translation>必须 &gt;= 0</translation>
    </message>
    <message>
        <source>must be &gt;= 2</source>
        <translation>必须 &gt;= 2</translation>
    </message>
    <message>
        <source>must be finite and &gt; 0</source>
        <translation>必须有限且 &gt; 0</translation>
    </message>
    <message>
        <source>must be finite</source>
        <translation>必须有限</translation>
    </message>
    <message>
        <source>bootstrap: 1000 resamples in a row had a single size</source>
        <translation>自助法：连续 1000 次重抽样只有一种规模</translation>
    </message>
    <message>
        <source>the line&apos;s log10 c and b must be finite numbers</source>
        <translation>直线的 log10 c 和 b 必须是有限数</translation>
    </message>
    <message>
        <source>the value %1 gives a config that is not valid: %2</source>
        <translation>取值 %1 得到的配置无效：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Series metric of this kind (one of: %2)</source>
        <translation>&apos;%1&apos; 不是此类实验的序列指标（可选：%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JSON path (keys joined by dots, indices in brackets: policies[0].epsilon)</source>
        <translation>&apos;%1&apos; 不是 JSON 路径（键用点连接，下标放在方括号中：policies[0].epsilon）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no value of this config (a parameter that is not set, an index past the end, or an unknown key)</source>
        <translation>&apos;%1&apos; 在此配置中没有对应的值（参数未设置、下标越界或键未知）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: only numeric parameters can be swept</source>
        <translation>&apos;%1&apos; 不是数值：只能扫描数值参数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be swept: every cell of a sweep runs the same replicates</source>
        <translation>&apos;%1&apos; 不能扫描：扫描的每个单元使用相同的重复次数</translation>
    </message>
    <message>
        <source>%1 cells; a sweep has at most %2 (e.g. two axes of 100 values)</source>
        <translation>%1 个单元；一次扫描最多 %2 个（例如两个各 100 个取值的轴）</translation>
    </message>
    <message>
        <source>the whole sweep (%1 cells) %2</source>
        <translation>整个扫描（%1 个单元）%2</translation>
    </message>
    <message>
        <source>%1 cells, each a run of the config</source>
        <translation>%1 个单元，每个都是该配置的一次运行</translation>
    </message>
    <message>
        <source>&apos;%1&apos; changes the checkpoint grid (%2 checkpoints up to step %3 in one cell, %4 up to step %5 in another); the cells of a sweep must share one grid</source>
        <translation>&apos;%1&apos; 改变了检查点网格（一个单元有 %2 个检查点直到第 %3 步，另一个有 %4 个直到第 %5 步）；扫描的所有单元必须共用一个网格</translation>
    </message>
    <message>
        <source>Swept parameters</source>
        <translation>扫描参数</translation>
    </message>
    <message>
        <source>one or two parameters, each with values, a range or a number of seeds</source>
        <translation>一个或两个参数，各自给出取值、范围或种子数</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>JSON path of a numeric parameter, e.g. policies[0].epsilon, environment.means[3] or seed</source>
        <translation>数值参数的 JSON 路径，例如 policies[0].epsilon、environment.means[3] 或 seed</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>the values to run, in order</source>
        <translation>要运行的取值，按顺序</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>count values from `from` to `to`, both included, evenly spaced on a linear or log scale</source>
        <translation>从 `from` 到 `to`（含两端）的 count 个取值，在线性或对数刻度上均匀分布</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>first value</source>
        <translation>第一个取值</translation>
    </message>
    <message>
        <source>To</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>last value</source>
        <translation>最后一个取值</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>个数</translation>
    </message>
    <message>
        <source>number of values, ends included</source>
        <translation>取值个数，含两端</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>刻度</translation>
    </message>
    <message>
        <source>linear: equal steps; log: equal ratios (from and to &gt; 0)</source>
        <translation>linear：等差；log：等比（from 和 to &gt; 0）</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>run the sweep under this many seeds derived from the config&apos;s seed (no path: the axis is the seed)</source>
        <translation>用由配置种子派生的这么多个种子运行扫描（不写路径：该轴就是种子）</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>the Series metric drawn against the swept parameters (default: the kind&apos;s headline metric)</source>
        <translation>相对于扫描参数绘制的序列指标（默认：该类实验的主指标）</translation>
    </message>
    <message>
        <source>give exactly one of values, range or seeds</source>
        <translation>values、range、seeds 三者只能给出一个</translation>
    </message>
    <message>
        <source>seeds sweep the seed: leave out the path, or write &quot;seed&quot;</source>
        <translation>seeds 扫描的是种子：省略路径，或写 &quot;seed&quot;</translation>
    </message>
    <message>
        <source>is required with values or a range</source>
        <translation>使用 values 或 range 时必须提供</translation>
    </message>
    <message>
        <source>a log range needs from &gt; 0 and to &gt; 0</source>
        <translation>对数范围需要 from &gt; 0 且 to &gt; 0</translation>
    </message>
    <message>
        <source>sweeps the same parameter as parameters[0]</source>
        <translation>与 parameters[0] 扫描的是同一个参数</translation>
    </message>
    <message>
        <source>only one axis can be seeds</source>
        <translation>只能有一个轴是种子</translation>
    </message>
    <message>
        <source>read the cells of a sweep</source>
        <translation>读取扫描的单元</translation>
    </message>
    <message>
        <source>record the end of a sweep</source>
        <translation>记录扫描的结束</translation>
    </message>
    <message>
        <source>record the cells of a sweep</source>
        <translation>记录扫描的单元</translation>
    </message>
    <message>
        <source>clear a sweep cell</source>
        <translation>清除一个扫描单元</translation>
    </message>
    <message>
        <source>read a sweep</source>
        <translation>读取扫描</translation>
    </message>
    <message>
        <source>record the best run of a sweep</source>
        <translation>记录扫描中最好的运行</translation>
    </message>
    <message>
        <source>record the end of a sweep cell</source>
        <translation>记录扫描单元的结束</translation>
    </message>
    <message>
        <source>take over a sweep</source>
        <translation>接管扫描</translation>
    </message>
    <message>
        <source>clear unfinished sweep cells</source>
        <translation>清除未完成的扫描单元</translation>
    </message>
    <message>
        <source>sweep cell %1 has %2 checkpoints up to step %3, the sweep&apos;s first cell %4 up to step %5: the swept parameter changes the checkpoint grid, which the cells of a sweep must share</source>
        <translation>扫描单元 %1 有 %2 个检查点直到第 %3 步，扫描的第一个单元有 %4 个直到第 %5 步：扫描参数改变了检查点网格，而扫描的所有单元必须共用它</translation>
    </message>
    <message>
        <source>sweep cell %1 compares %2 variants, the sweep&apos;s first cell %3: the cells of a sweep must compare the same variants</source>
        <translation>扫描单元 %1 比较 %2 个变体，扫描的第一个单元比较 %3 个：扫描的所有单元必须比较相同的变体</translation>
    </message>
    <message>
        <source>experiment %1 in %2 is not a sweep</source>
        <translation>%2 中的实验 %1 不是扫描</translation>
    </message>
    <message>
        <source>sweep %1 is still running (written by pid %2 on %3); stop it before resuming it</source>
        <translation>扫描 %1 仍在运行（由 %3 上的进程 %2 写入）；请先停止再继续</translation>
    </message>
    <message>
        <source>stopped in cell %1: %2; %3 cells finished and are kept; `trialbench-cli sweep --resume %4` runs the others</source>
        <translation>在单元 %1 停止：%2；%3 个单元已完成并保留；`trialbench-cli sweep --resume %4` 运行其余单元</translation>
    </message>
    <message>
        <source>cell %1 failed: %2; %3 cells finished and are kept</source>
        <translation>单元 %1 失败：%2；%3 个单元已完成并保留</translation>
    </message>
    <message>
        <source>sweep %1 is complete: every cell finished, nothing to resume</source>
        <translation>扫描 %1 已完成：所有单元都已结束，无需继续</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>is required: a sweep config carries a &quot;sweep&quot; block</source>
        <translation>必须提供：扫描配置需要包含 &quot;sweep&quot; 块</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TrialBench: bandit, survival-game and RLHF experiments, run live and stored.</source>
        <translation>TrialBench：多臂老虎机、生存游戏和 RLHF 实验，实时运行并保存。</translation>
    </message>
    <message>
        <source>Run store to use (default: $TRIALBENCH_DB, else the same file as trialbench-cli).</source>
        <translation>要使用的运行存储库（默认：$TRIALBENCH_DB，否则与 trialbench-cli 使用同一文件）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Write documentation screenshots into DIR and exit.</source>
        <translation>将文档截图写入 目录 后退出。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>JSON config file or preset:NAME to load.</source>
        <translation>要加载的 JSON 配置文件或 preset:NAME。</translation>
    </message>
</context>
<context>
    <name>tb::gui::EngineController</name>
    <message>
        <source>stopped before the first checkpoint</source>
        <translation>在第一个检查点之前停止</translation>
    </message>
</context>
<context>
    <name>tb::gui::ExperimentPanel</name>
    <message>
        <source>Start from a shipped experiment</source>
        <translation>从自带的实验开始</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run the experiment (Ctrl+R)</source>
        <translation>运行实验（Ctrl+R）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause between checkpoints; press again to resume</source>
        <translation>在检查点之间暂停；再次按下以继续</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Run exactly one more checkpoint</source>
        <translation>只再运行一个检查点</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop within one checkpoint; the run is kept as interrupted</source>
        <translation>在一个检查点内停止；运行将作为“已中断”保留</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) in the configuration: fix the marked fields to run.</source>
        <translation>
            <numerusform>⚠ 配置中有 %n 个问题：请修正标出的字段后再运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>(custom)</source>
        <translation>（自定义）</translation>
    </message>
    <message>
        <source>Cannot load the config</source>
        <translation>无法加载配置</translation>
    </message>
    <message>
        <source>%1: the config must be a JSON object</source>
        <translation>%1：配置必须是 JSON 对象</translation>
    </message>
    <message>
        <source>is an SQLite database (a TrialBench store?), not a config; open stores with File &gt; Open store</source>
        <translation>是 SQLite 数据库（TrialBench 存储库？），不是配置；请用“文件 &gt; 打开存储库”打开存储库</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>加载自 %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>tb::gui::ImportCountsDialog</name>
    <message>
        <source>Import failure counts</source>
        <translation>导入失败次数</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>The CSV column holding the counts; a file without a header is a plain list, one count per line</source>
        <translation>存放计数的 CSV 列；没有表头的文件视为简单列表，每行一个计数</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>列(&amp;C)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Counts at or above the cap are censored at it (the attempts allowed were the cap)</source>
        <translation>大于等于上限的计数在上限处删失（允许的尝试次数即为上限）</translation>
    </message>
    <message>
        <source>C&amp;ap:</source>
        <translation>上限(&amp;A)：</translation>
    </message>
    <message>
        <source>Goodness-of-fit refits and level resamples of the analysis (0 skips the p-value and the level probabilities)</source>
        <translation>分析中的拟合优度重拟合次数和等级重抽样次数（0 表示跳过 p 值和等级概率）</translation>
    </message>
    <message>
        <source>&amp;Bootstrap:</source>
        <translation>自助法(&amp;B)：</translation>
    </message>
    <message>
        <source>One count per line, or a CSV column. A count is a non-negative integer, or &gt;=N for a task not solved within N attempts; blank lines and lines starting with # are skipped.</source>
        <translation>每行一个计数，或一个 CSV 列。计数为非负整数；对于 N 次尝试内未解决的任务写作 &gt;=N；空行和以 # 开头的行会被跳过。</translation>
    </message>
    <message>
        <source>Import and analyse</source>
        <translation>导入并分析</translation>
    </message>
    <message>
        <source>Failure counts (*.txt *.csv *.tsv *.dat);;All files (*)</source>
        <translation>失败次数 (*.txt *.csv *.tsv *.dat);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(plain list: one count per line)</source>
        <translation>（简单列表：每行一个计数）</translation>
    </message>
</context>
<context>
    <name>tb::gui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>跟随系统（%1）(&amp;S)</translation>
    </message>
</context>
<context>
    <name>tb::gui::LessonPanel</name>
    <message>
        <source>Try this</source>
        <translation>试一试</translation>
    </message>
    <message>
        <source>Back to the lesson&apos;s experiment</source>
        <translation>返回课程的实验</translation>
    </message>
    <message>
        <source>Load the lesson&apos;s own config again and run it</source>
        <translation>重新加载课程自带的配置并运行</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>课程：%1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>试试看</translation>
    </message>
    <message>
        <source>Apply this change to the form and run it:
%1</source>
        <translation>将此修改应用到表单并运行：
%1</translation>
    </message>
    <message>
        <source>Show prediction</source>
        <translation>显示预测</translation>
    </message>
    <message>
        <source>Hide prediction</source>
        <translation>隐藏预测</translation>
    </message>
    <message>
        <source>Lesson: %1, try %2</source>
        <translation>课程：%1，尝试 %2</translation>
    </message>
</context>
<context>
    <name>tb::gui::MainWindow</name>
    <message>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>The run is not recorded</source>
        <translation>此次运行未被记录</translation>
    </message>
    <message>
        <source>The store could not be opened for writing:
%1</source>
        <translation>无法以写入方式打开存储库：
%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>新建存储库(&amp;N)…</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>新建存储库</translation>
    </message>
    <message>
        <source>TrialBench store (*.sqlite)</source>
        <translation>TrialBench 存储库 (*.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>打开存储库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>打开存储库</translation>
    </message>
    <message>
        <source>TrialBench store (*.sqlite);;All files (*)</source>
        <translation>TrialBench 存储库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Recent stores</source>
        <translation>最近的存储库</translation>
    </message>
    <message>
        <source>Open &amp;config…</source>
        <translation>打开配置(&amp;C)…</translation>
    </message>
    <message>
        <source>Open config</source>
        <translation>打开配置</translation>
    </message>
    <message>
        <source>TrialBench config (*.trialbench.json *.json);;All files (*)</source>
        <translation>TrialBench 配置 (*.trialbench.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>打开课程(&amp;L)…</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>TrialBench lesson (*.json);;All files (*)</source>
        <translation>TrialBench 课程 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Save config…</source>
        <translation>保存配置(&amp;S)…</translation>
    </message>
    <message>
        <source>Save config</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>TrialBench config (*.trialbench.json);;JSON config (*.json)</source>
        <translation>TrialBench 配置 (*.trialbench.json);;JSON 配置 (*.json)</translation>
    </message>
    <message>
        <source>Copy as &amp;command</source>
        <translation>复制为命令(&amp;M)</translation>
    </message>
    <message>
        <source>The trialbench-cli command for this config is on the clipboard.</source>
        <translation>此配置的 trialbench-cli 命令已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Copy the trialbench-cli run line that runs this config into the same store</source>
        <translation>复制 trialbench-cli 的运行命令行，它会将此配置运行到同一个存储库中</translation>
    </message>
    <message>
        <source>&amp;Import failure counts…</source>
        <translation>导入失败次数(&amp;I)…</translation>
    </message>
    <message>
        <source>Analyse failure counts measured elsewhere (a list or a CSV column): tail fit and level, recorded as a survival run</source>
        <translation>分析在其他地方测得的失败次数（列表或 CSV 列）：尾部拟合和等级，记录为一次生存游戏运行</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause / Resume</source>
        <translation>暂停/继续(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>单步(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Experiment panel</source>
        <translation>实验面板</translation>
    </message>
    <message>
        <source>Run browser</source>
        <translation>运行浏览器</translation>
    </message>
    <message>
        <source>&amp;Scaling projection…</source>
        <translation>规模外推(&amp;S)…</translation>
    </message>
    <message>
        <source>The survival game&apos;s scaling projection: decay rate against model size, the fitted power law and the sizes where it reaches the Capable and Autonomous levels</source>
        <translation>生存游戏的规模外推：衰减率与模型规模的关系、拟合的幂律，以及达到“胜任”和“自主”等级所需的规模</translation>
    </message>
    <message>
        <source>S&amp;tep mode (bandits)…</source>
        <translation>单步模式（老虎机）(&amp;E)…</translation>
    </message>
    <message>
        <source>Play one policy of the form&apos;s bandit config a pull at a time, see why it chose each arm, and drag the arms&apos; true means during the run</source>
        <translation>每次拉动一次地运行表单中老虎机配置的一个策略，查看它为何选择每个臂，并在运行过程中拖动各臂的真实均值</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System (dark)</source>
        <translation>跟随系统（深色）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;System (light)</source>
        <translation>跟随系统（浅色）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large fonts and thick lines for a classroom or a talk</source>
        <translation>全屏、大字体和粗线条，适合课堂或演讲</translation>
    </message>
    <message>
        <source>&amp;Hide controls</source>
        <translation>隐藏控件(&amp;H)</translation>
    </message>
    <message>
        <source>Only the plots (and the lesson): hide the experiment panel, the run browser and the status bar</source>
        <translation>只显示图（和课程）：隐藏实验面板、运行浏览器和状态栏</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TrialBench</source>
        <translation>关于 TrialBench(&amp;A)</translation>
    </message>
    <message>
        <source>About TrialBench</source>
        <translation>关于 TrialBench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TrialBench %1&lt;/h3&gt;&lt;p&gt;A workbench for trial-and-error experiments: bandits, the survival game and RLHF simulations, stored and compared.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TrialBench %1&lt;/h3&gt;&lt;p&gt;用于试错实验的工作台：多臂老虎机、生存游戏和 RLHF 模拟，可保存并比较。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with %1</source>
        <translation>构建所用组件：%1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson file(s) could not be loaded…</source>
        <translation>
            <numerusform>有 %n 个课程文件无法加载…</numerusform>
        </translation>
    </message>
    <message>
        <source>Lessons not loaded</source>
        <translation>未加载的课程</translation>
    </message>
    <message>
        <source>Open lesson &amp;folder</source>
        <translation>打开课程文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reload lessons</source>
        <translation>重新加载课程(&amp;R)</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>无法打开该课程</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>课程：%1</translation>
    </message>
    <message>
        <source>Cannot switch the language</source>
        <translation>无法切换语言</translation>
    </message>
    <message>
        <source>Wait for the current run to end, or stop it.</source>
        <translation>请等待当前运行结束，或将其停止。</translation>
    </message>
    <message>
        <source>Cannot save the config</source>
        <translation>无法保存配置</translation>
    </message>
    <message>
        <source>Cannot switch stores</source>
        <translation>无法切换存储库</translation>
    </message>
    <message>
        <source>Stop the current run first.</source>
        <translation>请先停止当前运行。</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>存储库：%1</translation>
    </message>
    <message>
        <source>⚠ Store: %1 (%2)</source>
        <translation>⚠ 存储库：%1（%2）</translation>
    </message>
    <message>
        <source>TrialBench — %1</source>
        <translation>TrialBench — %1</translation>
    </message>
    <message>
        <source>TrialBench — no store</source>
        <translation>TrialBench — 无存储库</translation>
    </message>
    <message>
        <source>Cannot import failure counts</source>
        <translation>无法导入失败次数</translation>
    </message>
    <message>
        <source>Import failure counts</source>
        <translation>导入失败次数</translation>
    </message>
    <message>
        <source>Failure counts (*.txt *.csv *.tsv *.dat);;All files (*)</source>
        <translation>失败次数 (*.txt *.csv *.tsv *.dat);;所有文件 (*)</translation>
    </message>
    <message>
        <source>There is no store to record the analysis in: %1</source>
        <translation>没有可记录分析结果的存储库：%1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>A run started while the file was read; import it again.</source>
        <translation>读取文件期间有运行开始；请重新导入。</translation>
    </message>
    <message>
        <source>Imported from %1 — press Run to analyse it again</source>
        <translation>导入自 %1 — 按“运行”再次分析</translation>
    </message>
    <message>
        <source>Reading failure counts from %1…</source>
        <translation>正在从 %1 读取失败次数…</translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Scaling projection</source>
        <translation>规模外推</translation>
    </message>
    <message>
        <source>Step mode</source>
        <translation>单步模式</translation>
    </message>
    <message>
        <source>run #%1</source>
        <translation>运行 #%1</translation>
    </message>
    <message>
        <source>Configuration of run #%1 — press Run to run it again</source>
        <translation>运行 #%1 的配置 — 按“运行”再次运行</translation>
    </message>
    <message>
        <source>Cannot load the run&apos;s configuration</source>
        <translation>无法加载该运行的配置</translation>
    </message>
    <message>
        <source>Stopping the run and saving it before closing…</source>
        <translation>正在停止运行并在关闭前保存…</translation>
    </message>
    <message>
        <source>Live &amp;tuning (sliders)</source>
        <translation>实时调参（滑块）(&amp;U)</translation>
    </message>
    <message>
        <source>A slider under every number of the form; moving one runs the experiment again at once (not recorded; Run records)</source>
        <translation>表单中每个数字下方都有一个滑块；移动滑块会立即重新运行实验（不记录；“运行”才会记录）</translation>
    </message>
    <message>
        <source>Live tuning: each change runs again at once, without recording; Run records.</source>
        <translation>实时调参：每次修改都会立即重新运行，不记录；“运行”才会记录。</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>Preview (%1)</source>
        <translation>预览（%1）</translation>
    </message>
    <message>
        <source>S&amp;weep…</source>
        <translation>参数扫描(&amp;W)…</translation>
    </message>
    <message>
        <source>Run the config over a range of one or two parameters and plot the result against them</source>
        <translation>在一个或两个参数的取值范围上运行该配置，并相对于这些参数绘制结果</translation>
    </message>
    <message>
        <source>Cannot show the sweep</source>
        <translation>无法显示扫描</translation>
    </message>
    <message>
        <source>Cannot run the sweep</source>
        <translation>无法运行扫描</translation>
    </message>
</context>
<context>
    <name>tb::gui::RunPresenter</name>
    <message>
        <source> G</source>
        <translation> G</translation>
    </message>
    <message>
        <source> M</source>
        <translation> M</translation>
    </message>
    <message>
        <source> k</source>
        <translation> k</translation>
    </message>
    <message>
        <source>Back to the current run</source>
        <translation>返回当前运行</translation>
    </message>
    <message>
        <source>Preparing the experiment…</source>
        <translation>正在准备实验…</translation>
    </message>
    <message>
        <source>Run #%1 · %2%3</source>
        <translation>运行 #%1 · %2%3</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>paused · 0 %1/s</source>
        <translation>已暂停 · 0 %1/秒</translation>
    </message>
    <message>
        <source>%1%2/s</source>
        <translation>%1%2/秒</translation>
    </message>
    <message>
        <source>Analysing the pooled data (full bootstrap on every core) · %1 s simulated</source>
        <translation>正在分析汇总数据（在所有核心上进行完整的自助法）· 已模拟 %1 秒</translation>
    </message>
    <message>
        <source>analysing</source>
        <translation>分析中</translation>
    </message>
    <message>
        <source>%1 · checkpoint %2 of %3 · %4 · %5 s</source>
        <translation>%1 · 检查点 %2/%3 · %4 · %5 秒</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message numerus="yes">
        <source>%n replicate(s)</source>
        <translation>
            <numerusform>%n 次重复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready · %n replicate(s) · press Run to start</source>
        <translation>
            <numerusform>就绪 · %n 次重复 · 按“运行”开始</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>无法运行：%1</translation>
    </message>
    <message>
        <source>Stored run #%1 · %2 · %3 · started %4</source>
        <translation>已保存的运行 #%1 · %2 · %3 · 开始于 %4</translation>
    </message>
    <message>
        <source>Cannot open the run</source>
        <translation>无法打开该运行</translation>
    </message>
    <message>
        <source>Cannot compare the runs</source>
        <translation>无法比较这些运行</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Runs %1 overlaid; the table lists the parameters that differ</source>
        <translation>叠加显示运行 %1；表格列出不同的参数</translation>
    </message>
    <message>
        <source>Run #%1 was deleted from the store</source>
        <translation>运行 #%1 已从存储库中删除</translation>
    </message>
    <message>
        <source>%1 · computing the full result…</source>
        <translation>%1 · 正在计算完整结果…</translation>
    </message>
    <message>
        <source>%1 · computing the full result: %2%</source>
        <translation>%1 · 正在计算完整结果：%2%</translation>
    </message>
    <message>
        <source>%1 · checkpoint %2 of %3</source>
        <translation>%1 · 检查点 %2/%3</translation>
    </message>
    <message>
        <source>The runs of #%1 compared with each other</source>
        <translation>#%1 的各运行相互比较</translation>
    </message>
</context>
<context>
    <name>tb::gui::StoreSession</name>
    <message>
        <source>%1 was refused; using the default store</source>
        <translation>%1 被拒绝；改用默认存储库</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>无法打开存储库</translation>
    </message>
    <message>
        <source>%1

The window uses the default store instead:
%2</source>
        <translation>%1

窗口改用默认存储库：
%2</translation>
    </message>
    <message>
        <source>No store: %1 was refused. Runs cannot be recorded, so Run is disabled; open a store with File &gt; Open store.</source>
        <translation>无存储库：%1 被拒绝。无法记录运行，因此“运行”已禁用；请用“文件 &gt; 打开存储库”打开一个存储库。</translation>
    </message>
    <message>
        <source>%1%2

There is no store to record runs in, so Run is disabled until you open one (File &gt; Open store or New store).</source>
        <translation>%1%2

没有可记录运行的存储库，因此在打开存储库之前“运行”处于禁用状态（文件 &gt; 打开存储库或新建存储库）。</translation>
    </message>
</context>
<context>
    <name>tb::gui::SweepDialog</name>
    <message>
        <source>Sweep</source>
        <translation>参数扫描</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Run the config once per value (or pair of values) of one or two parameters, each run with its own seed, and plot the final %1 against them. The sweep is stored as one experiment whose runs are the cells&apos; runs.</source>
        <translation>对一个或两个参数的每个取值（或取值对）运行一次配置，每次运行使用自己的种子，并相对于这些参数绘制最终的%1。扫描保存为一个实验，其运行即各单元的运行。</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>运行扫描</translation>
    </message>
    <message>
        <source>First parameter</source>
        <translation>第一个参数</translation>
    </message>
    <message>
        <source>Second parameter (optional)</source>
        <translation>第二个参数（可选）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Seeds: repeat every value under several seeds</source>
        <translation>种子：每个取值用多个种子重复</translation>
    </message>
    <message>
        <source>A numeric parameter of the config, by its JSON path</source>
        <translation>配置中的一个数值参数，以其 JSON 路径表示</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>List of values</source>
        <translation>取值列表</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>log</source>
        <translation>对数</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>values:</source>
        <translation>取值个数：</translation>
    </message>
    <message>
        <source>e.g. 0.01, 0.05, 0.1</source>
        <translation>例如 0.01, 0.05, 0.1</translation>
    </message>
    <message>
        <source> seeds</source>
        <translation> 个种子</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) × %1 replicates; about %2 on this machine</source>
        <translation>
            <numerusform>%n 个单元 × %1 次重复；在本机约需 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::gui::SweepWindow</name>
    <message>
        <source>%v of %m cells</source>
        <translation>%v / %m 个单元</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the cell under way; the finished cells are kept and the sweep can be resumed</source>
        <translation>停止正在运行的单元；已完成的单元会保留，扫描之后可以继续</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Run the cells this sweep has not finished</source>
        <translation>运行此扫描尚未完成的单元</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Sweep — %1</source>
        <translation>参数扫描 — %1</translation>
    </message>
    <message>
        <source>Sweep #%1 — %2</source>
        <translation>参数扫描 #%1 — %2</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cell %1 of %2 (%3), %4 %5/s</source>
        <translation>单元 %1 / %2（%3），%4 %5/秒</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n cell(s) in %1 s</source>
        <translation>
            <numerusform>完成：%n 个单元，用时 %1 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::ui::AnalysisView</name>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the estimates of every run as CSV</source>
        <translation>将每个运行的估计值保存为 CSV</translation>
    </message>
    <message>
        <source>Export estimates</source>
        <translation>导出估计值</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Live estimate while the run goes on; the full bootstrap runs when it ends.</source>
        <translation>运行进行中的实时估计；运行结束后进行完整的自助法。</translation>
    </message>
    <message>
        <source>Nothing derived yet: the analysis appears after the first checkpoint.</source>
        <translation>尚无推导结果：分析将在第一个检查点之后出现。</translation>
    </message>
</context>
<context>
    <name>tb::ui::ArmView</name>
    <message>
        <source>arm %1</source>
        <translation>臂 %1</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>N = %1</source>
        <translation>N = %1</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>均值 %1</translation>
    </message>
    <message>
        <source>true ?</source>
        <translation>真实值 ?</translation>
    </message>
    <message>
        <source>true %1</source>
        <translation>真实值 %1</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>指标 %1</translation>
    </message>
    <message>
        <source>sample %1</source>
        <translation>样本 %1</translation>
    </message>
    <message>
        <source>sample (%1)</source>
        <translation>样本（%1）</translation>
    </message>
    <message>
        <source>P = %1</source>
        <translation>P = %1</translation>
    </message>
    <message>
        <source>reward %1</source>
        <translation>奖励 %1</translation>
    </message>
    <message>
        <source>Press Step to pull one arm, or Play.</source>
        <translation>按“单步”拉动一个臂，或按“播放”。</translation>
    </message>
    <message>
        <source>dashed line: true mean (drag it to change the arm)</source>
        <translation>虚线：真实均值（拖动可改变该臂）</translation>
    </message>
    <message>
        <source>dot: the policy&apos;s mean of the arm · bar: its interval, up to the index · diamond: the index</source>
        <translation>圆点：策略对该臂的均值 · 条：其区间，直到指标 · 菱形：指标</translation>
    </message>
    <message>
        <source>dot: the empirical mean the greedy choice compares</source>
        <translation>圆点：贪心选择所比较的经验均值</translation>
    </message>
    <message>
        <source>P: the probability of each arm this round</source>
        <translation>P：本轮每个臂的概率</translation>
    </message>
    <message>
        <source>dot: the empirical mean</source>
        <translation>圆点：经验均值</translation>
    </message>
    <message>
        <source>N: pulls so far</source>
        <translation>N：到目前为止的拉动次数</translation>
    </message>
    <message>
        <source>shape: the posterior of the arm&apos;s mean · dot: the empirical mean · diamond: this round&apos;s sample</source>
        <translation>形状：该臂均值的后验分布 · 圆点：经验均值 · 菱形：本轮的样本</translation>
    </message>
    <message>
        <source>shape: the posterior of the arm&apos;s mean · dot: the empirical mean · diamond: this round&apos;s sample (hollow: only known to be below the best draw, shown as a draw from the posterior below it)</source>
        <translation>形状：该臂均值的后验分布 · 圆点：经验均值 · 菱形：本轮的样本（空心：只知道它低于最佳抽样值，显示为从该值以下的后验中抽取的值）</translation>
    </message>
</context>
<context>
    <name>tb::ui::CompareView</name>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>What to compare: a metric over the steps, a plot over a value, or the analysis</source>
        <translation>比较的内容：随步数变化的指标、以某个值为横轴的图，或分析结果</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the verdicts and estimates of every compared run as CSV</source>
        <translation>将每个参与比较的运行的判定和估计值保存为 CSV</translation>
    </message>
    <message>
        <source>Export estimates</source>
        <translation>导出估计值</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n run(s): %1</source>
        <translation>
            <numerusform>比较 %n 个运行：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>runs %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>(the configurations are identical)</source>
        <translation>（配置完全相同）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>比较：%1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>No compared run has this plot&apos;s curves.</source>
        <translation>没有参与比较的运行包含此图的曲线。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>未确定</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>No compared run derived anything.</source>
        <translation>参与比较的运行都没有推导结果。</translation>
    </message>
    <message>
        <source>Verdicts and estimates of every compared run; hover a value for how it was obtained.</source>
        <translation>每个参与比较的运行的判定和估计值；将鼠标悬停在数值上可查看其来源。</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Statistical tests</source>
        <translation>统计检验</translation>
    </message>
    <message>
        <source>The chosen metric over the steps, one line and band per run</source>
        <translation>所选指标随步数的变化，每个运行一条线和置信带</translation>
    </message>
    <message>
        <source>Is one run better than another? Welch and Mann–Whitney tests on every replicate&apos;s final value of the chosen metric, with effect sizes and a verdict per pair</source>
        <translation>某个运行是否优于另一个？对所选指标中每次重复的最终值做 Welch 检验和 Mann–Whitney 检验，给出效应量和每对的结论</translation>
    </message>
    <message numerus="yes">
        <source>Comparing the %n run(s) of #%1 %2</source>
        <translation>
            <numerusform>比较 #%1 %2 的 %n 个运行</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>估计值</translation>
    </message>
</context>
<context>
    <name>tb::ui::DistributionPlot</name>
    <message>
        <source>Box plot</source>
        <translation>箱线图</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>直方图</translation>
    </message>
    <message>
        <source>Show the replicates&apos; final values as box plots or as histograms</source>
        <translation>以箱线图或直方图显示各次重复的最终值</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>重复次数</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:%1&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; (%n replicate(s))&lt;br&gt;mean %3 · median %4&lt;br&gt;quartiles %5 – %6&lt;br&gt;whiskers %7 – %8 · %9</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:%1&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt;（%n 次重复）&lt;br&gt;均值 %3 · 中位数 %4&lt;br&gt;四分位数 %5 – %6&lt;br&gt;须线 %7 – %8 · %9</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outlier(s)</source>
        <translation>
            <numerusform>%n 个离群值</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 – %2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>tb::ui::PlotPanel</name>
    <message>
        <source>Inside, top left</source>
        <translation>内部，左上</translation>
    </message>
    <message>
        <source>Inside, top right</source>
        <translation>内部，右上</translation>
    </message>
    <message>
        <source>Inside, bottom left</source>
        <translation>内部，左下</translation>
    </message>
    <message>
        <source>Inside, bottom right</source>
        <translation>内部，右下</translation>
    </message>
    <message>
        <source>Outside, right of the plot</source>
        <translation>外部，图的右侧</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Log x</source>
        <translation>对数 x</translation>
    </message>
    <message>
        <source>Logarithmic step axis: early exploration and late convergence on one plot</source>
        <translation>对数步数轴：在一张图上同时看到早期探索和后期收敛</translation>
    </message>
    <message>
        <source>Log y</source>
        <translation>对数 y</translation>
    </message>
    <message>
        <source>Logarithmic value axis, for values that span decades (regret, pulls per arm)</source>
        <translation>对数数值轴，适用于跨越多个数量级的值（遗憾、每个臂的拉动次数）</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Place the legend inside a corner of the plot, outside on the right, or hide it (also on the plot&apos;s context menu)</source>
        <translation>将图例放在图内的某个角落、图外右侧，或隐藏（也可通过图的右键菜单设置）</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Fit the axes to the data again (drag to pan, wheel to zoom)</source>
        <translation>重新让坐标轴适应数据（拖动平移，滚轮缩放）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save this plot as PNG or PDF, or its data as CSV</source>
        <translation>将此图保存为 PNG 或 PDF，或将其数据保存为 CSV</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG 图像…</translation>
    </message>
    <message>
        <source>PDF (vector)…</source>
        <translation>PDF（矢量）…</translation>
    </message>
    <message>
        <source>CSV of the plotted data…</source>
        <translation>所绘数据的 CSV…</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>无法在 %1 中创建临时文件：%2</translation>
    </message>
    <message>
        <source>Could not write %1 (is the disk full?). The file was left as it was.</source>
        <translation>无法写入 %1（磁盘已满？）。文件保持原样。</translation>
    </message>
    <message>
        <source>Could not replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). The file was left as it was.</source>
        <translation>无法写入 %1（%2）。文件保持原样。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>导出图</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>tb::ui::ProjectionPlot</name>
    <message>
        <source>Scaling projection: decay rate a against model size N</source>
        <translation>规模外推：衰减率 a 与模型规模 N</translation>
    </message>
    <message>
        <source>Model size N (parameters)</source>
        <translation>模型规模 N（参数量）</translation>
    </message>
    <message>
        <source>Failure decay rate a</source>
        <translation>失败衰减率 a</translation>
    </message>
    <message>
        <source>Limited (a ≤ 2)</source>
        <translation>受限（a ≤ 2）</translation>
    </message>
    <message>
        <source>Capable (2 &lt; a ≤ 3)</source>
        <translation>胜任（2 &lt; a ≤ 3）</translation>
    </message>
    <message>
        <source>Autonomous (a &gt; 3)</source>
        <translation>自主（a &gt; 3）</translation>
    </message>
    <message>
        <source>95% band of the line</source>
        <translation>直线的 95% 带</translation>
    </message>
    <message>
        <source>Fitted line</source>
        <translation>拟合直线</translation>
    </message>
    <message>
        <source>Other models</source>
        <translation>其他模型</translation>
    </message>
    <message>
        <source>Fitted models</source>
        <translation>参与拟合的模型</translation>
    </message>
    <message>
        <source>Crossings N*(2), N*(3)</source>
        <translation>交点 N*(2)、N*(3)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Selected models</source>
        <translation>选中的模型</translation>
    </message>
    <message>
        <source>Paper&apos;s line</source>
        <translation>论文中的直线</translation>
    </message>
    <message>
        <source>Crossings</source>
        <translation>交点</translation>
    </message>
</context>
<context>
    <name>tb::ui::ProjectionView</name>
    <message>
        <source>Limited</source>
        <translation>受限</translation>
    </message>
    <message>
        <source>Capable</source>
        <translation>胜任</translation>
    </message>
    <message>
        <source>Autonomous</source>
        <translation>自主</translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation>打开 CSV…</translation>
    </message>
    <message>
        <source>(N, a) pairs: a CSV file with the columns N_params and decay_rate, and optionally label</source>
        <translation>(N, a) 数据对：包含 N_params 和 decay_rate 列（可选 label 列）的 CSV 文件</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <source>The shipped sample: 30 language models read off the paper&apos;s figure</source>
        <translation>自带的示例数据：从论文图中读取的 30 个语言模型</translation>
    </message>
    <message>
        <source>all points</source>
        <translation>所有点</translation>
    </message>
    <message>
        <source>The fitted set: labels matching this prefix or regular expression (empty: every point)</source>
        <translation>参与拟合的集合：标签匹配此前缀或正则表达式的点（为空：所有点）</translation>
    </message>
    <message>
        <source>Paper&apos;s line</source>
        <translation>论文中的直线</translation>
    </message>
    <message>
        <source>Project the paper&apos;s digitized line log10 a = −0.0407 + 0.01972 · log10 N instead of fitting</source>
        <translation>不做拟合，而是外推论文中数字化的直线 log10 a = −0.0407 + 0.01972 · log10 N</translation>
    </message>
    <message>
        <source>Fit models:</source>
        <translation>拟合模型：</translation>
    </message>
    <message>
        <source>scaling projection</source>
        <translation>规模外推</translation>
    </message>
    <message>
        <source>Open (N, a) pairs</source>
        <translation>打开 (N, a) 数据对</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <source>Cannot read the (N, a) pairs</source>
        <translation>无法读取 (N, a) 数据对</translation>
    </message>
    <message>
        <source>%1 — points: %2</source>
        <translation>%1 — 点数：%2</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选：%1</translation>
    </message>
    <message>
        <source>No line: %1</source>
        <translation>无直线：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fitted line&lt;/b&gt; a = c · N&lt;sup&gt;b&lt;/sup&gt; (OLS of log10 a on log10 N, %1 of %2 points%3): c = %4, b = %5 ± %6 (SE), R² = %7, n = %8</source>
        <translation>&lt;b&gt;拟合直线&lt;/b&gt; a = c · N&lt;sup&gt;b&lt;/sup&gt;（log10 a 对 log10 N 的 OLS，%2 个点中的 %1 个%3）：c = %4，b = %5 ± %6（标准误），R² = %7，n = %8</translation>
    </message>
    <message>
        <source>, labels matching “%1”</source>
        <translation>，标签匹配“%1”</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paper&apos;s line&lt;/b&gt; (digitized from its figure): log10 a = %1 + %2 · log10 N, c = %3, b = %4; no interval</source>
        <translation>&lt;b&gt;论文中的直线&lt;/b&gt;（从其图中数字化）：log10 a = %1 + %2 · log10 N，c = %3，b = %4；无区间</translation>
    </message>
    <message>
        <source> (95% CI %1 – %2; years %3 – %4)</source>
        <translation>（95% 置信区间 %1 – %2；年份 %3 – %4）</translation>
    </message>
    <message>
        <source>%1 from a = %2: N* = %3%4, year ≈ %5 (reconstruction)&lt;br&gt;</source>
        <translation>%1 自 a = %2 起：N* = %3%4，年份 ≈ %5（重建）&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#5b6370&apos;&gt;Pair bootstrap: %1 resamples, seed %2; %3 with b ≤ 0. Years: 2025 + 1.5 · log2(N / 10&lt;sup&gt;12&lt;/sup&gt;), read off the paper&apos;s figure.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#5b6370&apos;&gt;成对自助法：%1 次重抽样，种子 %2；%3 次 b ≤ 0。年份：2025 + 1.5 · log2(N / 10&lt;sup&gt;12&lt;/sup&gt;)，读自论文的图。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#5b6370&apos;&gt;Years: 2025 + 1.5 · log2(N / 10&lt;sup&gt;12&lt;/sup&gt;), read off the paper&apos;s figure.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#5b6370&apos;&gt;年份：2025 + 1.5 · log2(N / 10&lt;sup&gt;12&lt;/sup&gt;)，读自论文的图。&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>tb::ui::RunBrowser</name>
    <message>
        <source>Filter: words, or an expression such as final.pseudo_regret &lt; 50 and params.horizon = 10000</source>
        <translation>筛选：关键词，或诸如 final.pseudo_regret &lt; 50 and params.horizon = 10000 的表达式</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show the plots of the selected run (no re-run)</source>
        <translation>显示选中运行的图（不重新运行）</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <source>Load the selected run&apos;s configuration into the form</source>
        <translation>将选中运行的配置载入表单</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Overlay the selected runs and list their parameter differences</source>
        <translation>叠加显示选中的运行并列出其参数差异</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected runs from the store</source>
        <translation>从存储库中删除选中的运行</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Choose the columns: parameters, final metrics, tags</source>
        <translation>选择列：参数、最终指标、标签</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the table as shown (visible columns, filtered rows) as CSV</source>
        <translation>将表格按当前显示（可见列、筛选后的行）保存为 CSV</translation>
    </message>
    <message>
        <source>Hide “%1”</source>
        <translation>隐藏“%1”</translation>
    </message>
    <message>
        <source>Store error: %1</source>
        <translation>存储库错误：%1</translation>
    </message>
    <message>
        <source>Words match any column. An expression compares fields: params.KEY, final.METRIC, tags.KEY, id, name, kind, status, created, best, value, replicates, notes; with = != &lt; &lt;= &gt; &gt;=, LIKE &apos;%x%&apos;, ~ &apos;regex&apos;, and, or, not, ( ). Example: final.pseudo_regret &lt; 50 and params.horizon = 10000</source>
        <translation>关键词匹配任意列。表达式用于比较字段：params.KEY、final.METRIC、tags.KEY、id、name、kind、status、created、best、value、replicates、notes；可用 = != &lt; &lt;= &gt; &gt;=、LIKE &apos;%x%&apos;、~ &apos;regex&apos;、and、or、not、( )。示例：final.pseudo_regret &lt; 50 and params.horizon = 10000</translation>
    </message>
    <message>
        <source>Final metrics (best run)</source>
        <translation>最终指标（最佳运行）</translation>
    </message>
    <message>
        <source>Tag keys</source>
        <translation>标签键</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Export the run table</source>
        <translation>导出运行表</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>A run that is still running cannot be deleted.</source>
        <translation>仍在进行的运行不能删除。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) with all their data from the store? This cannot be undone.</source>
        <translation>
            <numerusform>从存储库中删除 %n 个运行及其全部数据？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 个运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s)</source>
        <translation>
            <numerusform>%1 / %n 个运行</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare runs statistically</source>
        <translation>统计比较运行</translation>
    </message>
    <message>
        <source>Test whether one run is better than another on every replicate&apos;s final value (Welch and Mann–Whitney tests, effect sizes), also the runs of one experiment</source>
        <translation>基于每次重复的最终值检验某个运行是否优于另一个（Welch 检验与 Mann–Whitney 检验、效应量），也可比较同一实验中的各运行</translation>
    </message>
</context>
<context>
    <name>tb::ui::RunBrowserModel</name>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Final mean across replicates of %1 of the best run</source>
        <translation>最佳运行的 %1 在各次重复上的最终均值</translation>
    </message>
    <message>
        <source>Configuration parameter %1 (a list shows its number of items)</source>
        <translation>配置参数 %1（列表显示其项数）</translation>
    </message>
    <message>
        <source>Filter field: %1</source>
        <translation>筛选字段：%1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <source>Final value</source>
        <translation>最终值</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Final mean of %1 of the best run</source>
        <translation>最佳运行的 %1 最终均值</translation>
    </message>
    <message>
        <source>Comma-separated tags, plain (baseline) or KEY=VALUE (owner=ana, filtered as tags.owner); double-click to edit</source>
        <translation>逗号分隔的标签，可为普通标签（baseline）或 KEY=VALUE（owner=ana，按 tags.owner 筛选）；双击编辑</translation>
    </message>
    <message>
        <source>Double-click to add notes</source>
        <translation>双击添加备注</translation>
    </message>
</context>
<context>
    <name>tb::ui::SeriesPlot</name>
    <message>
        <source>95% band</source>
        <translation>95% 带</translation>
    </message>
    <message>
        <source>Shade the 95% confidence interval of the mean across replicates</source>
        <translation>以阴影显示均值在各次重复上的 95% 置信区间</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Average each point over the steps within ±N % of its step: the window is symmetric in steps, so straight lines stay straight and jumps do not overshoot. Applies to the mean and the band.</source>
        <translation>对每个点在其步数 ±N % 范围内的步上取平均：窗口在步数上对称，因此直线保持笔直，跳变不会过冲。对均值和置信带都适用。</translation>
    </message>
    <message>
        <source>&lt;b&gt;step %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;第 %1 步&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>tb::ui::SnapshotView</name>
    <message>
        <source>%1 at step %2%3 (run in progress)</source>
        <translation>第 %2 步时的%1%3（运行进行中）</translation>
    </message>
    <message>
        <source>%1 at step %2%3 (run interrupted)</source>
        <translation>第 %2 步时的%1%3（运行已中断）</translation>
    </message>
    <message>
        <source>%1 at step %2%3 (run failed)</source>
        <translation>第 %2 步时的%1%3（运行失败）</translation>
    </message>
    <message>
        <source>Known after the first checkpoint.</source>
        <translation>第一个检查点之后可知。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>The store records these counts when the run ends;
the run is still going on.</source>
        <translation>存储库在运行结束时记录这些计数；
运行仍在进行。</translation>
    </message>
    <message>
        <source>This run recorded no values for this plot.</source>
        <translation>此运行没有为该图记录任何值。</translation>
    </message>
    <message>
        <source>Not recorded: the run stopped in the middle of a checkpoint, where these counts
are not those of any recorded step. A run stopped while paused keeps them.</source>
        <translation>未记录：运行在检查点中途停止，此时的计数
不属于任何已记录的步。在暂停状态下停止的运行会保留它们。</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Step (%1)</source>
        <translation>步（%1）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <source>Final %1 across replicates</source>
        <translation>各次重复的最终%1</translation>
    </message>
    <message>
        <source> across replicates</source>
        <translation>（各次重复）</translation>
    </message>
    <message>
        <source>No checkpoint is complete yet.</source>
        <translation>尚无完成的检查点。</translation>
    </message>
</context>
<context>
    <name>tb::ui::StatisticsView</name>
    <message>
        <source>%1 [%2, %3]</source>
        <extracomment>A value and its confidence interval, &quot;0.12 [0.05, 0.2]&quot;; in languages whose decimal separator is a comma, separate the bounds otherwise.</extracomment>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message>
        <source>Significance level α</source>
        <translation>显著性水平 α</translation>
    </message>
    <message>
        <source>Family-wise error of the verdicts: the chance that any pair is called different when none is. Smaller α asks for stronger evidence.</source>
        <translation>结论的族错误率：在所有运行其实都无差异时，任何一对被判为不同的概率。α 越小，要求的证据越强。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>A compared run: experiment #id and the variant&apos;s label</source>
        <translation>参与比较的运行：实验 #id 和变体的标签</translation>
    </message>
    <message>
        <source>Replicates with a final value (those without one are left out and counted as missing)</source>
        <translation>有最终值的重复次数（没有最终值的重复被排除并计为缺失）</translation>
    </message>
    <message>
        <source>Mean of the replicates&apos; final values</source>
        <translation>各次重复最终值的均值</translation>
    </message>
    <message>
        <source>Standard deviation of the replicates&apos; final values (n − 1)</source>
        <translation>各次重复最终值的标准差（n − 1）</translation>
    </message>
    <message>
        <source>Why a run is left out of the comparison</source>
        <translation>某个运行未参与比较的原因</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>A − B [95% CI]</source>
        <translation>A − B [95% CI]</translation>
    </message>
    <message>
        <source>Welch p</source>
        <translation>Welch p</translation>
    </message>
    <message>
        <source>Holm</source>
        <translation>Holm</translation>
    </message>
    <message>
        <source>MWU p</source>
        <translation>MWU p</translation>
    </message>
    <message>
        <source>Hedges&apos; g [95% CI]</source>
        <translation>Hedges&apos; g [95% CI]</translation>
    </message>
    <message>
        <source>P(A &gt; B) [95% CI]</source>
        <translation>P(A &gt; B) [95% CI]</translation>
    </message>
    <message>
        <source>The first run of the pair</source>
        <translation>该对中的第一个运行</translation>
    </message>
    <message>
        <source>The second run of the pair</source>
        <translation>该对中的第二个运行</translation>
    </message>
    <message>
        <source>From Welch&apos;s test: “A better” or “B better” (by the metric&apos;s direction) when the Holm-adjusted Welch p is below α, else “equal”: no significant difference, which is not proof that the runs are equal. Hover a verdict for the Mann–Whitney test&apos;s</source>
        <translation>来自 Welch 检验：当经 Holm 校正的 Welch p 小于 α 时，按指标方向判为“A 更好”或“B 更好”，否则为“相同”：即无显著差异，并不证明两个运行相同。将鼠标悬停在结论上可查看 Mann–Whitney 检验的结论</translation>
    </message>
    <message>
        <source>Difference of the mean final values, A − B, with its 95% percentile bootstrap interval</source>
        <translation>最终值均值之差 A − B，及其 95% 百分位 bootstrap 区间</translation>
    </message>
    <message>
        <source>Welch&apos;s t-test (unequal variances), two-sided: the chance of a difference of means at least this large if the runs had equal means</source>
        <translation>Welch t 检验（方差不等），双侧：若两个运行均值相等，出现至少如此大均值差的概率</translation>
    </message>
    <message>
        <source>Welch p adjusted by Holm&apos;s step-down method over all pairs, so that the verdicts together keep the error at α; bold: below α</source>
        <translation>经 Holm 逐步下降法在所有对上校正的 Welch p，使所有结论合起来的错误率保持在 α；粗体：小于 α</translation>
    </message>
    <message>
        <source>Mann–Whitney U (rank-sum) test, two-sided: does one run tend to give larger values? Robust to outliers and heavy tails. Exact without ties up to %1 values; * marks the normal approximation</source>
        <translation>Mann–Whitney U（秩和）检验，双侧：某个运行是否倾向于给出更大的值？对离群值和重尾稳健。无结且不超过 %1 个值时为精确检验；* 表示正态近似</translation>
    </message>
    <message>
        <source>Mann–Whitney p adjusted by Holm&apos;s method over all pairs; bold: below α</source>
        <translation>经 Holm 法在所有对上校正的 Mann–Whitney p；粗体：小于 α</translation>
    </message>
    <message>
        <source>Hedges&apos; g: the difference of means in pooled standard deviations, corrected for small samples, with its 95% bootstrap interval (about 0.2 small, 0.5 medium, 0.8 large)</source>
        <translation>Hedges g：以合并标准差为单位的均值差，经小样本校正，及其 95% bootstrap 区间（约 0.2 为小，0.5 为中，0.8 为大）</translation>
    </message>
    <message>
        <source>Probability of superiority: the chance that a replicate of A ends above one of B (ties count half), with its 95% bootstrap interval; 0.5: neither tends to be larger</source>
        <translation>优势概率：A 的一次重复最终值高于 B 的一次重复的概率（相等计一半），及其 95% bootstrap 区间；0.5：两者都不倾向于更大</translation>
    </message>
    <message>
        <source>Final value of “%1” in each replicate; lower is better</source>
        <translation>每次重复中“%1”的最终值；越低越好</translation>
    </message>
    <message>
        <source>Final value of “%1” in each replicate; higher is better</source>
        <translation>每次重复中“%1”的最终值；越高越好</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n missing)</source>
        <translation>
            <numerusform>%1（缺失 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not compared: no final value</source>
        <translation>未比较：没有最终值</translation>
    </message>
    <message numerus="yes">
        <source>Not compared: %n final value(s), at least %1 needed</source>
        <translation>
            <numerusform>未比较：只有 %n 个最终值，至少需要 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>equal</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>A better</source>
        <translation>A 更好</translation>
    </message>
    <message>
        <source>B better</source>
        <translation>B 更好</translation>
    </message>
    <message>
        <source>%1 is better: its mean is lower (Holm-adjusted Welch p = %2 &lt; α = %3).</source>
        <translation>%1 更好：其均值更低（经 Holm 校正的 Welch p = %2 &lt; α = %3）。</translation>
    </message>
    <message>
        <source>%1 is better: its mean is higher (Holm-adjusted Welch p = %2 &lt; α = %3).</source>
        <translation>%1 更好：其均值更高（经 Holm 校正的 Welch p = %2 &lt; α = %3）。</translation>
    </message>
    <message>
        <source>No significant difference at α = %1 (Holm-adjusted Welch p = %2); this is not proof that the runs are equal.</source>
        <translation>在 α = %1 下无显著差异（经 Holm 校正的 Welch p = %2）；这并不证明两个运行相同。</translation>
    </message>
    <message>
        <source>The Mann–Whitney test agrees (Holm-adjusted p = %1).</source>
        <translation>Mann–Whitney 检验结论一致（经 Holm 校正的 p = %1）。</translation>
    </message>
    <message>
        <source>The Mann–Whitney test says “%1” (Holm-adjusted p = %2): the rank test and the test of means disagree, look at the distributions.</source>
        <translation>Mann–Whitney 检验的结论是“%1”（经 Holm 校正的 p = %2）：秩检验与均值检验不一致，请查看分布。</translation>
    </message>
    <message>
        <source>Exact p-value (U = %1)</source>
        <translation>精确 p 值（U = %1）</translation>
    </message>
    <message>
        <source>Normal approximation (U = %1, z = %2)</source>
        <translation>正态近似（U = %1，z = %2）</translation>
    </message>
    <message>
        <source>Computing the tests and bootstrap intervals…</source>
        <translation>正在计算检验和 bootstrap 区间…</translation>
    </message>
    <message>
        <source>Left out, fewer than %1 final values: %2.</source>
        <translation>已排除（最终值少于 %1 个）：%2。</translation>
    </message>
    <message>
        <source>Nothing to compare: a comparison needs at least two runs with %1 final values or more.</source>
        <translation>无可比较：比较至少需要两个各有 %1 个或更多最终值的运行。</translation>
    </message>
    <message>
        <source>The runs&apos; final values are from different steps (%1 to %2): a stopped run is compared at the step it reached.</source>
        <translation>各运行的最终值来自不同的步数（%1 到 %2）：已停止的运行按其到达的步数进行比较。</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>比较失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Verdict: Welch p, Holm-adjusted over %n pair(s), below α = %1, else equal (no significant difference). MWU p: exact, or * normal approximation (ties or over %2 values). Intervals: percentile bootstrap, %3 resamples, seed %4. Hover a column header for what it shows.</source>
        <translation>
            <numerusform>结论：经 Holm 在 %n 对上校正的 Welch p 小于 α = %1，否则为相同（无显著差异）。MWU p：精确，或 * 正态近似（有结或超过 %2 个值）。区间：百分位 bootstrap，%3 次重抽样，种子 %4。将鼠标悬停在列标题上可查看其含义。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::ui::StepModePanel</name>
    <message>
        <source>full speed</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>1 pull/s</source>
        <translation>每秒 1 次拉动</translation>
    </message>
    <message>
        <source>%1 pulls/s</source>
        <translation>每秒 %1 次拉动</translation>
    </message>
    <message>
        <source>The compared policy of the form&apos;s config that step mode plays</source>
        <translation>单步模式运行的、表单配置中参与比较的策略</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Play one pull</source>
        <translation>运行一次拉动</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play pulls at the chosen speed; press again to pause</source>
        <translation>以所选速度连续拉动；再次按下以暂停</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Start again from round 0 with the config&apos;s true means</source>
        <translation>使用配置中的真实均值从第 0 轮重新开始</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Pulls per second, on a log scale from 1 to full speed</source>
        <translation>每秒拉动次数，对数刻度，从 1 到全速</translation>
    </message>
    <message>
        <source>900,000 pulls/s</source>
        <translation>每秒 900,000 次拉动</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Hide true means</source>
        <translation>隐藏真实均值</translation>
    </message>
    <message>
        <source>Hide the true means (and the regret, which would give them away): guess the best arm from what the policy sees</source>
        <translation>隐藏真实均值（以及会泄露它们的遗憾）：根据策略所见来猜测最优臂</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Cumulative regret</source>
        <translation>累积遗憾</translation>
    </message>
    <message>
        <source>No config yet.</source>
        <translation>尚无配置。</translation>
    </message>
    <message>
        <source>Step mode plays bandit experiments, and the form holds a %1 experiment. Choose the bandit kind (the classic-10-arm preset, for example) to use it.</source>
        <translation>单步模式只运行多臂老虎机实验，而表单中是%1实验。请选择多臂老虎机类型（例如 classic-10-arm 预设）以使用它。</translation>
    </message>
    <message>
        <source>non-bandit</source>
        <translation>非老虎机</translation>
    </message>
    <message>
        <source>The form&apos;s config has problems; step mode starts when they are fixed:
%1</source>
        <translation>表单中的配置有问题；修正后单步模式才会开始：
%1</translation>
    </message>
    <message>
        <source>Step plays one pull; Play plays them at the chosen speed. Drag an arm&apos;s dashed line to change its true mean during the run: the regret counts each pull against the means in force when it was made.</source>
        <translation>“单步”运行一次拉动；“播放”以所选速度连续运行。运行中拖动某个臂的虚线可改变其真实均值：遗憾按每次拉动时有效的均值计算。</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>第 %1 轮，共 %2 轮</translation>
    </message>
    <message>
        <source>Cumulative regret: hidden with the true means</source>
        <translation>累积遗憾：与真实均值一同隐藏</translation>
    </message>
    <message>
        <source>Cumulative regret %1</source>
        <translation>累积遗憾 %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>The horizon is reached: Reset to play again</source>
        <translation>已达到时间范围：请重置后再运行</translation>
    </message>
</context>
<context>
    <name>tb::ui::SweepHeatmap</name>
    <message>
        <source>Point at a cell to read its value</source>
        <translation>指向一个单元以读取其数值</translation>
    </message>
    <message>
        <source> (lower is better)</source>
        <translation>（越低越好）</translation>
    </message>
    <message>
        <source> (higher is better)</source>
        <translation>（越高越好）</translation>
    </message>
    <message>
        <source>No cell has finished yet</source>
        <translation>尚无单元完成</translation>
    </message>
    <message>
        <source>%1: not run yet</source>
        <translation>%1：尚未运行</translation>
    </message>
    <message numerus="yes">
        <source>%1: &lt;b&gt;%2&lt;/b&gt; ± %3 (%n replicate(s))</source>
        <translation>
            <numerusform>%1：&lt;b&gt;%2&lt;/b&gt; ± %3（%n 次重复）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::ui::SweepView</name>
    <message>
        <source>The compared variant whose results the heatmap shows</source>
        <translation>热图所显示结果对应的比较变体</translation>
    </message>
    <message numerus="yes">
        <source>%n seed(s)</source>
        <translation>
            <numerusform>%n 个种子</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n value(s))</source>
        <translation>
            <numerusform>%1（%2，%n 个取值）</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweep of %1 over %2: %3 of %4 cells finished</source>
        <translation>%1 关于 %2 的扫描：%4 个单元中已完成 %3 个</translation>
    </message>
    <message>
        <source> × </source>
        <translation> × </translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 与 %2 的关系</translation>
    </message>
    <message>
        <source>, final mean ± 95% CI</source>
        <translation>，最终均值 ± 95% 置信区间</translation>
    </message>
    <message>
        <source>No cell has finished yet</source>
        <translation>尚无单元完成</translation>
    </message>
    <message>
        <source>%1 of %2 over %3 and %4</source>
        <translation>%2 的 %1，关于 %3 和 %4</translation>
    </message>
</context>
<context>
    <name>tb::ui::ValuePlot</name>
    <message>
        <source>95% band</source>
        <translation>95% 带</translation>
    </message>
    <message>
        <source>Shade the 95% confidence interval of each curve across replicates (switched off automatically when many runs overlap)</source>
        <translation>以阴影显示每条曲线在各次重复上的 95% 置信区间（许多运行重叠时自动关闭）</translation>
    </message>
</context>
<context>
    <name>tb::ui::VerdictBadge</name>
    <message>
        <source>not determined</source>
        <translation>未确定</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1：%2 — %3</translation>
    </message>
    <message>
        <source>no probabilities yet</source>
        <translation>尚无概率</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>  (live)</source>
        <translation>  （实时）</translation>
    </message>
    <message>
        <source>probabilities not computed yet</source>
        <translation>尚未计算概率</translation>
    </message>
</context>
</TS>
