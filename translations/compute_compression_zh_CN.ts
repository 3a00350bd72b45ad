<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kcat::compression::AdmmKind</name>
    <message>
        <source>Pruned fraction (of weights, filters or columns)</source>
        <translation>剪枝比例（权重、滤波器或列）</translation>
    </message>
    <message>
        <source>&apos;uniform&apos; or per layer, e.g. conv1=0.5,fc1=0.97 (unnamed layers: 0)</source>
        <translation>&apos;uniform&apos; 或逐层指定，例如 conv1=0.5,fc1=0.97（未列出的层：0）</translation>
    </message>
    <message>
        <source>One magnitude threshold over all layers</source>
        <translation>所有层共用一个幅值阈值</translation>
    </message>
    <message>
        <source>ADMM pruning</source>
        <translation>ADMM 剪枝</translation>
    </message>
    <message>
        <source>ADMM-NN: trains on loss + rho/2 ||W - Z + U||^2 with Z the projection onto the pruned set, then prunes hard and retrains with masks; optionally quantizes the kept weights (ADMM-NN-S).</source>
        <translation>ADMM-NN：以 loss + rho/2 ||W - Z + U||^2 训练，Z 为到剪枝集合的投影，随后硬剪枝并带掩码重训练；可选地量化保留的权重（ADMM-NN-S）。</translation>
    </message>
    <message>
        <source>ADMM</source>
        <translation>ADMM</translation>
    </message>
    <message>
        <source>Hard pruning: test accuracy %1 before retraining.</source>
        <translation>硬剪枝：重训练前测试准确率 %1。</translation>
    </message>
    <message>
        <source>masked retraining</source>
        <translation>掩码重训练</translation>
    </message>
    <message>
        <source>Projection: weights, filters (rows) or columns</source>
        <translation>投影：权重、滤波器（行）或列</translation>
    </message>
    <message>
        <source>ADMM training epochs</source>
        <translation>ADMM 训练轮数</translation>
    </message>
    <message>
        <source>Masked retraining epochs after hard pruning</source>
        <translation>硬剪枝后的掩码重训练轮数</translation>
    </message>
    <message>
        <source>Masked retraining learning rate</source>
        <translation>掩码重训练学习率</translation>
    </message>
    <message>
        <source>Joint pruning + quantization of the kept weights</source>
        <translation>对保留权重进行剪枝与量化联合压缩</translation>
    </message>
    <message>
        <source>Bits of uniform / power-of-two levels</source>
        <translation>均匀/二的幂量化级别的位数</translation>
    </message>
    <message>
        <source>ADMM quantization epochs</source>
        <translation>ADMM 量化轮数</translation>
    </message>
