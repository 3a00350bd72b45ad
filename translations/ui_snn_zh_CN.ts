<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kcat::ui::SnnRunView</name>
    <message>
        <source>Memory against T</source>
        <translation>内存与 T 的关系</translation>
    </message>
    <message>
        <source>Time per epoch</source>
        <translation>每轮时间</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Spike rates per layer</source>
        <translation>各层脉冲发放率</translation>
    </message>
    <message>
        <source>Membrane potentials</source>
        <translation>膜电位</translation>
    </message>
    <message>
        <source>Raster</source>
        <translation>脉冲栅格图</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>运行：</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <source>Select snn.train runs to see them here.</source>
        <translation>选择 snn.train 运行即可在此查看。</translation>
    </message>
    <message>
        <source>Seconds per epoch</source>
        <translation>每轮秒数</translation>
    </message>
    <message>
        <source>Test accuracy (%)</source>
        <translation>测试准确率（%）</translation>
    </message>
    <message>
        <source>The selected runs have nothing to draw here yet.</source>
        <translation>所选运行暂时没有可绘制的内容。</translation>
    </message>
    <message>
        <source>Peak training memory against time steps</source>
        <translation>训练内存峰值与时间步数的关系</translation>
    </message>
    <message>
        <source>Time steps T</source>
        <translation>时间步数 T</translation>
    </message>
    <message>
        <source>Peak memory (MiB)</source>
        <translation>内存峰值（MiB）</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <source>Spike rate per neuron and time step (test set)</source>
        <translation>每个神经元每个时间步的脉冲发放率（测试集）</translation>
    </message>
    <message>
        <source>Spikes per neuron per step</source>
        <translation>每神经元每步脉冲数</translation>
    </message>
    <message>
        <source>Membrane potential of test image 0, %1 (run #%2)</source>
        <translation>测试图像 0 的膜电位，%1（运行 #%2）</translation>
    </message>
    <message>
        <source>Time step</source>
        <translation>时间步</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>电位</translation>
    </message>
    <message>
        <source>neuron %1</source>
        <translation>神经元 %1</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Spikes of test image 0, %1: %2 firing neurons (run #%3)</source>
        <translation>测试图像 0 的脉冲，%1：%2 个发放的神经元（运行 #%3）</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>神经元</translation>
    </message>
    <message>
        <source>spike</source>
        <translation>脉冲</translation>
    </message>
    <message>
        <source>Spiking networks</source>
        <translation>脉冲神经网络</translation>
    </message>
</context>
</TS>
