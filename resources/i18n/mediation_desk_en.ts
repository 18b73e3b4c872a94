<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AdminPage</name>
    <message>
        <source>第一位管理员</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>管理员负责站点设置和用户账号。密码至少8个字符。</source>
        <translation>The administrator manages station settings and user accounts. The password needs at least 8 characters.</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再次输入密码</source>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签署中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已签署</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已盖章生效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>当事人信息取自案件登记；如需更正，请在“案件”页修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纠纷事实与责任</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纠纷主要事实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>争议事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各方当事人应承担的责任</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各方责任</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经调解，自愿达成如下协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行方式、地点和期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：一次性银行转账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：本协议生效之日起十日内</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部分协议（先行确认已达成一致的部分事项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>涉及婚姻、亲子、收养等身份关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>涉及物权或知识产权的确权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>版本记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>历次版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在查看第{n}版（已被更正版本取代），仅供查阅。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>返回当前版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建更正版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已签署的协议不能修改；更正时新建一个版本并说明原因，原版本保留可查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法定代表人 {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号：{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{n}版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议已有人签署，内容已锁定，不能修改。如需更正，请新建更正版本并说明原因；原版本保留可查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是第{n}版（更正原因：{reason}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{n}版 · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已被取代）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正原因：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂无提示：协议内容写明了当事人、金额、期限和履行方式。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>签署后的纸质文本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人手写签名、按指印，调解员、记录人签名并加盖调解委员会实物印章的纸质协议书是法律原件。请将其扫描件（PDF、PNG 或 JPEG）添加到本案，与已盖电子印章的 PDF 一并留存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将扫描件拖放到此处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加扫描件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本案附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存所选附件…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <source>状态变更</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>分派</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>反馈</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>笔记</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>指派</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>← 返回列表</source>
        <translation>← Back to list</translation>
    </message>
    <message>
        <source>返回案件列表（Esc）</source>
        <translation>Back to the case list (Esc)</translation>
    </message>
    <message>
        <source>返回列表</source>
        <translation>Back to list</translation>
    </message>
    <message>
        <source>受理 / 分派…</source>
        <translation>Accept / route…</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>诉求概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>纠纷简要情况</source>
        <translation>Summary of the dispute</translation>
    </message>
    <message>
        <source>请求事项</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>案件内容</source>
        <translation>Case contents</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>变更</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>场次</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>时长</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>话聊记录</source>
        <translation>Talk sessions</translation>
    </message>
    <message>
        <source>文书编号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>回访日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>显示完整证件号</source>
        <translation>Show full ID numbers</translation>
    </message>
    <message>
        <source>查看完整证件号（将记入审计日志）</source>
        <translation>Show the full ID numbers (recorded in the audit log)</translation>
    </message>
    <message>
        <source>向当事人反馈的内容，例如：已电话告知受理结果</source>
        <translation>What the party was told, e.g. informed of acceptance by phone</translation>
    </message>
    <message>
        <source>记录反馈</source>
        <translation>Record feedback</translation>
    </message>
    <message>
        <source>保存反馈</source>
        <translation>Save feedback</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>话聊</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>截止</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>受理与分派</source>
        <translation>Acceptance and routing</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>维度</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Visible to</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>笔记内容</source>
        <translation>Note text</translation>
    </message>
    <message>
        <source>新笔记</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>可见范围</source>
        <translation>Visible to</translation>
    </message>
    <message>
        <source>添加笔记</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>正在打开案件…</source>
        <translation>Opening the case…</translation>
    </message>
    <message>
        <source>纠纷类型</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>来源渠道</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>诉求类别</source>
        <translation>Demand class</translation>
    </message>
    <message>
        <source>登记时间</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>涉案金额</source>
        <translation>Amount in dispute</translation>
    </message>
    <message>
        <source>{amount} 元</source>
        <translation>CNY {amount}</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>同意调解</source>
        <translation>Consents to mediation</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否（尚未同意）</source>
        <translation>No (not yet)</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>暂无记录</source>
        <translation>Nothing recorded yet</translation>
    </message>
    <message>
        <source>第{n}场</source>
        <translation>Session {n}</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>暂无话聊记录</source>
        <translation>No talk sessions yet</translation>
    </message>
    <message>
        <source>团队</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>仅心理咨询师</source>
        <translation>Counsellors only</translation>
    </message>
    <message>
        <source>暂无笔记（仅显示您的角色可以查看的笔记）</source>
        <translation>No notes (only notes your role may read are shown)</translation>
    </message>
    <message>
        <source>暂无文书</source>
        <translation>No documents yet</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>暂无回访</source>
        <translation>No follow-ups yet</translation>
    </message>
    <message>
        <source>调解室</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>未分派</source>
        <translation>Not routed</translation>
    </message>
    <message>
        <source>解纷途径</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>未确定</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>共 {n} 名当事人</source>
        <translation>{n} parties</translation>
    </message>
    <message>
        <source>{role} · {name}</source>
        <translation>{role} · {name}</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>证件号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>代理权限</source>
        <translation>Agent&apos;s authority</translation>
    </message>
    <message>
        <source>授权委托书</source>
        <translation>Power of attorney</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>未提交</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>已显示完整证件号，本次查看已记入审计日志。</source>
        <translation>Full ID numbers shown; this viewing has been recorded in the audit log.</translation>
    </message>
    <message>
        <source>已按时完成</source>
        <translation>Met on time</translation>
    </message>
    <message>
        <source>逾期完成（晚 {span}）</source>
        <translation>Met late ({span} late)</translation>
    </message>
    <message>
        <source>反馈已记录。</source>
        <translation>Feedback recorded.</translation>
    </message>
    <message>
        <source>笔记已保存。</source>
        <translation>Note saved.</translation>
    </message>
    <message>
        <source>{h}小时{m}分</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{m}分钟</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>该案件当事人没有登记证件号。</source>
        <translation>No ID numbers were registered for this case&apos;s parties.</translation>
    </message>
    <message>
        <source>完整证件号</source>
        <translation>Full ID numbers</translation>
    </message>
    <message>
        <source>本次查看已记入审计日志。</source>
        <translation>This viewing has been recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>登记时间</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>纠纷类型</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>证件号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>纠纷简要情况</source>
        <translation>Summary of the dispute</translation>
    </message>
    <message>
        <source>调解室</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>涉案金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>（无法加载）</source>
        <translation>(could not be loaded)</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>案件列表</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>输入案号、当事人姓名或纠纷内容，如“欠薪”（Ctrl+F）</source>
        <translation>Case number, party name or words of the dispute, e.g. 欠薪 (Ctrl+F)</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部调解室</source>
        <translation>All rooms</translation>
    </message>
    <message>
        <source>全部预警</source>
        <translation>All warnings</translation>
    </message>
    <message>
        <source>仅看逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>纠纷类型</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>调解室</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>登记日期自</source>
        <translation>Registered from</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>正在检索…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>正在检索案件…</source>
        <translation>Searching cases…</translation>
    </message>
    <message>
        <source>共 {n} 件</source>
        <translation>{n} cases</translation>
    </message>
</context>
<context>
    <name>CaseNumberPage</name>
    <message>
        <source>案号格式</source>
        <translation>Case-number pattern</translation>
    </message>
    <message>
        <source>可用占位符：{year} 年份，{n} 序号，{street} 街道，{district} 区，{community} 社区，{committee} 调委会名称。{year} 与 {n} 必须包含。</source>
        <translation>Placeholders: {year} year, {n} serial number, {street} street, {district} district, {community} community, {committee} committee name. {year} and {n} are required.</translation>
    </message>
    <message>
        <source>预览（本年第1号）</source>
        <translation>Preview (first case of the year)</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>全部案件；双击或按回车打开。证件号已隐去中间位。</source>
        <translation>All cases; double-click or press Enter to open. ID numbers are masked.</translation>
    </message>
    <message>
        <source>打开案件</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>显示完整证件号</source>
        <translation>Show full ID numbers</translation>
    </message>
    <message>
        <source>查看所选案件当事人的完整证件号（将记入审计日志）</source>
        <translation>Show the full ID numbers of the selected case&apos;s parties (recorded in the audit log)</translation>
    </message>
    <message>
        <source>请先在列表中选择一个案件。</source>
        <translation>Select a case in the list first.</translation>
    </message>
</context>
<context>
    <name>CategoryCombo</name>
    <message>
        <source>全国统计分类</source>
        <translation>National statistics categories</translation>
    </message>
    <message>
        <source>本地分类（按所属全国分类上报）</source>
        <translation>Local categories (reported under their national category)</translation>
    </message>
</context>
<context>
    <name>ChecklistCard</name>
    <message>
        <source>{stage} · 核对清单{mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已完成）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情、理、法、协商、结果阶段尚未开放。请先记录：{items}。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <source>调委会与调解室</source>
        <translation>Committee and rooms</translation>
    </message>
    <message>
        <source>文书落款使用人民调解委员会名称。“1236”机制的两个窗口和六个功能室将按下表创建。</source>
        <translation>Documents are signed in the name of the people&apos;s mediation committee. The two windows and six function rooms of the &quot;1236&quot; mechanism are created as listed.</translation>
    </message>
    <message>
        <source>人民调解委员会名称</source>
        <translation>People&apos;s mediation committee</translation>
    </message>
    <message>
        <source>例如：罗湖区东门街道人民调解委员会</source>
        <translation>e.g. 罗湖区东门街道人民调解委员会</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>将创建的调解室</source>
        <translation>Rooms to be created</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>功能室</source>
        <translation>Function room</translation>
    </message>
    <message>
        <source>调解室</source>
        <translation>Room</translation>
    </message>
</context>
<context>
    <name>ConflictRow</name>
    <message>
        <source>相关调解人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>相关当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关系，例如：亲属、同事</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>与</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>利害关系</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardList</name>
    <message>
        <source>暂无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>{n} 件</source>
        <translation>{n}</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>剩余时间</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>到期</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>刷新（F5）</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>今日登记</source>
        <translation>Registered today</translation>
    </message>
    <message>
        <source>今日受理</source>
        <translation>Accepted today</translation>
    </message>
    <message>
        <source>今日化解</source>
        <translation>Resolved today</translation>
    </message>
    <message>
        <source>在办案件</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>强信息（红）须立即处置；弱信号（琥珀）需关注。</source>
        <translation>Strong information (red) needs action now; weak signals (amber) need attention.</translation>
    </message>
    <message>
        <source>待受理</source>
        <translation>Awaiting acceptance</translation>
    </message>
    <message>
        <source>分钟级受理：登记后 {n} 分钟内受理。</source>
        <translation>Accepted within minutes: within {n} minutes of registration.</translation>
    </message>
    <message>
        <source>待首次反馈</source>
        <translation>Awaiting first feedback</translation>
    </message>
    <message>
        <source>小时级反馈：登记后 {n} 小时内反馈当事人。</source>
        <translation>Feedback within hours: the party hears back within {n} hours.</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>今天到期的反馈和调解期限。</source>
        <translation>Feedback and mediation deadlines falling today.</translation>
    </message>
    <message>
        <source>调解期限将届满</source>
        <translation>Mediation periods ending</translation>
    </message>
    <message>
        <source>调解期限（劳动争议15日，其他30日）三日内届满。</source>
        <translation>Mediation period (15 days for labour disputes, else 30) ends within three days.</translation>
    </message>
    <message>
        <source>司法确认申请期限将届满</source>
        <translation>Judicial-confirmation windows closing</translation>
    </message>
    <message>
        <source>协议生效后30日内可共同申请司法确认。</source>
        <translation>Parties may jointly apply for judicial confirmation within 30 days of the agreement taking effect.</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>今天及明天到期的回访。</source>
        <translation>Follow-up visits due today or tomorrow.</translation>
    </message>
    <message>
        <source>正在加载工作台…</source>
        <translation>Loading the dashboard…</translation>
    </message>
    <message>
        <source>{date} · {station}</source>
        <translation>{date} · {station}</translation>
    </message>
</context>
<context>
    <name>DelayedProgress</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>尚未打开案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在案件页查看</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验证文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案件文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本案尚无书面调解协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>话聊达成书面协议时会自动生成协议草稿。也可以现在起草，系统会从案件和话聊记录预填纠纷事实和争议事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>起草调解协议书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签署与盖章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成与打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纸质件归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前角色无权出具文书；可以使用“验证文件”核验他人带来的 PDF。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案件编号、当事人姓名或纠纷事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案件列表</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>打开案件文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>返回案件文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核验 PDF 的电子印章和完整性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未打开案件：从“案件”页打开，或在下方查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前角色无权出具文书。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在打开案件文书…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>草稿自动保存（停止输入约 1 秒后）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容已锁定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有未保存的修改…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存 {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未能保存：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建更正版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请说明更正原因（将记录在新版本中，原版本保留可查）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已新建第{n}版，可以修改后重新签署。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存 {who} 的签名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部签名已完成。请核对后加盖调解委员会印章。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已加盖调解委员会印章，协议生效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在保存签名…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在加盖调解委员会印章…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到已盖章协议的文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成{title}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印失败：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存文件：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加扫描件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取文件（{reason}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已添加：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在添加扫描件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择要验证的PDF文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在验证文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取文件（{reason}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这不是 PDF 文件。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>登记受理</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>登记群众诉求。带 * 的为必填项；填写内容会自动保存为草稿。</source>
        <translation>Register a demand. Fields marked * are required; your input is saved as a draft automatically.</translation>
    </message>
    <message>
        <source>诉求信息</source>
        <translation>The demand</translation>
    </message>
    <message>
        <source>简要写明纠纷的起因、经过和现状</source>
        <translation>How the dispute arose, what happened and where it stands</translation>
    </message>
    <message>
        <source>例如 30000 或 30000.50，可不填</source>
        <translation>e.g. 30000 or 30000.50; optional</translation>
    </message>
    <message>
        <source>当事人同意人民调解</source>
        <translation>The parties consent to people&apos;s mediation</translation>
    </message>
    <message>
        <source>人民调解法第十七条：当事人一方明确拒绝调解的，不得调解。</source>
        <translation>People&apos;s Mediation Law art. 17: there is no mediation if a party clearly refuses it.</translation>
    </message>
    <message>
        <source>来源渠道 *</source>
        <translation>Source *</translation>
    </message>
    <message>
        <source>纠纷类型 *</source>
        <translation>Category *</translation>
    </message>
    <message>
        <source>诉求类别 *</source>
        <translation>Demand class *</translation>
    </message>
    <message>
        <source>纠纷简要情况 *</source>
        <translation>Summary *</translation>
    </message>
    <message>
        <source>请求事项</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>涉案金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <source>调解意愿</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>＋ 添加请求事项</source>
        <translation>+ Add a claim</translation>
    </message>
    <message>
        <source>添加请求事项</source>
        <translation>Add a claim</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>＋ 申请人</source>
        <translation>+ Applicant</translation>
    </message>
    <message>
        <source>添加申请人</source>
        <translation>Add an applicant</translation>
    </message>
    <message>
        <source>＋ 被申请人</source>
        <translation>+ Respondent</translation>
    </message>
    <message>
        <source>添加被申请人</source>
        <translation>Add a respondent</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>重复来访</source>
        <translation>Earlier visits</translation>
    </message>
    <message>
        <source>待改正</source>
        <translation>To correct</translation>
    </message>
    <message>
        <source>登记并生成案号</source>
        <translation>Register and number the case</translation>
    </message>
    <message>
        <source>保存登记（Ctrl+S）</source>
        <translation>Save the registration (Ctrl+S)</translation>
    </message>
    <message>
        <source>清空表单</source>
        <translation>Clear the form</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>请求事项 {n}</source>
        <translation>Claim {n}</translation>
    </message>
    <message>
        <source>删除请求事项 {n}</source>
        <translation>Remove claim {n}</translation>
    </message>
    <message>
        <source>发现一份未完成的登记（{time} 自动保存）。要继续填写吗？</source>
        <translation>An unfinished registration was found (saved automatically at {time}). Continue with it?</translation>
    </message>
    <message>
        <source>恢复草稿</source>
        <translation>Resume draft</translation>
    </message>
    <message>
        <source>丢弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>已恢复草稿</source>
        <translation>Draft resumed</translation>
    </message>
    <message>
        <source>草稿已自动保存 {time}</source>
        <translation>Draft saved {time}</translation>
    </message>
    <message>
        <source>登记尚未完成</source>
        <translation>Registration not finished</translation>
    </message>
    <message>
        <source>这份登记还没有保存为案件。草稿已自动保存，下次打开“登记受理”时可以恢复。</source>
        <translation>This registration has not been saved as a case. The draft is saved and can be resumed the next time you open Intake.</translation>
    </message>
    <message>
        <source>保留草稿并离开</source>
        <translation>Keep the draft and leave</translation>
    </message>
    <message>
        <source>放弃草稿</source>
        <translation>Discard the draft</translation>
    </message>
    <message>
        <source>继续填写</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>清空后草稿也会被删除。确定清空吗？</source>
        <translation>Clearing also deletes the draft. Clear the form?</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>强信息</source>
        <translation>Strong information</translation>
    </message>
    <message>
        <source>弱信号</source>
        <translation>Weak signal</translation>
    </message>
    <message>
        <source>暂无预警</source>
        <translation>No warning</translation>
    </message>
    <message>
        <source>按当前填写内容，未触发预警规则。</source>
        <translation>No early-warning rule applies to the input so far.</translation>
    </message>
    <message>
        <source>该当事人此前有 {n} 件案件，双击可打开。</source>
        <translation>This party has {n} earlier case(s); double-click to open.</translation>
    </message>
    <message>
        <source>输入有效证件号后，将自动查找此前的案件。</source>
        <translation>Earlier cases are looked up once a valid ID number is entered.</translation>
    </message>
    <message>
        <source>正在登记…</source>
        <translation>Registering…</translation>
    </message>
    <message>
        <source>该当事人此前有 {n} 件案件。</source>
        <translation>This party has {n} earlier case(s).</translation>
    </message>
    <message>
        <source>预警：{reasons}</source>
        <translation>Warning: {reasons}</translation>
    </message>
    <message>
        <source>已登记，案号：{number}</source>
        <translation>Registered as {number}</translation>
    </message>
    <message>
        <source>打开案件</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>受理 / 分派…</source>
        <translation>Accept / route…</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>数据库密钥</source>
        <translation>Database key</translation>
    </message>
    <message>
        <source>所有案件数据加密保存在本机。密钥绝不以明文保存。</source>
        <translation>All case data is stored encrypted on this PC. The key is never stored in plain text.</translation>
    </message>
    <message>
        <source>数据库口令</source>
        <translation>Database passphrase</translation>
    </message>
    <message>
        <source>至少10个字符</source>
        <translation>At least 10 characters</translation>
    </message>
    <message>
        <source>再次输入口令</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>每次启动工作台都需要输入此口令。口令遗失将无法打开数据库，请妥善保管（例如密封存放于站点保险柜）。</source>
        <translation>The passphrase is asked for at every start. Without it the database cannot be opened, so keep it safe (e.g. sealed in the station&apos;s safe).</translation>
    </message>
</context>
<context>
    <name>Landing</name>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>未结束的话聊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以下话聊尚未记录结果。继续后，已保存的内容、所在阶段和笔录都会恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所在阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>继续所选话聊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本案话聊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>场次</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>时长</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>本案话聊记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始新一次话聊…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请在“案件”页打开一个已受理的案件，再从这里开始话聊。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本案尚无话聊记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>继续本案进行中的话聊</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>屏幕已锁定</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>为保护当事人信息，工作台已锁定。请 {name} 输入密码或 PIN 解锁，或切换用户。</source>
        <translation>The workspace is locked to protect the parties&apos; information. {name}, enter your password or PIN to unlock, or switch user.</translation>
    </message>
    <message>
        <source>密码或 PIN</source>
        <translation>Password or PIN</translation>
    </message>
    <message>
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>请输入密码或 PIN。</source>
        <translation>Enter your password or PIN.</translation>
    </message>
    <message>
        <source>密码或 PIN 不正确。</source>
        <translation>Wrong password or PIN.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>登录 — 话聊调解工作台</source>
        <translation>Sign in — Mediation Desk</translation>
    </message>
    <message>
        <source>话聊调解工作台</source>
        <translation>Mediation Desk</translation>
    </message>
    <message>
        <source>例如 specialist</source>
        <translation>e.g. specialist</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>语言 / Language</source>
        <translation>语言 / Language</translation>
    </message>
    <message>
        <source>请输入用户名和密码。</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <source>锁定已解除，请重新登录。</source>
        <translation>The lockout is over; please sign in again.</translation>
    </message>
    <message>
        <source>登录失败次数过多，账号已锁定。请在 {m} 分 {s:02d} 秒后再试。</source>
        <translation>Too many failed sign-ins; the account is locked. Try again in {m} min {s:02d} s.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>话聊调解工作台 — {station}</source>
        <translation>Mediation Desk — {station}</translation>
    </message>
    <message>
        <source>话聊调解工作台</source>
        <translation>Mediation Desk</translation>
    </message>
    <message>
        <source>导航</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>锁定屏幕（Ctrl+L）</source>
        <translation>Lock the screen (Ctrl+L)</translation>
    </message>
    <message>
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>未设置（在“设置”中选择）</source>
        <translation>not set (choose in Settings)</translation>
    </message>
    <message>
        <source>用户：{name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <source>角色：{role}</source>
        <translation>Role: {role}</translation>
    </message>
    <message>
        <source>房间：{room}</source>
        <translation>Room: {room}</translation>
    </message>
    <message>
        <source>数据库已加密</source>
        <translation>Database encrypted</translation>
    </message>
</context>
<context>
    <name>MinutesPane</name>
    <message>
        <source>调解笔录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔录条目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚无笔录。选择发言人（或按 Alt+1…7），输入发言内容后按 Enter。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发言人：{name}（{keys}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发言内容，按 Enter 添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发言内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改后的内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改所选条目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已向当事人宣读，当事人确认无误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>宣读确认并关闭笔录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已宣读确认并关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔录已关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正所选条目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（更正第{n}条：{reason}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 发言（Alt+1…7 切换发言人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（正在保存）{name}：{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正第{n}条（笔录已关闭，原条目保留，更正将另起一条并注明原因）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改第{n}条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存更正</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>登记受理</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>话聊</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>上报</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>义务人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>权利人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>违约责任</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录调解结果 — {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>记录结果并结束本次话聊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逐项填写，内容须明确具体（义务人、权利人、事项、金额、期限、方式、地点、违约责任）。协议书正文稍后在“文书”中生成和签署。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>口头协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>口头协议自各方当事人达成协议之日起生效（人民调解法第三十条），调解员应当记录协议内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>休会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下次调解日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>调解不成（终止）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择“其他”时必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>终止原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>具体情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请向当事人告知其他救济途径：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转介其他途径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转介途径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>信访事项“三到位一处理”审查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写落实情况；不适用的写明“不适用”及理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>信访来源案件结案前须完成（信访工作条例第二十七条）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelContent</name>
    <message>
        <source>除“团队摘要”外，本面板内容仅心理咨询师可见，不导出、不打印。仅作筛查与转介提示，不作诊断。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未评估</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 筛查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7 筛查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>背靠背记录（单独会谈）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会谈当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>背靠背记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>背靠背内容仅调解团队可见，未经该当事人同意不向对方披露。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>背靠背 · 与 {party} 单独会谈</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyCombo</name>
    <message>
        <source>（请选择）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（非本案当事人）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>自然人</source>
        <translation>Natural person</translation>
    </message>
    <message>
        <source>法人或其他组织</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Role in the case</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>姓名/名称 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>手机或 0755-12345678</source>
        <translation>Mobile or 0755-12345678</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>住址/地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>代理人电话</source>
        <translation>Agent&apos;s phone</translation>
    </message>
    <message>
        <source>（无代理人）</source>
        <translation>(no agent)</translation>
    </message>
    <message>
        <source>一般代理</source>
        <translation>General authority</translation>
    </message>
    <message>
        <source>特别授权</source>
        <translation>Special authority</translation>
    </message>
    <message>
        <source>已提交授权委托书</source>
        <translation>Power of attorney submitted</translation>
    </message>
    <message>
        <source>代理权限</source>
        <translation>Agent&apos;s authority</translation>
    </message>
    <message>
        <source>18位号码，末位可为X</source>
        <translation>18 characters; the last may be X</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>18位统一社会信用代码</source>
        <translation>18-character unified social credit code</translation>
    </message>
    <message>
        <source>信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>当事人 {n}</source>
        <translation>Party {n}</translation>
    </message>
    <message>
        <source>移除当事人 {n}</source>
        <translation>Remove party {n}</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位全称</source>
        <translation>Full name of the organisation</translation>
    </message>
    <message>
        <source>性别和出生日期已由证件号码得出</source>
        <translation>Gender and date of birth come from the ID number</translation>
    </message>
    <message>
        <source>已填写的性别或出生日期与证件号码不符，请核对</source>
        <translation>The gender or date of birth entered does not match the ID number; please check</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>适合宽度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缩小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未生成文书。选择文书类型后点击“生成并预览”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文书预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 页</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>将提供的功能</source>
        <translation>What it will do</translation>
    </message>
    <message>
        <source>在此之前，请在“案件”页查看案件详情，在“登记受理”页登记新的诉求。</source>
        <translation>Until then, open case details on the Cases page and register new demands on the Intake page.</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>话聊</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>话聊功能将在后续版本提供。</source>
        <translation>Talk sessions arrive in a later version.</translation>
    </message>
    <message>
        <source>按“准备—开场告知—情—理—法—协商—结果”七个阶段引导话聊，每阶段有核对清单和笔记。</source>
        <translation>Guide a talk session through seven stages (preparation, opening notice, emotion, reason, law, negotiation, outcome), each with a checklist and notes.</translation>
    </message>
    <message>
        <source>调解笔录：按发言人（调解员、律师、心理咨询师、申请人、被申请人等）记录并自动计时。</source>
        <translation>Minutes: entries tagged by speaker (mediator, lawyer, counsellor, applicant, respondent…) and time-stamped.</translation>
    </message>
    <message>
        <source>心理咨询师的过程记录仅咨询师可见；团队只看到其发布的摘要。</source>
        <translation>Counsellors&apos; process notes are for counsellors only; the team sees the summary they publish.</translation>
    </message>
    <message>
        <source>调解员、律师、咨询师各自以 PIN 解锁自己的面板。</source>
        <translation>Mediator, lawyer and counsellor each unlock their own panel with a PIN.</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>文书功能将在后续版本提供。</source>
        <translation>Documents arrive in a later version.</translation>
    </message>
    <message>
        <source>按司法部格式生成申请书、受理登记表、权利义务告知书、调解记录、调解协议书、司法确认申请书等。</source>
        <translation>Produce the Ministry of Justice forms: application, registration form, notice of rights and duties, mediation record, agreement, application for judicial confirmation and more.</translation>
    </message>
    <message>
        <source>预览、按当事人人数加一份打印，打印留空签名和指印框的版本。</source>
        <translation>Preview; print one copy per party plus one; print with empty signature and fingerprint boxes.</translation>
    </message>
    <message>
        <source>调委会电子签章（PAdES），每份文书带 SHA-256 校验值和二维码。</source>
        <translation>The committee&apos;s electronic seal (PAdES); every document carries its SHA-256 and a QR code.</translation>
    </message>
    <message>
        <source>立卷归档：卷宗封面、卷内目录和封底合成一个归档 PDF。</source>
        <translation>Archiving: cover, index and back cover assembled into one archive PDF.</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>回访功能将在后续版本提供。</source>
        <translation>Follow-ups arrive in a later version.</translation>
    </message>
    <message>
        <source>列出到期和逾期的回访，记录协议履行情况和当事人满意度。</source>
        <translation>List due and overdue follow-up visits; record performance of the agreement and the parties&apos; satisfaction.</translation>
    </message>
    <message>
        <source>生成人民调解回访记录，并在案件时间线上留痕。</source>
        <translation>Produce the follow-up record and note it on the case timeline.</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>统计功能将在后续版本提供。</source>
        <translation>Statistics arrive in a later version.</translation>
    </message>
    <message>
        <source>化解率（注明分母）、调解成功率、服务承诺达标率、平均办理时长。</source>
        <translation>Resolution rate (with its denominator), mediation success rate, service-promise compliance, average duration.</translation>
    </message>
    <message>
        <source>按纠纷类型、来源、调解室、解纷途径和月份分类统计，含涉案金额。</source>
        <translation>Counts by category, source, room, path and month, with the amounts involved.</translation>
    </message>
    <message>
        <source>屏幕图表、导出 Excel、月度报告 PDF。</source>
        <translation>Charts on screen, Excel export and a monthly report PDF.</translation>
    </message>
    <message>
        <source>上报</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <source>上报功能将在后续版本提供。</source>
        <translation>Reporting arrives in a later version.</translation>
    </message>
    <message>
        <source>向区群众诉求服务平台导出加密、签名的增量数据包（最小必要字段，证件号替换为假名）。</source>
        <translation>Export encrypted, signed incremental bundles to the district platform (minimal fields, ID numbers replaced by pseudonyms).</translation>
    </message>
    <message>
        <source>记录每次上报和区平台的回执，重复发送不会重复入库。</source>
        <translation>Record each export and the district&apos;s acknowledgement; sending twice never imports twice.</translation>
    </message>
</context>
<context>
    <name>ProfessionalPanel</name>
    <message>
        <source>锁定面板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>面板已锁定。请{role}本人输入用户名和 PIN 解锁。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>PIN 或密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解锁面板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入用户名和 PIN。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 已解锁 · 离开座位前请锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存 {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未能保存：{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>发生内部错误，操作未完成。详情已写入日志，请联系管理员。</source>
        <translation>An internal error stopped the operation. The details are in the log; please contact the administrator.</translation>
    </message>
    <message>
        <source>操作未完成</source>
        <translation>Not completed</translation>
    </message>
</context>
<context>
    <name>RenderPanel</name>
    <message>
        <source>生成文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>生成并预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印（供手写签名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签名栏和指印框留空，供当事人手写签名、按指印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已出具的文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出具记录（双击打开）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>印章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法显示该文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已加盖调解委员会电子印章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>供手写签名（签名栏和指印框留空）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已盖章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印份数：{n} 份（当事人 {p} 方各一份，调解委员会留存一份）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印份数：{n} 份</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingDialog</name>
    <message>
        <source>受理与分派 — {number}</source>
        <translation>Acceptance and routing — {number}</translation>
    </message>
    <message>
        <source>受理并分派</source>
        <translation>Accept and route</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>确认受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>承办调解室</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>解纷途径</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>人民调解员</source>
        <translation>People&apos;s mediator</translation>
    </message>
    <message>
        <source>律师</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <source>心理咨询师</source>
        <translation>Psychological counsellor</translation>
    </message>
    <message>
        <source>可不填，例如：情绪激动，先安排心理疏导</source>
        <translation>Optional, e.g. agitated: counselling first</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>话聊团队由调解员、律师、心理咨询师组成，从法、理、情三个维度共同化解。</source>
        <translation>The talk team (mediator, lawyer, counsellor) works the dispute along law, reason and emotion.</translation>
    </message>
    <message>
        <source>说明不予受理的具体情况，以及告知当事人的其他解决途径</source>
        <translation>Explain why, and which other routes the party was told about</translation>
    </message>
    <message>
        <source>不予受理原因</source>
        <translation>Reason for declining</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>（暂不指派）</source>
        <translation>(not yet)</translation>
    </message>
    <message>
        <source>已受理，分派至{room}。</source>
        <translation>Accepted and routed to {room}.</translation>
    </message>
    <message>
        <source>已决定不予受理，原因已记入时间线。</source>
        <translation>Declined; the reason is on the timeline.</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>{scale} 筛查（筛查工具，非诊断）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>过去两周里，以下情况出现的频率？请逐项询问当事人并选择。结果仅作筛查参考，不构成诊断；如有需要，建议转介医疗机构。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录筛查结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 第9项阳性（有伤害自己的念头）：请立即进行安全评估，不要让当事人独处；必要时联系家属、转介医疗机构或报警。此为筛查提示，非诊断。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总分 {total}，{band}（筛查结果，非诊断）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已答 {n}/{of} 项 · 当前总分 {total}，{band}（未答完，仅供参考）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>话聊</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>法理情三维调解：心理咨询师、调解员、律师共同参与</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>锁定全部面板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录结果…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>话聊列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会话计时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在打开话聊…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>律师</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <source>心理咨询师</source>
        <translation>Psychological counsellor</translation>
    </message>
    <message>
        <source>第{n}次 {outcome}（{span}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本案此前：{h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} · 第{n}次话聊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公开调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不公开调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>心理风险：{level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>心理咨询师团队摘要：{s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本次话聊已结束，内容只读。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>背靠背进行中：{party}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已知悉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已记录本次话聊结果，案件状态已更新。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionVocab</name>
    <message>
        <source>准备</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开场告知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>理</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>法</source>
        <translation>Law</translation>
    </message>
    <message>
        <source>协商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>核对到场当事人及身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核对代理人授权委托书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回避情况已核查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解室已准备</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已征询是否公开调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已告知当事人权利义务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人同意调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人同意心理咨询师参与</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人同意录音录像（如有）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已就敏感个人信息取得单独同意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已评估情绪状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已进行情绪疏导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已完成风险筛查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已发布团队摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已听取各方陈述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已梳理无争议事实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已列明争议焦点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已分析各方利益诉求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已释明法律依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已进行风险提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已比较各解纷途径的时间与成本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已形成可选方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已记录各方报价与还价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>背靠背沟通（如需要）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已记录调解结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔录已向当事人宣读并确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>达成书面协议</source>
        <translation>Written agreement</translation>
    </message>
    <message>
        <source>达成部分协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>达成口头协议</source>
        <translation>Oral agreement</translation>
    </message>
    <message>
        <source>休会，择期继续</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解不成（终止）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转介其他途径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解不成的，当事人可以依法通过仲裁、行政、司法等途径维护自己的权利：劳动争议可向劳动人事争议仲裁委员会申请仲裁（时效一年）；合同等民事纠纷可向人民法院提起诉讼（可网上立案）；涉及行政管理事项的，可向有关行政机关申请处理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>诉求合理的解决问题到位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>诉求无理的思想教育到位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生活困难的帮扶救助到位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行为违法的依法处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>律师</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <source>心理咨询师</source>
        <translation>Psychological counsellor</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>被申请人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>邀请参与人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>低</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>做事时提不起劲或没有兴趣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>感到心情低落、沮丧或绝望</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入睡困难、睡不安稳或睡眠过多</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>感觉疲倦或没有活力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>食欲不振或吃太多</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>觉得自己很糟，或觉得自己很失败，或让自己或家人失望</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对事物专注有困难，例如阅读报纸或看电视时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>动作或说话速度缓慢到别人已经觉察，或正好相反，烦躁或坐立不安</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有不如死掉或用某种方式伤害自己的念头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>感觉紧张、焦虑或急切</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能够停止或控制担忧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对各种各样的事情担忧过多</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>很难放松下来</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>由于不安而无法静坐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变得容易烦恼或急躁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>感到似乎将有可怕的事情发生而害怕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完全不会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>好几天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一半以上的天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>几乎每天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>极轻微</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>轻度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中重度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情绪状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已采用的疏导方法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自伤/自杀风险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>伤害他人风险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>民转刑/事态升级风险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭暴力迹象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转介建议（医疗机构等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>过程记录（仅心理咨询师可见）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>团队摘要（团队可见）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人陈述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>被申请人陈述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无争议事实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>争议焦点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各方利益诉求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可选方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报价与还价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律依据（含法条引用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>风险提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解纷途径比较（调解/仲裁/诉讼/司法确认的时间与成本）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情 · 心理咨询师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>理 · 调解员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法 · 律师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一方当事人明确拒绝调解</source>
        <translation>A party clearly refuses mediation</translation>
    </message>
    <message>
        <source>当事人自行和解，撤回调解申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在调解期限内无法联系到当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一方当事人明确表示不愿意继续调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人分歧较大且难以达成调解协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解期限届满未达成协议，且各方未同意延长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一方当事人拒绝在调解协议上签字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人捏造事实、伪造证据或隐瞒真实情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人恶意串通，可能损害他人合法权益</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他导致调解无法进行的情形</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仲裁</source>
        <translation>Arbitration</translation>
    </message>
    <message>
        <source>网上立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>赋强公证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支付令</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>信访事项办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>诉讼</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>本机界面偏好、安全与站点信息。</source>
        <translation>This PC&apos;s preferences, security and station details.</translation>
    </message>
    <message>
        <source>界面</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>（未设置）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>本机所在窗口/功能室</source>
        <translation>This PC&apos;s window or room</translation>
    </message>
    <message>
        <source>语言切换后界面立即刷新；本机房间显示在状态栏，并作为分派时的默认调解室。</source>
        <translation>The interface is rebuilt at once in the new language; this PC&apos;s room shows in the status bar and is the default room when routing.</translation>
    </message>
    <message>
        <source>应用</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>安全与服务承诺</source>
        <translation>Security and service promises</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source> 小时</source>
        <translation> h</translation>
    </message>
    <message>
        <source>无操作自动锁定</source>
        <translation>Lock when idle for</translation>
    </message>
    <message>
        <source>受理承诺（分钟级受理）</source>
        <translation>Acceptance promise</translation>
    </message>
    <message>
        <source>反馈承诺（小时级反馈）</source>
        <translation>Feedback promise</translation>
    </message>
    <message>
        <source>站点设置由管理员修改。</source>
        <translation>Station settings are changed by the administrator.</translation>
    </message>
    <message>
        <source>修改将记入审计日志，对本站所有电脑生效。</source>
        <translation>Changes are audited and apply to every PC of the station.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>数据库密钥</source>
        <translation>Database key</translation>
    </message>
    <message>
        <source>（未知）</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>本机系统钥匙串：{note}</source>
        <translation>This PC&apos;s keychain: {note}</translation>
    </message>
    <message>
        <source>密钥从不以明文保存；本软件拒绝使用明文钥匙串。</source>
        <translation>The key is never stored in plain text; plaintext keychains are refused.</translation>
    </message>
    <message>
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>站点名称</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>人民调解委员会</source>
        <translation>Mediation committee</translation>
    </message>
    <message>
        <source>区 / 街道 / 社区</source>
        <translation>District / street / community</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>案号格式</source>
        <translation>Case-number pattern</translation>
    </message>
    <message>
        <source>用户账号</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>最近登录</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>添加用户、重置密码请使用命令行：mediation-desk users add / passwd。</source>
        <translation>To add users or reset passwords use the command line: mediation-desk users add / passwd.</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>界面设置已保存。</source>
        <translation>Interface settings saved.</translation>
    </message>
    <message>
        <source>已保存。空闲 {n} 分钟后自动锁定。</source>
        <translation>Saved. The screen locks after {n} idle minutes.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>首次设置 — 话聊调解工作台</source>
        <translation>First-run setup — Mediation Desk</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>完成设置</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>两次输入的口令不一致。</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>正在创建加密数据库…</source>
        <translation>Creating the encrypted database…</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>打开数据库</source>
        <translation>Open the database</translation>
    </message>
    <message>
        <source>本机数据库由口令保护，请输入数据库口令：</source>
        <translation>This database is protected by a passphrase. Enter the database passphrase:</translation>
    </message>
    <message>
        <source>数据库已加密，密钥保存在系统钥匙串：{where}</source>
        <translation>The database is encrypted; its key is in the OS keychain: {where}</translation>
    </message>
    <message>
        <source>数据库已加密，密钥由数据库口令派生（Argon2id），口令不保存在本机。</source>
        <translation>The database is encrypted with a key derived from the passphrase (Argon2id); the passphrase is not stored on this PC.</translation>
    </message>
    <message>
        <source>数据库位于服务器：由服务器保护。</source>
        <translation>The database is on a server, which protects it.</translation>
    </message>
</context>
<context>
    <name>SignatureCapture</name>
    <message>
        <source>签名板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用手写笔、手指或鼠标在此处签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请在横线上方签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销一笔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重做</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清除重签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签名为空，请先签名再保存。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningPanel</name>
    <message>
        <source>签名栏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签名顺序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纸质协议书为每位当事人留有签名栏和指印框：请当事人在纸质文本上签名并按指印，由调解员、记录人签名后加盖调解委员会实物印章。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印（供手写签名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在屏幕上签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第一位签名后，协议内容即锁定，不能再修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加盖调解委员会印章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电子印章（PAdES）证明文件自盖章后未被改动；屏幕签名图像本身不是可靠电子签名，经手写签名、按指印并盖实物印章的纸质文本仍为法律原件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本案尚无书面调解协议。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已加盖调解委员会印章，协议已生效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还差 {n} 个签名：{who}。全部签名后才能盖章。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部签名已完成，可以加盖调解委员会印章。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256：{sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请在左侧选择签名栏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部签名已完成，协议已加盖调解委员会印章。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} 已签名。如需重签，请在下方重新签写并保存（将替换原签名）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请 {who} 在下方签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如需更正，请在“协议书”页新建更正版本，再重新签署。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在左侧选择签名栏。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageBar</name>
    <message>
        <source>第{n}阶段：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开场告知完成后，方可进入后续阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ 已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待开场告知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用时 {t}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartSessionDialog</name>
    <message>
        <source>开始话聊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>到场人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到场当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每行一人，例如：李律师（张三的委托代理人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每行一人，例如：王五（社区网格员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>邀请参与人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>话聊团队与调解室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主持调解员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>律师</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <source>心理咨询师</source>
        <translation>Psychological counsellor</translation>
    </message>
    <message>
        <source>调解室</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>不公开调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公开调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是否公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是否公开调解由当事人决定（人民调解法第二十三条）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回避核查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解人员与当事人有亲属或其他利害关系的，应当回避：请更换人员；当事人书面表示不要求回避的，记录放弃。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记利害关系…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人已书面表示不要求回避（放弃回避）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} · 第{n}次话聊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agent}（{party}的代理人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不参加）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>站点信息</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>本机所在的群众诉求服务站。带 * 的为必填项。</source>
        <translation>The community service station this PC belongs to. Fields marked * are required.</translation>
    </message>
    <message>
        <source>站点名称</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>例如：罗湖区东门街道群众诉求服务站</source>
        <translation>e.g. 罗湖区东门街道群众诉求服务站</translation>
    </message>
    <message>
        <source>区</source>
        <translation>District</translation>
    </message>
    <message>
        <source>街道</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>例如：东门</source>
        <translation>e.g. 东门</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>话聊调解工作台</source>
        <translation>Mediation Desk</translation>
    </message>
    <message>
        <source>首次设置</source>
        <translation>First-run setup</translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <source>给付款项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行行为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>声明事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount}元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d}前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>条款列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>条款内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>条款类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>义务人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>权利人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：支付拖欠的工资；将房屋钥匙交还</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>具体内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：30000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>写明期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：银行转账至权利人名下账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：逾期未履行的，按未付金额每日万分之五支付违约金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>违约责任</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{n}项条款</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <source>文件完整、印章有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验证未通过：文件没有电子印章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验证未通过：文件在盖章后被改动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验证未通过：盖章后有追加修订</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验证未通过：盖章后文件末尾被附加了数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验证未通过：印章证书不受信任</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验证未通过：印章签名无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验证未通过：无法读取该文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核验电子印章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查一份 PDF 是否由受信任的调解委员会盖章、盖章后是否被改动，并查找本站对应的出具记录。文件只在本机读取，不会上传。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将 PDF 文件拖放到此处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开PDF文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>盖章单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>盖章时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出具记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在验证 {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（{size} 字节）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本站出具的{title}（编号 {number}，案件 {case}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本站没有出具过与此文件逐字节一致的文书。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>接待员</source>
        <translation>Reception clerk</translation>
    </message>
    <message>
        <source>法治专员</source>
        <translation>Legal specialist</translation>
    </message>
    <message>
        <source>人民调解员</source>
        <translation>People&apos;s mediator</translation>
    </message>
    <message>
        <source>律师</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <source>心理咨询师</source>
        <translation>Psychological counsellor</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>待受理</source>
        <translation>Awaiting acceptance</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>调查中</source>
        <translation>Investigating</translation>
    </message>
    <message>
        <source>调解中</source>
        <translation>Mediating</translation>
    </message>
    <message>
        <source>达成书面协议</source>
        <translation>Written agreement</translation>
    </message>
    <message>
        <source>达成口头协议</source>
        <translation>Oral agreement</translation>
    </message>
    <message>
        <source>调解终止</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>已转介</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>司法确认中</source>
        <translation>Judicial confirmation</translation>
    </message>
    <message>
        <source>履行中</source>
        <translation>Performing</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>婚姻家庭纠纷</source>
        <translation>Marriage and family</translation>
    </message>
    <message>
        <source>邻里纠纷</source>
        <translation>Neighbours</translation>
    </message>
    <message>
        <source>房屋宅基地纠纷</source>
        <translation>Housing and homestead land</translation>
    </message>
    <message>
        <source>合同纠纷</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>生产经营纠纷</source>
        <translation>Production and business</translation>
    </message>
    <message>
        <source>损害赔偿纠纷</source>
        <translation>Damages</translation>
    </message>
    <message>
        <source>山林土地纠纷</source>
        <translation>Forest and land</translation>
    </message>
    <message>
        <source>征地拆迁纠纷</source>
        <translation>Land requisition and demolition</translation>
    </message>
    <message>
        <source>环境污染纠纷</source>
        <translation>Environmental pollution</translation>
    </message>
    <message>
        <source>劳动争议纠纷</source>
        <translation>Labour disputes</translation>
    </message>
    <message>
        <source>消费纠纷</source>
        <translation>Consumer disputes</translation>
    </message>
    <message>
        <source>医疗纠纷</source>
        <translation>Medical disputes</translation>
    </message>
    <message>
        <source>道路交通事故纠纷</source>
        <translation>Road traffic accidents</translation>
    </message>
    <message>
        <source>物业纠纷</source>
        <translation>Property management</translation>
    </message>
    <message>
        <source>其他纠纷</source>
        <translation>Other disputes</translation>
    </message>
    <message>
        <source>城市更新纠纷</source>
        <translation>Urban renewal</translation>
    </message>
    <message>
        <source>商事纠纷</source>
        <translation>Commercial disputes</translation>
    </message>
    <message>
        <source>商铺租赁纠纷</source>
        <translation>Shop leases</translation>
    </message>
    <message>
        <source>拖欠农民工工资纠纷</source>
        <translation>Unpaid migrant workers&apos; wages</translation>
    </message>
    <message>
        <source>当事人来访申请</source>
        <translation>Walk-in application</translation>
    </message>
    <message>
        <source>扫码/小程序</source>
        <translation>QR code / mini-program</translation>
    </message>
    <message>
        <source>12345热线</source>
        <translation>12345 hotline</translation>
    </message>
    <message>
        <source>法院委托移送</source>
        <translation>Referred by a court</translation>
    </message>
    <message>
        <source>公安机关委托移送</source>
        <translation>Referred by the police</translation>
    </message>
    <message>
        <source>信访部门委托移送</source>
        <translation>Referred by the petition bureau</translation>
    </message>
    <message>
        <source>检察院委托移送</source>
        <translation>Referred by the procuratorate</translation>
    </message>
    <message>
        <source>其他部门委托移送</source>
        <translation>Referred by another department</translation>
    </message>
    <message>
        <source>人民调解委员会主动调解</source>
        <translation>Committee&apos;s own initiative</translation>
    </message>
    <message>
        <source>接访窗口</source>
        <translation>Petition reception window</translation>
    </message>
    <message>
        <source>诉求服务窗口</source>
        <translation>Demand service window</translation>
    </message>
    <message>
        <source>法律顾问室</source>
        <translation>Legal advice room</translation>
    </message>
    <message>
        <source>人民调解室</source>
        <translation>People&apos;s mediation room</translation>
    </message>
    <message>
        <source>公证室</source>
        <translation>Notary room</translation>
    </message>
    <message>
        <source>劳动者权益保障室</source>
        <translation>Workers&apos; rights room</translation>
    </message>
    <message>
        <source>法治宣传室</source>
        <translation>Legal publicity room</translation>
    </message>
    <message>
        <source>心理服务室</source>
        <translation>Psychological service room</translation>
    </message>
    <message>
        <source>调解</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>仲裁</source>
        <translation>Arbitration</translation>
    </message>
    <message>
        <source>司法确认</source>
        <translation>Judicial confirmation</translation>
    </message>
    <message>
        <source>一类诉求</source>
        <translation>Class 1 (on the spot)</translation>
    </message>
    <message>
        <source>二类诉求</source>
        <translation>Class 2 (needs routing)</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>被申请人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>第三人</source>
        <translation>Third party</translation>
    </message>
    <message>
        <source>居民身份证/居住证/永居证</source>
        <translation>Resident ID / residence permit / PR card</translation>
    </message>
    <message>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>其他证件</source>
        <translation>Other document</translation>
    </message>
    <message>
        <source>法</source>
        <translation>Law</translation>
    </message>
    <message>
        <source>理</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>情</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>综合</source>
        <translation>General</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>弱信号</source>
        <translation>Weak signal</translation>
    </message>
    <message>
        <source>强信息</source>
        <translation>Strong information</translation>
    </message>
    <message>
        <source>一方当事人明确拒绝调解</source>
        <translation>A party clearly refuses mediation</translation>
    </message>
    <message>
        <source>依法只能由专门机关处理，或法律法规禁止采用民间调解方式解决</source>
        <translation>Only a specialised authority may handle it, or the law forbids mediation</translation>
    </message>
    <message>
        <source>人民法院、公安机关或其他行政机关已经受理或者解决</source>
        <translation>Already accepted or resolved by a court, the police or another authority</translation>
    </message>
    <message>
        <source>不属于民间纠纷</source>
        <translation>Not a civil dispute</translation>
    </message>
    <message>
        <source>重复登记</source>
        <translation>Duplicate registration</translation>
    </message>
    <message>
        <source>其他原因</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>分钟级受理</source>
        <translation>Acceptance within minutes</translation>
    </message>
    <message>
        <source>小时级反馈</source>
        <translation>Feedback within hours</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>调解期限（30日）</source>
        <translation>Mediation period (30 days)</translation>
    </message>
    <message>
        <source>劳动争议调解期限（15日）</source>
        <translation>Labour mediation period (15 days)</translation>
    </message>
    <message>
        <source>司法确认申请期限（30日）</source>
        <translation>Judicial-confirmation window (30 days)</translation>
    </message>
    <message>
        <source>信访事项转送（15日）</source>
        <translation>Petition routing (15 days)</translation>
    </message>
    <message>
        <source>信访办理期限（60日）</source>
        <translation>Petition handling period (60 days)</translation>
    </message>
</context>
<context>
    <name>timefmt</name>
    <message>
        <source>{d}天{h}小时</source>
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <source>{h}小时{m:02d}分</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <source>已超时 {span}</source>
        <translation>Overdue by {span}</translation>
    </message>
    <message>
        <source>剩余 {span}</source>
        <translation>{span} left</translation>
    </message>
</context>
</TS>