</context>
<context>
    <name>kcat::compression::CompressionSession</name>
    <message>
        <source>Network to compress</source>
        <translation>要压缩的网络</translation>
    </message>
    <message>
        <source>Folder with train/t10k IDX files (empty: Fashion-MNIST)</source>
        <translation>包含 train/t10k IDX 文件的文件夹（空：Fashion-MNIST）</translation>
    </message>
    <message>
        <source>Checkpoint or model file of the dense network to start from</source>
        <translation>作为起点的稠密网络的检查点或模型文件</translation>
    </message>
    <message>
        <source>Start from the last checkpoint of this train.baseline run (0: none)</source>
        <translation>从该 train.baseline 运行的最后检查点开始（0：不使用）</translation>
    </message>
    <message>
        <source>Without a pretrained network: dense training epochs first</source>
        <translation>没有预训练网络时：先进行稠密训练的轮数</translation>
    </message>
    <message>
        <source>Images per step</source>
        <translation>每步图像数</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>SGD momentum</source>
        <translation>SGD 动量</translation>
    </message>
    <message>
        <source>Learning-rate schedule of each phase</source>
        <translation>各阶段的学习率调度</translation>
    </message>
    <message>
        <source>Seed of the shuffling</source>
        <translation>打乱顺序的随机种子</translation>
    </message>
    <message>
        <source>LibTorch threads (0: all cores)</source>
        <translation>LibTorch 线程数（0：全部核心）</translation>
    </message>
    <message>
        <source>Train on the first n images only (0: all)</source>
        <translation>只用前 n 张图像训练（0：全部）</translation>
    </message>
    <message>
        <source>Test on the first n images only (0: all)</source>
        <translation>只用前 n 张图像测试（0：全部）</translation>
    </message>
    <message>
        <source>Steps between loss points</source>
        <translation>损失记录点之间的步数</translation>
    </message>
    <message>
        <source>Images per timed forward pass of the accounting</source>
        <translation>核算中每次计时前向传播的图像数</translation>
    </message>
    <message>
        <source>Timed forward passes per form (the median is reported)</source>
        <translation>每种形式的计时前向传播次数（报告中位数）</translation>
    </message>
    <message>
        <source>The pretrained network %1 does not exist.</source>
        <translation>预训练网络 %1 不存在。</translation>
    </message>
    <message>
        <source>Dense network from %1.</source>
        <translation>稠密网络来自 %1。</translation>
    </message>
    <message>
        <source>dense training</source>
        <translation>稠密训练</translation>
    </message>
    <message>
        <source>Parameter &apos;pretrained&apos; (a checkpoint), &apos;pretrained_run&apos; or &apos;pretrain_epochs&apos; is needed: compression starts from a trained dense network.</source>
        <translation>需要参数 &apos;pretrained&apos;（检查点）、&apos;pretrained_run&apos; 或 &apos;pretrain_epochs&apos;：压缩从训练好的稠密网络开始。</translation>
    </message>
    <message>
        <source>Dense test accuracy %1.</source>
        <translation>稠密网络测试准确率 %1。</translation>
    </message>
    <message>
        <source>Parameter &apos;%1&apos;: the network has no layer &apos;%2&apos;.</source>
        <translation>参数 &apos;%1&apos;：网络中没有层 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>Parameter &apos;%1&apos;: &apos;%2&apos; is not layer=fraction with a layer of the network and a fraction in [0, 1].</source>
        <translation>参数 &apos;%1&apos;：&apos;%2&apos; 不是 层=比例 的形式（层须属于该网络，比例在 [0, 1] 内）。</translation>
    </message>
    <message>
        <source>Accounting failed: %1</source>
        <translation>核算失败：%1</translation>
    </message>
    <message>
        <source>Compressed weights (LibTorch archive of the network)</source>
        <translation>压缩后的权重（网络的 LibTorch 存档）</translation>
    </message>
    <message>
        <source>Compression report (JSON)</source>
        <translation>压缩报告（JSON）</translation>
    </message>
    <message>
        <source>Per-layer compression report (CSV)</source>
        <translation>逐层压缩报告（CSV）</translation>
    </message>
    <message>
        <source>Test accuracy %1 (dense %2), compression %3x, %4 of %5 weights nonzero.</source>
        <translation>测试准确率 %1（稠密 %2），压缩 %3 倍，%5 个权重中 %4 个非零。</translation>
    </message>
</context>
<context>
    <name>kcat::compression::KindSupport</name>
    <message>
        <source>Initial ADMM penalty rho</source>
        <translation>ADMM 初始惩罚系数 rho</translation>
    </message>
    <message>
        <source>Factor applied to rho after every Z/U update</source>
        <translation>每次 Z/U 更新后 rho 乘以的系数</translation>
    </message>
    <message>
        <source>Largest rho</source>
        <translation>rho 的最大值</translation>
    </message>
    <message>
        <source>Z/U updates per epoch</source>
        <translation>每轮的 Z/U 更新次数</translation>
    </message>
    <message>
        <source>Parameter &apos;global&apos;: a global target needs irregular pruning.</source>
        <translation>参数 &apos;global&apos;：全局目标需要非结构化剪枝。</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Compression rate</source>
        <translation>压缩率</translation>
    </message>
    <message>
        <source>Nonzero weights</source>
        <translation>非零权重数</translation>
    </message>
    <message>
        <source>ADMM residual</source>
        <translation>ADMM 残差</translation>
    </message>
    <message>
        <source>ADMM penalty rho</source>
        <translation>ADMM 惩罚系数 rho</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
