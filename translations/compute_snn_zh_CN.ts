<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kcat::snn::SnnConfig</name>
    <message>
        <source>parameter %1: &quot;%2&quot; is not one of %3</source>
        <translation>参数 %1：“%2”不是 %3 之一</translation>
    </message>
    <message>
        <source>parameter %1: %2 is outside [%3, %4]</source>
        <translation>参数 %1：%2 超出范围 [%3, %4]</translation>
    </message>
    <message>
        <source>parameter reset: the reversible node needs reset=soft (a hard reset discards the potential, so the step cannot be inverted)</source>
        <translation>参数 reset：可逆节点需要 reset=soft（硬重置会丢弃膜电位，该时间步便无法求逆）</translation>
    </message>
    <message>
        <source>parameter backward: &quot;%1&quot; recomputes states by inverting the reversible node; use node=reversible or backward=autograd</source>
        <translation>参数 backward：“%1”通过对可逆节点求逆来重新计算状态；请使用 node=reversible 或 backward=autograd</translation>
    </message>
    <message>
        <source>parameter width: the reversible node splits channels into two equal groups, so width must be even</source>
        <translation>参数 width：可逆节点把通道分成两个相等的组，因此 width 必须是偶数</translation>
    </message>
    <message>
        <source>parameter timesteps: the reversible node&apos;s exact inverse keeps the bits that decay %1 discards in a 32-bit buffer per neuron, which overflows after %2 steps at this decay</source>
        <translation>参数 timesteps：可逆节点的精确逆运算把衰减 %1 舍去的位保存在每个神经元一个 32 位缓冲区中，在此衰减下该缓冲区在 %2 步之后溢出</translation>
    </message>
</context>
<context>
    <name>kcat::snn::SnnRunKind</name>
    <message>
        <source>Spiking network training</source>
        <translation>脉冲神经网络训练</translation>
    </message>
    <message>
        <source>Trains a spiking CNN (conv-LIF blocks and a classifier) on Fashion-MNIST with BPTT or the reversible node whose backward recomputes the potentials, measuring training memory.</source>
        <translation>在 Fashion-MNIST 上训练脉冲卷积网络（卷积-LIF 块加分类器），使用 BPTT 或反向传播时重新计算膜电位的可逆节点，并测量训练内存。</translation>
    </message>
    <message>
        <source>Spiking node: LIF or the reversible two-group node</source>
        <translation>脉冲节点：LIF 或两组可逆节点</translation>
    </message>
    <message>
        <source>Backward pass: autograd (BPTT) or a recomputing one (reversible node)</source>
        <translation>反向传播：autograd（BPTT）或重新计算式（可逆节点）</translation>
    </message>
    <message>
        <source>Time steps T</source>
        <translation>时间步数 T</translation>
    </message>
    <message>
        <source>Firing threshold</source>
        <translation>发放阈值</translation>
    </message>
    <message>
        <source>Membrane decay per step (beta)</source>
        <translation>每步膜电位衰减（beta）</translation>
    </message>
    <message>
        <source>Reset after a spike: to zero (hard) or minus the threshold (soft)</source>
        <translation>发放后的重置：归零（硬）或减去阈值（软）</translation>
    </message>
    <message>
        <source>Surrogate gradient of the spike</source>
        <translation>脉冲的替代梯度</translation>
    </message>
    <message>
        <source>Input encoding: analog pixels every step, or Poisson spikes</source>
        <translation>输入编码：每步输入模拟像素，或泊松脉冲</translation>
    </message>
    <message>
        <source>Channels of conv1 (conv2 has twice)</source>
        <translation>conv1 的通道数（conv2 为其两倍）</translation>
    </message>
    <message>
        <source>Passes over the training set</source>
        <translation>训练集遍历次数</translation>
    </message>
    <message>
        <source>Images per step</source>
        <translation>每步图像数</translation>
    </message>
    <message>
        <source>Adam learning rate</source>
        <translation>Adam 学习率</translation>
    </message>
    <message>
        <source>Seed of the weights, the shuffling and the Poisson draws</source>
        <translation>权重、打乱顺序和泊松采样的随机种子</translation>
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
        <source>Stop after this many steps (0: no limit)</source>
        <translation>达到此步数后停止（0：不限）</translation>
    </message>
    <message>
        <source>LibTorch threads (0: all cores)</source>
        <translation>LibTorch 线程数（0：所有核心）</translation>
    </message>
    <message>
        <source>Steps between loss points</source>
        <translation>损失记录点之间的步数</translation>
    </message>
    <message>
        <source>Folder with train/t10k IDX files (empty: Fashion-MNIST)</source>
        <translation>包含 train/t10k IDX 文件的文件夹（空：Fashion-MNIST）</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Epoch seconds</source>
        <translation>每轮秒数</translation>
    </message>
    <message>
        <source>Backward seconds per step</source>
        <translation>每步反向传播秒数</translation>
    </message>
    <message>
        <source>Peak training memory (bytes)</source>
        <translation>训练内存峰值（字节）</translation>
    </message>
    <message>
        <source>Memory added by a step (bytes)</source>
        <translation>单步新增内存（字节）</translation>
    </message>
    <message>
        <source>Process peak RSS (bytes)</source>
        <translation>进程峰值 RSS（字节）</translation>
    </message>
    <message>
        <source>Backward FLOPs per step</source>
        <translation>每步反向传播 FLOPs</translation>
    </message>
    <message>
        <source>Reconstruction error</source>
        <translation>重建误差</translation>
    </message>