</context>
<context>
    <name>kcat::compression::MagnitudeKind</name>
    <message>
        <source>Magnitude pruning</source>
        <translation>幅值剪枝</translation>
    </message>
    <message>
        <source>Baselines: one-shot magnitude pruning with fine-tuning, or gradual magnitude pruning with the cubic schedule of Zhu and Gupta, within the same epoch budget.</source>
        <translation>基线方法：一次性幅值剪枝加微调，或按 Zhu 与 Gupta 三次方调度的渐进幅值剪枝，训练轮数预算相同。</translation>
    </message>
    <message>
        <source>fine-tuning</source>
        <translation>微调</translation>
    </message>
    <message>
        <source>gradual pruning</source>
        <translation>渐进剪枝</translation>
    </message>
    <message>
        <source>One-shot or gradual (cubic) pruning</source>
        <translation>一次性剪枝或渐进（三次方）剪枝</translation>
    </message>
    <message>
        <source>Training epochs (the whole budget)</source>
        <translation>训练轮数（全部预算）</translation>
    </message>
    <message>
        <source>Gradual: share of the epochs over which sparsity rises</source>
        <translation>渐进：稀疏度上升所占的轮数比例</translation>
    </message>
    <message>
        <source>Gradual: steps between pruning</source>
        <translation>渐进：两次剪枝之间的步数</translation>
    </message>
</context>
<context>
    <name>kcat::compression::PrmKind</name>
    <message>
        <source>P-RM structured pruning</source>
        <translation>P-RM 结构化剪枝</translation>
    </message>
    <message>
        <source>Filter and column ADMM pruning, network purification (nearly empty or unimportant filters) and unused path removal into a smaller dense model.</source>
        <translation>滤波器与列的 ADMM 剪枝、网络净化（几乎为空或不重要的滤波器）以及去除无用路径，得到更小的稠密模型。</translation>
    </message>
    <message>
        <source>ADMM</source>
        <translation>ADMM</translation>
    </message>
    <message>
        <source>masked retraining</source>
        <translation>掩码重训练</translation>
    </message>
    <message>
        <source>%1: %2 of %3 filters alive before purification, %4 after.</source>
        <translation>%1：净化前 %3 个滤波器中有 %2 个保留，净化后 %4 个。</translation>
    </message>
    <message>
        <source>retraining after purification</source>
        <translation>净化后重训练</translation>
    </message>
    <message>
        <source>Compacted dense model after unused path removal</source>
        <translation>去除无用路径后的紧凑稠密模型</translation>
    </message>
    <message>
        <source>Pruned share of filters (rows)</source>
        <translation>剪去的滤波器（行）比例</translation>
    </message>
    <message>
        <source>&apos;uniform&apos; or per layer, e.g. conv2=0.5,fc1=0.7 (the output layer keeps its rows)</source>
        <translation>&apos;uniform&apos; 或逐层指定，例如 conv2=0.5,fc1=0.7（输出层保留所有行）</translation>
    </message>
    <message>
        <source>Pruned share of columns</source>
        <translation>剪去的列比例</translation>
    </message>
    <message>
        <source>&apos;uniform&apos; or per layer, e.g. fc1=0.5</source>
        <translation>&apos;uniform&apos; 或逐层指定，例如 fc1=0.5</translation>
    </message>
    <message>
        <source>ADMM training epochs</source>
        <translation>ADMM 训练轮数</translation>
    </message>
    <message>
        <source>Masked retraining epochs</source>
        <translation>掩码重训练轮数</translation>
    </message>
    <message>
        <source>Masked retraining learning rate</source>
        <translation>掩码重训练学习率</translation>
    </message>
    <message>
        <source>Purification: a filter or channel is empty below this share of the largest norm</source>
        <translation>净化：范数低于最大范数的此比例时，滤波器或通道视为空</translation>
    </message>
    <message>
        <source>Purification: a filter is unimportant below this share of the mean importance</source>
        <translation>净化：重要性低于平均重要性的此比例时，滤波器视为不重要</translation>
    </message>
    <message>
        <source>Masked retraining epochs after purification</source>
        <translation>净化后的掩码重训练轮数</translation>
    </message>
</context>
<context>
    <name>kcat::compression::Quantization</name>
    <message>
        <source>Parameter &apos;scheme&apos;: &apos;%1&apos; is not binary, ternary, uniform or pow2.</source>
        <translation>参数 &apos;scheme&apos;：&apos;%1&apos; 不是 binary、ternary、uniform 或 pow2。</translation>
    </message>
    <message>
        <source>quantization step %1 of %2</source>
        <translation>量化第 %1 步（共 %2 步）</translation>
    </message>
    <message>
        <source>Step %1: %2 layer(s) quantized, test accuracy %3.</source>
        <translation>第 %1 步：已量化 %2 层，测试准确率 %3。</translation>
    </message>
    <message>
        <source>scale retraining</source>
        <translation>缩放因子重训练</translation>
    </message>
</context>
<context>
    <name>kcat::compression::QuantizeKind</name>
    <message>
        <source>ADMM quantization</source>
        <translation>ADMM 量化</translation>
    </message>
    <message>
        <source>Progressive ADMM quantization: binary, ternary, n-bit or power-of-two levels times a learned per-layer scale, one group of layers after another.</source>
        <translation>渐进式 ADMM 量化：二值、三值、n 位或二的幂级别乘以每层学习得到的缩放因子，逐组对各层进行量化。</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>量化级别</translation>
    </message>
    <message>
        <source>Bits of uniform / power-of-two levels</source>
        <translation>均匀/二的幂量化级别的位数</translation>
    </message>
    <message>
        <source>Layers to quantize: all, or a list such as conv2,fc1</source>
        <translation>要量化的层：all，或如 conv2,fc1 的列表</translation>
    </message>
    <message>
        <source>Steps; each quantizes the next group of layers, largest first</source>
        <translation>步数；每步量化下一组层，从最大的层开始</translation>
    </message>
    <message>
        <source>ADMM epochs per step</source>
        <translation>每步的 ADMM 轮数</translation>
    </message>
    <message>
        <source>Epochs after the last step (scales and biases train)</source>
        <translation>最后一步之后的轮数（训练缩放因子和偏置）</translation>
    </message>
</context>
<context>
    <name>kcat::compression::UnifyKind</name>
    <message>
        <source>Weight unification</source>
        <translation>权重统一</translation>
    </message>
    <message>
        <source>Micro-structured weight unification: blocks share one magnitude with their signs kept (zero blocks as the special case); ADMM picks the blocks of least unification loss.</source>
        <translation>微结构权重统一：块内权重保留符号并共享一个幅值（零块为特例）；ADMM 选择统一损失最小的块。</translation>
    </message>
    <message>
        <source>ADMM</source>
        <translation>ADMM</translation>
    </message>
    <message>
        <source>retraining</source>
        <translation>重训练</translation>
    </message>
    <message>
        <source>Block height (output channels)</source>
        <translation>块高度（输出通道）</translation>
    </message>
    <message>
        <source>Block width (inputs)</source>
        <translation>块宽度（输入）</translation>
    </message>
    <message>
        <source>Share of blocks unified</source>
        <translation>统一的块所占比例</translation>
    </message>
    <message>
        <source>Share of blocks set to zero (counted within the unified share)</source>
        <translation>置零的块所占比例（计入统一比例之内）</translation>
    </message>
    <message>
        <source>Layers to unify: all, or a list such as conv2,fc1</source>
        <translation>要统一的层：all，或如 conv2,fc1 的列表</translation>
    </message>
    <message>
        <source>ADMM training epochs</source>
        <translation>ADMM 训练轮数</translation>
    </message>
    <message>
        <source>Retraining epochs of the free weights</source>
        <translation>自由权重的重训练轮数</translation>
    </message>
</context>
</TS>