</context>
<context>
    <name>kcat::snn::SnnRunsModel</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Test accuracy (%)</source>
        <translation>测试准确率（%）</translation>
    </message>
    <message>
        <source>Peak memory (MiB)</source>
        <translation>内存峰值（MiB）</translation>
    </message>
    <message>
        <source>Peak RSS (MiB)</source>
        <translation>峰值 RSS（MiB）</translation>
    </message>
    <message>
        <source>Epoch (s)</source>
        <translation>每轮（秒）</translation>
    </message>
    <message>
        <source>Backward (ms/step)</source>
        <translation>反向传播（毫秒/步）</translation>
    </message>
    <message>
        <source>Backward GFLOPs/step</source>
        <translation>反向传播 GFLOPs/步</translation>
    </message>
</context>
<context>
    <name>kcat::snn::SnnTrainer</name>
    <message>
        <source>the images are %1 x %2 pixels; the spiking CNN needs sides that are multiples of 4</source>
        <translation>图像为 %1 x %2 像素；脉冲卷积网络要求边长是 4 的倍数</translation>
    </message>
    <message>
        <source>parameter batch_size: %1 is more than the %2 training images</source>
        <translation>参数 batch_size：%1 超过了 %2 张训练图像</translation>
    </message>
    <message>
        <source>snn.train: node %1, backward %2, T = %3, %4 training and %5 test images, %6 steps</source>
        <translation>snn.train：节点 %1，反向传播 %2，T = %3，%4 张训练图像和 %5 张测试图像，%6 步</translation>
    </message>
    <message>
        <source>epoch %1 of %2, step %3 of %4</source>
        <translation>第 %1/%2 轮，第 %3/%4 步</translation>
    </message>
    <message>
        <source>epoch %1: loss %2, test accuracy %3, %4 s, backward %5 s per step, peak %6 bytes</source>
        <translation>第 %1 轮：损失 %2，测试准确率 %3，%4 秒，反向传播每步 %5 秒，峰值 %6 字节</translation>
    </message>
</context>
<context>
    <name>kcat::snn::SpikingNet</name>
    <message>
        <source>reversible node: an input current of %1 is beyond the exact fixed-point range of ±%2</source>
        <translation>可逆节点：输入电流 %1 超出了精确定点数的范围 ±%2</translation>
    </message>
    <message>
        <source>reversible node: a membrane potential of %1 is beyond the exact fixed-point range of ±%2</source>
        <translation>可逆节点：膜电位 %1 超出了精确定点数的范围 ±%2</translation>
    </message>
</context>
</TS>
