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
        <translation>Draft</translation>
    </message>
    <message>
        <source>签署中</source>
        <translation>Being signed</translation>
    </message>
    <message>
        <source>已签署</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>已盖章生效</source>
        <translation>Sealed and in effect</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>当事人信息取自案件登记；如需更正，请在“案件”页修改。</source>
        <translation>Party details come from the case registration; to correct them, edit the case on the Cases page.</translation>
    </message>
    <message>
        <source>纠纷事实与责任</source>
        <translation>Facts and responsibility</translation>
    </message>
    <message>
        <source>纠纷主要事实</source>
        <translation>Main facts</translation>
    </message>
    <message>
        <source>争议事项</source>
        <translation>Matters in dispute</translation>
    </message>
    <message>
        <source>各方当事人应承担的责任</source>
        <translation>The responsibility each party bears</translation>
    </message>
    <message>
        <source>各方责任</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <source>经调解，自愿达成如下协议</source>
        <translation>Through mediation, the parties voluntarily agree as follows</translation>
    </message>
    <message>
        <source>履行方式、地点和期限</source>
        <translation>Manner, place and time of performance</translation>
    </message>
    <message>
        <source>如：一次性银行转账</source>
        <translation>e.g. one bank transfer</translation>
    </message>
    <message>
        <source>履行方式</source>
        <translation>Manner of performance</translation>
    </message>
    <message>
        <source>履行地点</source>
        <translation>Place of performance</translation>
    </message>
    <message>
        <source>如：本协议生效之日起十日内</source>
        <translation>e.g. within ten days of this agreement taking effect</translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation>Time of performance</translation>
    </message>
    <message>
        <source>部分协议（先行确认已达成一致的部分事项）</source>
        <translation>Partial agreement (records the matters already agreed)</translation>
    </message>
    <message>
        <source>涉及婚姻、亲子、收养等身份关系</source>
        <translation>Concerns personal status (marriage, parentage, adoption, etc.)</translation>
    </message>
    <message>
        <source>涉及物权或知识产权的确权</source>
        <translation>Concerns confirming title to property or intellectual property</translation>
    </message>
    <message>
        <source>协议状态</source>
        <translation>Agreement status</translation>
    </message>
    <message>
        <source>法律提示</source>
        <translation>Legal notes</translation>
    </message>
    <message>
        <source>版本记录</source>
        <translation>Version history</translation>
    </message>
    <message>
        <source>历次版本</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>正在查看第{n}版（已被更正版本取代），仅供查阅。</source>
        <translation>Viewing version {n}, superseded by a corrected version; read only.</translation>
    </message>
    <message>
        <source>返回当前版本</source>
        <translation>Back to the current version</translation>
    </message>
    <message>
        <source>新建更正版本</source>
        <translation>New corrected version</translation>
    </message>
    <message>
        <source>已签署的协议不能修改；更正时新建一个版本并说明原因，原版本保留可查</source>
        <translation>A signed agreement cannot be changed: a correction is a new version with a reason, and the original stays on record</translation>
    </message>
    <message>
        <source>{n}岁</source>
        <translation>aged {n}</translation>
    </message>
    <message>
        <source>法定代表人 {name}</source>
        <translation>Legal representative {name}</translation>
    </message>
    <message>
        <source>编号：{number}</source>
        <translation>No. {number}</translation>
    </message>
    <message>
        <source>第{n}版</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <source>协议已有人签署，内容已锁定，不能修改。如需更正，请新建更正版本并说明原因；原版本保留可查。</source>
        <translation>The agreement has been signed, so its content is locked. To correct it, create a corrected version and give the reason; the original stays on record.</translation>
    </message>
    <message>
        <source>这是第{n}版（更正原因：{reason}）。</source>
        <translation>This is version {n} (reason for the correction: {reason}).</translation>
    </message>
    <message>
        <source>第{n}版 · {status}</source>
        <translation>Version {n} · {status}</translation>
    </message>
    <message>
        <source>（已被取代）</source>
        <translation> (superseded)</translation>
    </message>
    <message>
        <source>更正原因：{reason}</source>
        <translation>Reason for the correction: {reason}</translation>
    </message>
    <message>
        <source>暂无提示：协议内容写明了当事人、金额、期限和履行方式。</source>
        <translation>No notes: the agreement names the parties, amounts, deadlines and manner of performance.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>签署后的纸质文本扫描件</source>
        <translation>Scan of the signed paper copy</translation>
    </message>
    <message>
        <source>其他材料</source>
        <translation>Other material</translation>
    </message>
    <message>
        <source>签署后的纸质文本</source>
        <translation>Signed paper copy</translation>
    </message>
    <message>
        <source>当事人手写签名、按指印，调解员、记录人签名并加盖调解委员会实物印章的纸质协议书是法律原件。请将其扫描件（PDF、PNG 或 JPEG）添加到本案，与已盖电子印章的 PDF 一并留存。</source>
        <translation>The paper agreement signed and fingerprinted by the parties, signed by the mediator and the recorder and stamped with the committee&apos;s physical seal is the legal original. Add its scan (PDF, PNG or JPEG) to the case, to be kept with the electronically sealed PDF.</translation>
    </message>
    <message>
        <source>将扫描件拖放到此处</source>
        <translation>Drop scans here</translation>
    </message>
    <message>
        <source>添加扫描件…</source>
        <translation>Add scans…</translation>
    </message>
    <message>
        <source>本案附件</source>
        <translation>Attachments of this case</translation>
    </message>
    <message>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>添加人</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>添加时间</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>另存所选附件…</source>
        <translation>Save the selected attachment as…</translation>
    </message>
</context>
<context>
    <name>AuditLogCard</name>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>按日期</source>
        <translation>By date</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>Seq</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>对象与详情</source>
        <translation>Object and details</translation>
    </message>
    <message>
        <source>共 {n} 条（最多显示 500 条）</source>
        <translation>{n} rows (at most 500 shown)</translation>
    </message>
    <message>
        <source>导出审计日志</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
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
        <source>调查</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>在话聊页打开本案的联合调解（Ctrl+Shift+H）</source>
        <translation>Open this case&apos;s joint mediation on the Talk page (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>在文书页打开本案的协议书和其他文书（Ctrl+Shift+D）</source>
        <translation>Open this case&apos;s agreement and other documents on the Documents page (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>调查记录</source>
        <translation>Investigations</translation>
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
        <source>调查记录已保存。</source>
        <translation>Investigation record saved.</translation>
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
    <name>CasesDialog</name>
    <message>
        <source>{title}：共 {n} 件</source>
        <translation>{title}: {n} cases</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>纠纷类型</source>
        <translation>Dispute category</translation>
    </message>
    <message>
        <source>统计所含案件</source>
        <translation>Cases counted</translation>
    </message>
    <message>
        <source>打开案件</source>
        <translation>Open case</translation>
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
        <translation>{stage} · checklist{mark}</translation>
    </message>
    <message>
        <source>（已完成）</source>
        <translation> (done)</translation>
    </message>
    <message>
        <source>情、理、法、协商、结果阶段尚未开放。请先记录：{items}。</source>
        <translation>The Emotion, Reason, Law, Negotiation and Outcome stages are not open yet. First record: {items}.</translation>
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
        <translation>Staff member concerned</translation>
    </message>
    <message>
        <source>相关当事人</source>
        <translation>Party concerned</translation>
    </message>
    <message>
        <source>关系，例如：亲属、同事</source>
        <translation>Relationship, e.g. relative, colleague</translation>
    </message>
    <message>
        <source>关系</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>与</source>
        <translation>and</translation>
    </message>
    <message>
        <source>利害关系</source>
        <translation>Conflict of interest</translation>
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
    <name>DocumentDialogs</name>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>扫描件 (*.pdf *.png *.jpg *.jpeg);;所有文件 (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>打印：{title}</source>
        <translation>Print: {title}</translation>
    </message>
</context>
<context>
    <name>DocumentTitles</name>
    <message>
        <source>人民调解申请书</source>
        <translation>People&apos;s Mediation Application</translation>
    </message>
    <message>
        <source>人民调解受理登记表</source>
        <translation>Mediation Acceptance Register</translation>
    </message>
    <message>
        <source>人民调解当事人权利义务告知书</source>
        <translation>Notice of Rights and Obligations</translation>
    </message>
    <message>
        <source>人民调解调查记录</source>
        <translation>Mediation Investigation Record</translation>
    </message>
    <message>
        <source>人民调解记录</source>
        <translation>People&apos;s Mediation Record</translation>
    </message>
    <message>
        <source>人民调解协议书</source>
        <translation>People&apos;s Mediation Agreement</translation>
    </message>
    <message>
        <source>人民调解口头协议登记表</source>
        <translation>Oral Agreement Register</translation>
    </message>
    <message>
        <source>司法确认申请书</source>
        <translation>Application for Judicial Confirmation</translation>
    </message>
    <message>
        <source>人民调解回访记录</source>
        <translation>Mediation Follow-up Record</translation>
    </message>
    <message>
        <source>人民调解终止通知书</source>
        <translation>Notice of Termination of Mediation</translation>
    </message>
    <message>
        <source>调解卷宗</source>
        <translation>Mediation Case File</translation>
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
        <translation>No case open</translation>
    </message>
    <message>
        <source>在案件页查看</source>
        <translation>View on the Cases page</translation>
    </message>
    <message>
        <source>选择案件</source>
        <translation>Choose a case</translation>
    </message>
    <message>
        <source>验证文件</source>
        <translation>Verify a file</translation>
    </message>
    <message>
        <source>案件文书</source>
        <translation>Case documents</translation>
    </message>
    <message>
        <source>本案尚无书面调解协议</source>
        <translation>No written mediation agreement for this case yet</translation>
    </message>
    <message>
        <source>话聊达成书面协议时会自动生成协议草稿。也可以现在起草，系统会从案件和话聊记录预填纠纷事实和争议事项。</source>
        <translation>A draft agreement is created automatically when a talk session ends in a written agreement. You can also draft one now: the facts and the matters in dispute are prefilled from the case and its talk sessions.</translation>
    </message>
    <message>
        <source>起草调解协议书</source>
        <translation>Draft the mediation agreement</translation>
    </message>
    <message>
        <source>协议书</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>签署与盖章</source>
        <translation>Signing and seal</translation>
    </message>
    <message>
        <source>生成与打印</source>
        <translation>Generate and print</translation>
    </message>
    <message>
        <source>纸质件归档</source>
        <translation>Paper copy</translation>
    </message>
    <message>
        <source>当前角色无权出具文书；可以使用“验证文件”核验他人带来的 PDF。</source>
        <translation>Your role may not issue documents; use &quot;Verify a file&quot; to check a PDF someone brings in.</translation>
    </message>
    <message>
        <source>查找案件</source>
        <translation>Find a case</translation>
    </message>
    <message>
        <source>案件编号、当事人姓名或纠纷事由</source>
        <translation>Case number, party name or subject of the dispute</translation>
    </message>
    <message>
        <source>案件列表</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>打开案件文书</source>
        <translation>Open the case documents</translation>
    </message>
    <message>
        <source>返回案件文书</source>
        <translation>Back to the case documents</translation>
    </message>
    <message>
        <source>核验 PDF 的电子印章和完整性</source>
        <translation>Check a PDF&apos;s electronic seal and integrity</translation>
    </message>
    <message>
        <source>{number}&#x3000;{parties}&#x3000;{category} · {status}</source>
        <translation>{number}  {parties}  {category} · {status}</translation>
    </message>
    <message>
        <source>尚未打开案件：从“案件”页打开，或在下方查找</source>
        <translation>No case open: open one from the Cases page or find it below</translation>
    </message>
    <message>
        <source>{number}&#x3000;{parties}</source>
        <translation>{number}  {parties}</translation>
    </message>
    <message>
        <source>当前角色无权出具文书。</source>
        <translation>Your role may not issue documents.</translation>
    </message>
    <message>
        <source>正在打开案件文书…</source>
        <translation>Opening the case documents…</translation>
    </message>
    <message>
        <source>草稿自动保存（停止输入约 1 秒后）。</source>
        <translation>The draft is saved automatically, about a second after you stop typing.</translation>
    </message>
    <message>
        <source>内容已锁定。</source>
        <translation>The content is locked.</translation>
    </message>
    <message>
        <source>有未保存的修改…</source>
        <translation>Unsaved changes…</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>已保存 {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <source>未能保存：{reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <source>新建更正版本</source>
        <translation>New corrected version</translation>
    </message>
    <message>
        <source>请说明更正原因（将记录在新版本中，原版本保留可查）：</source>
        <translation>Give the reason for the correction (it is recorded in the new version; the original stays on record):</translation>
    </message>
    <message>
        <source>已新建第{n}版，可以修改后重新签署。</source>
        <translation>Version {n} created: edit it, then sign again.</translation>
    </message>
    <message>
        <source>已保存 {who} 的签名。</source>
        <translation>Signature of {who} saved.</translation>
    </message>
    <message>
        <source>全部签名已完成。请核对后加盖调解委员会印章。</source>
        <translation>All signatures are in. Check the agreement, then apply the committee seal.</translation>
    </message>
    <message>
        <source>加盖印章后协议即生效，内容不能再修改；如需更正，须新建更正版本并重新签署。</source>
        <translation>Once sealed, the agreement takes effect and can no longer be changed; a correction needs a new corrected version, signed again.</translation>
    </message>
    <message>
        <source>注意：协议仍有 {n} 条法律提示（见“协议书”页）。</source>
        <translation>Note: the agreement still has {n} legal note(s) (see the Agreement tab).</translation>
    </message>
    <message>
        <source>加盖调解委员会印章</source>
        <translation>Apply the committee seal</translation>
    </message>
    <message>
        <source>加盖印章</source>
        <translation>Apply the seal</translation>
    </message>
    <message>
        <source>已加盖调解委员会印章，协议生效。</source>
        <translation>The committee seal is applied; the agreement is in effect.</translation>
    </message>
    <message>
        <source>正在保存签名…</source>
        <translation>Saving the signature…</translation>
    </message>
    <message>
        <source>正在加盖调解委员会印章…</source>
        <translation>Applying the committee seal…</translation>
    </message>
    <message>
        <source>找不到已盖章协议的文件。</source>
        <translation>The file of the sealed agreement cannot be found.</translation>
    </message>
    <message>
        <source>正在生成{title}…</source>
        <translation>Generating the {title}…</translation>
    </message>
    <message>
        <source>打印失败：{reason}</source>
        <translation>Printing failed: {reason}</translation>
    </message>
    <message>
        <source>另存为PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>无法保存文件：{reason}</source>
        <translation>The file could not be saved: {reason}</translation>
    </message>
    <message>
        <source>添加扫描件</source>
        <translation>Add scans</translation>
    </message>
    <message>
        <source>无法读取文件（{reason}）</source>
        <translation>The file cannot be read ({reason})</translation>
    </message>
    <message>
        <source>已添加：{names}</source>
        <translation>Added: {names}</translation>
    </message>
    <message>
        <source>正在添加扫描件…</source>
        <translation>Adding the scans…</translation>
    </message>
    <message>
        <source>另存附件</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <source>选择要验证的PDF文件</source>
        <translation>Choose the PDF file to verify</translation>
    </message>
    <message>
        <source>正在验证文件…</source>
        <translation>Verifying the file…</translation>
    </message>
    <message>
        <source>无法读取文件（{reason}）。</source>
        <translation>The file cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>这不是 PDF 文件。</source>
        <translation>This is not a PDF file.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>调解协议</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>删除记录</source>
        <translation>Deletions</translation>
    </message>
    <message>
        <source>已回执</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>待回执</source>
        <translation>Awaiting receipt</translation>
    </message>
    <message>
        <source>已被后续数据包包含</source>
        <translation>Included in a later bundle</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <source>已生成证书申请，待导入登记文件</source>
        <translation>request made; import the enrolment file next</translation>
    </message>
    <message>
        <source>已登记</source>
        <translation>enrolled</translation>
    </message>
    <message>
        <source>上报</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <source>向区群众诉求服务平台上报加密、签名的增量数据包；只含最小必要字段。</source>
        <translation>Send encrypted, signed incremental bundles to the district platform; only the minimum necessary fields.</translation>
    </message>
    <message>
        <source>只有法治专员和管理员可以上报数据。</source>
        <translation>Only legal specialists and administrators may report data.</translation>
    </message>
    <message>
        <source>登记状态</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <source>区平台根证书指纹</source>
        <translation>District root fingerprint</translation>
    </message>
    <message>
        <source>步骤：①生成证书申请，交给区平台；②区平台签发登记文件；③导入登记文件。此后调解协议的电子印章和上报签名都使用区平台签发的证书。</source>
        <translation>Steps: 1) make a certificate request and give it to the district; 2) the district issues an enrolment file; 3) import it. From then on agreement seals and bundle signatures use the district-issued certificate.</translation>
    </message>
    <message>
        <source>生成证书申请…</source>
        <translation>Make certificate request…</translation>
    </message>
    <message>
        <source>导入登记文件…</source>
        <translation>Import enrolment file…</translation>
    </message>
    <message>
        <source>下一个数据包</source>
        <translation>Next bundle</translation>
    </message>
    <message>
        <source>自上次区平台回执以来的变更（各类记录数）：</source>
        <translation>Changes since the district&apos;s last receipt (records per type):</translation>
    </message>
    <message>
        <source>记录类型</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>待上报记录数</source>
        <translation>Records to report</translation>
    </message>
    <message>
        <source>样例记录（区平台看到的原样内容）：</source>
        <translation>Sample record (exactly as the district sees it):</translation>
    </message>
    <message>
        <source>样例记录</source>
        <translation>Sample record</translation>
    </message>
    <message>
        <source>导出到文件夹…</source>
        <translation>Export to folder…</translation>
    </message>
    <message>
        <source>上报记录</source>
        <translation>Bundles sent</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>导出时间</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>记录数</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>回执</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>导入回执…</source>
        <translation>Import receipt…</translation>
    </message>
    <message>
        <source>站点编码 {code}：{state}</source>
        <translation>Station code {code}: {state}</translation>
    </message>
    <message>
        <source>区平台根证书 SHA-256（请与区平台公布的核对）：</source>
        <translation>District root SHA-256 (compare it with the one the district publishes):</translation>
    </message>
    <message>
        <source>尚未登记：不能导出数据包。</source>
        <translation>Not enrolled yet: bundles cannot be exported.</translation>
    </message>
    <message>
        <source>没有待上报的变更（仍可导出一个“零上报”数据包）。</source>
        <translation>No changes to report (you can still export a nil bundle).</translation>
    </message>
    <message>
        <source>保存证书申请</source>
        <translation>Save certificate request</translation>
    </message>
    <message>
        <source>证书申请 (*.csr)</source>
        <translation>Certificate requests (*.csr)</translation>
    </message>
    <message>
        <source>证书申请已保存到 {path}，请交给区平台。</source>
        <translation>Certificate request saved to {path}; give it to the district.</translation>
    </message>
    <message>
        <source>正在生成密钥…</source>
        <translation>Generating the key…</translation>
    </message>
    <message>
        <source>选择区平台的登记文件</source>
        <translation>Choose the district&apos;s enrolment file</translation>
    </message>
    <message>
        <source>登记文件 (*.p7b);;所有文件 (*)</source>
        <translation>Enrolment files (*.p7b);;All files (*)</translation>
    </message>
    <message>
        <source>登记完成：站点 {code}。</source>
        <translation>Enrolled: station {code}.</translation>
    </message>
    <message>
        <source>正在导入登记文件…</source>
        <translation>Importing the enrolment file…</translation>
    </message>
    <message>
        <source>选择导出文件夹（可为U盘）</source>
        <translation>Choose the export folder (a USB disk works)</translation>
    </message>
    <message>
        <source>已导出第 {seq} 号数据包：{path}</source>
        <translation>Exported bundle {seq}: {path}</translation>
    </message>
    <message>
        <source>正在导出数据包…</source>
        <translation>Exporting the bundle…</translation>
    </message>
    <message>
        <source>选择区平台回执</source>
        <translation>Choose the district&apos;s receipt</translation>
    </message>
    <message>
        <source>回执文件 (*.p7s *.p7m);;所有文件 (*)</source>
        <translation>Receipts (*.p7s *.p7m);;All files (*)</translation>
    </message>
    <message>
        <source>第 {seq} 号数据包已回执。</source>
        <translation>Bundle {seq} acknowledged.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>协议生效后按期回访，了解履行情况；未履行的督促履行，全部完成后结案归档</source>
        <translation>Visit parties after an agreement takes effect to check performance; urge performance where needed; close and archive when all is done</translation>
    </message>
    <message>
        <source>只看我的案件</source>
        <translation>My cases only</translation>
    </message>
    <message>
        <source>包括已完成的回访</source>
        <translation>Include completed visits</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>应回访日期</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>回访事由</source>
        <translation>Reason for visit</translation>
    </message>
    <message>
        <source>回访列表</source>
        <translation>Follow-up list</translation>
    </message>
    <message>
        <source>记录回访</source>
        <translation>Record visit</translation>
    </message>
    <message>
        <source>请选择履行情况</source>
        <translation>Choose what was performed</translation>
    </message>
    <message>
        <source>未询问</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>回访时间</source>
        <translation>Visited at</translation>
    </message>
    <message>
        <source>回访方式</source>
        <translation>Visit method</translation>
    </message>
    <message>
        <source>被回访人</source>
        <translation>Person visited</translation>
    </message>
    <message>
        <source>履行情况</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>当事人满意度</source>
        <translation>Party satisfaction</translation>
    </message>
    <message>
        <source>是否另行起诉</source>
        <translation>Went to court</translation>
    </message>
    <message>
        <source>有无激化或隐患</source>
        <translation>Escalation or risk</translation>
    </message>
    <message>
        <source>采取的措施</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <source>免予回访原因</source>
        <translation>Reason for waiving</translation>
    </message>
    <message>
        <source>免予回访</source>
        <translation>Waive visit</translation>
    </message>
    <message>
        <source>督促履行</source>
        <translation>Urge performance</translation>
    </message>
    <message>
        <source>添加履行凭证</source>
        <translation>Add proof of performance</translation>
    </message>
    <message>
        <source>出具回访记录</source>
        <translation>Issue follow-up record</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>立卷归档</source>
        <translation>Archive case file</translation>
    </message>
    <message>
        <source>正在读取回访…</source>
        <translation>Loading follow-ups…</translation>
    </message>
    <message>
        <source>已回访：{p}</source>
        <translation>Visited: {p}</translation>
    </message>
    <message>
        <source>逾期 {n} 天</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>共 {n} 条，其中逾期 {o} 条</source>
        <translation>{n} visits, {o} overdue</translation>
    </message>
    <message>
        <source>请在左侧选择一条回访。</source>
        <translation>Select a visit on the left.</translation>
    </message>
    <message>
        <source>{number}&#x3000;{parties}&#x3000;应回访：{due}</source>
        <translation>{number}  {parties}  due: {due}</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>回访已记录。</source>
        <translation>Visit recorded.</translation>
    </message>
    <message>
        <source>已免予回访。</source>
        <translation>Visit waived.</translation>
    </message>
    <message>
        <source>保存督促履行通知书</source>
        <translation>Save the performance reminder notice</translation>
    </message>
    <message>
        <source>已记录督促履行，通知书已保存到 {p}</source>
        <translation>Reminder recorded; the notice was saved to {p}</translation>
    </message>
    <message>
        <source>已记录督促履行。</source>
        <translation>Reminder recorded.</translation>
    </message>
    <message>
        <source>选择履行凭证</source>
        <translation>Choose proof of performance</translation>
    </message>
    <message>
        <source>履行凭证已添加。</source>
        <translation>Proof of performance added.</translation>
    </message>
    <message>
        <source>已结案。</source>
        <translation>Case closed.</translation>
    </message>
    <message>
        <source>已立卷归档；卷宗可在“文书”页打印。</source>
        <translation>Case archived; print the case file on the Documents page.</translation>
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
    <name>InvestigationDialog</name>
    <message>
        <source>修改调查记录</source>
        <translation>Correct investigation record</translation>
    </message>
    <message>
        <source>登记调查记录</source>
        <translation>Record an investigation</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>例如：被申请人公司会议室</source>
        <translation>e.g. the respondent company&apos;s meeting room</translation>
    </message>
    <message>
        <source>（非本案当事人）</source>
        <translation>(not a party to the case)</translation>
    </message>
    <message>
        <source>性别、单位或住址、联系方式</source>
        <translation>Gender, employer or address, contact</translation>
    </message>
    <message>
        <source>多人用顿号“、”分隔，例如：钱某（公司财务）</source>
        <translation>Separate several people with “、”, e.g. Qian (company accountant)</translation>
    </message>
    <message>
        <source>添加这组问答</source>
        <translation>Add this question and answer</translation>
    </message>
    <message>
        <source>删除所选问答</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>问</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>答</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>涉及敏感个人信息（仅办案人员可见）</source>
        <translation>Contains sensitive personal information (case team only)</translation>
    </message>
    <message>
        <source>调查时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>调查地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>被调查人是</source>
        <translation>Person questioned is</translation>
    </message>
    <message>
        <source>被调查人</source>
        <translation>Person questioned</translation>
    </message>
    <message>
        <source>被调查人情况</source>
        <translation>About the person questioned</translation>
    </message>
    <message>
        <source>调查人</source>
        <translation>Investigators</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <source>参加人</source>
        <translation>Others present</translation>
    </message>
    <message>
        <source>调查问答</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <source>调查情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>调查开始时间</source>
        <translation>Start of investigation</translation>
    </message>
    <message>
        <source>调查结束时间</source>
        <translation>End of investigation</translation>
    </message>
    <message>
        <source>已记录的问答</source>
        <translation>Recorded questions and answers</translation>
    </message>
    <message>
        <source>错误提示</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存调查记录</source>
        <translation>Save investigation record</translation>
    </message>
    <message>
        <source>请先填写问和答，再添加。</source>
        <translation>Fill in the question and the answer first, then add them.</translation>
    </message>
</context>
<context>
    <name>InvestigationsPanel</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>被调查人</source>
        <translation>Person questioned</translation>
    </message>
    <message>
        <source>调查人</source>
        <translation>Investigators</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <source>问答</source>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <source>调查记录</source>
        <translation>Investigations</translation>
    </message>
    <message>
        <source>调查记录内容</source>
        <translation>Investigation record content</translation>
    </message>
    <message>
        <source>登记调查…</source>
        <translation>Record investigation…</translation>
    </message>
    <message>
        <source>修改所选…</source>
        <translation>Correct selected…</translation>
    </message>
    <message>
        <source>暂无调查记录</source>
        <translation>No investigations recorded</translation>
    </message>
    <message>
        <source>{n}组</source>
        <translation>{n} pairs</translation>
    </message>
    <message>
        <source>人民调解调查记录只根据这里登记的调查出具。</source>
        <translation>The investigation record document is issued only from the investigations recorded here.</translation>
    </message>
    <message>
        <source>调查记录由法治专员、调解员或律师登记。</source>
        <translation>Investigations are recorded by the legal specialist, a mediator or a lawyer.</translation>
    </message>
    <message>
        <source>被调查人：{name}</source>
        <translation>Person questioned: {name}</translation>
    </message>
    <message>
        <source>参加人：{names}</source>
        <translation>Others present: {names}</translation>
    </message>
    <message>
        <source>调查情况：{text}</source>
        <translation>Findings: {text}</translation>
    </message>
    <message>
        <source>附件：{files}</source>
        <translation>Attachments: {files}</translation>
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
        <translation>Unfinished talk sessions</translation>
    </message>
    <message>
        <source>以下话聊尚未记录结果。继续后，已保存的内容、所在阶段和笔录都会恢复。</source>
        <translation>These talk sessions have no outcome recorded yet. Resuming one restores everything saved, its stage and its minutes.</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>所在阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>纠纷简要情况</source>
        <translation>Summary of the dispute</translation>
    </message>
    <message>
        <source>继续所选话聊</source>
        <translation>Resume the selected session</translation>
    </message>
    <message>
        <source>本案话聊</source>
        <translation>Talk sessions of this case</translation>
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
        <translation>Talk sessions of this case</translation>
    </message>
    <message>
        <source>开始新一次话聊…</source>
        <translation>Start a new talk session…</translation>
    </message>
    <message>
        <source>请在“案件”页打开一个已受理的案件，再从这里开始话聊。</source>
        <translation>Open an accepted case on the Cases page, then start a talk session from here.</translation>
    </message>
    <message>
        <source>本案尚无话聊记录</source>
        <translation>No talk sessions for this case yet</translation>
    </message>
    <message>
        <source>继续本案进行中的话聊</source>
        <translation>Resume this case&apos;s session in progress</translation>
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
        <source>正在打开本机数据库…</source>
        <translation>Opening the local database…</translation>
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
        <source>正在打开本机数据库，打开后自动登录…</source>
        <translation>Opening the local database; you will be signed in as soon as it is open…</translation>
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
        <translation>Minutes</translation>
    </message>
    <message>
        <source>笔录条目</source>
        <translation>Minutes entries</translation>
    </message>
    <message>
        <source>尚无笔录。选择发言人（或按 Alt+1…7），输入发言内容后按 Enter。</source>
        <translation>No minutes yet. Choose the speaker (or press Alt+1…7), type what was said and press Enter.</translation>
    </message>
    <message>
        <source>发言人：{name}（{keys}）</source>
        <translation>Speaker: {name} ({keys})</translation>
    </message>
    <message>
        <source>发言内容，按 Enter 添加</source>
        <translation>What was said; Enter adds it</translation>
    </message>
    <message>
        <source>发言内容</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>修改后的内容</source>
        <translation>Corrected text</translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save the change</translation>
    </message>
    <message>
        <source>修改所选条目</source>
        <translation>Edit the selected entry</translation>
    </message>
    <message>
        <source>已向当事人宣读，当事人确认无误</source>
        <translation>Read back; the parties confirm it</translation>
    </message>
    <message>
        <source>宣读确认并关闭笔录</source>
        <translation>Confirm the read-back and close</translation>
    </message>
    <message>
        <source>已宣读确认并关闭</source>
        <translation>Read back and closed</translation>
    </message>
    <message>
        <source>笔录已关闭</source>
        <translation>Minutes closed</translation>
    </message>
    <message>
        <source>更正所选条目</source>
        <translation>Correct the selected entry</translation>
    </message>
    <message>
        <source>（更正第{n}条：{reason}）</source>
        <translation> (correcting entry {n}: {reason})</translation>
    </message>
    <message>
        <source>{name} 发言（Alt+1…7 切换发言人）</source>
        <translation>{name} speaking (Alt+1…7: change speaker)</translation>
    </message>
    <message>
        <source>（正在保存）{name}：{text}</source>
        <translation>(saving) {name}: {text}</translation>
    </message>
    <message>
        <source>更正第{n}条（笔录已关闭，原条目保留，更正将另起一条并注明原因）</source>
        <translation>Correct entry {n} (the minutes are closed: the entry stays, and the correction is added as a new entry with its reason)</translation>
    </message>
    <message>
        <source>修改第{n}条</source>
        <translation>Edit entry {n}</translation>
    </message>
    <message>
        <source>保存更正</source>
        <translation>Save the correction</translation>
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
        <translation>Obligor</translation>
    </message>
    <message>
        <source>权利人</source>
        <translation>Obligee</translation>
    </message>
    <message>
        <source>履行事项</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>履行方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>履行地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>违约责任</source>
        <translation>If breached</translation>
    </message>
    <message>
        <source>记录调解结果 — {number}</source>
        <translation>Record the mediation outcome — {number}</translation>
    </message>
    <message>
        <source>调解结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>记录结果并结束本次话聊</source>
        <translation>Record the outcome and end the session</translation>
    </message>
    <message>
        <source>协议条款</source>
        <translation>Terms of the agreement</translation>
    </message>
    <message>
        <source>逐项填写，内容须明确具体（义务人、权利人、事项、金额、期限、方式、地点、违约责任）。协议书正文稍后在“文书”中生成和签署。</source>
        <translation>Fill in each term clearly and specifically (obligor, obligee, obligation, amount, deadline, method, place, liability for breach). The agreement itself is generated and signed later under Documents.</translation>
    </message>
    <message>
        <source>添加条款</source>
        <translation>Add a term</translation>
    </message>
    <message>
        <source>删除所选条款</source>
        <translation>Remove the selected term</translation>
    </message>
    <message>
        <source>口头协议</source>
        <translation>Oral agreement</translation>
    </message>
    <message>
        <source>协议内容</source>
        <translation>Content of the agreement</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>口头协议自各方当事人达成协议之日起生效（人民调解法第三十条），调解员应当记录协议内容。</source>
        <translation>An oral agreement takes effect on the day the parties reach it (People&apos;s Mediation Law art. 30); the mediator must record its content.</translation>
    </message>
    <message>
        <source>休会</source>
        <translation>Adjournment</translation>
    </message>
    <message>
        <source>下次调解日期</source>
        <translation>Next mediation date</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>调解不成（终止）</source>
        <translation>No agreement (terminated)</translation>
    </message>
    <message>
        <source>选择“其他”时必填</source>
        <translation>Required when &quot;Other&quot; is chosen</translation>
    </message>
    <message>
        <source>终止原因</source>
        <translation>Reason for termination</translation>
    </message>
    <message>
        <source>具体情况</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>请向当事人告知其他救济途径：</source>
        <translation>Tell the parties about the other remedies open to them:</translation>
    </message>
    <message>
        <source>转介其他途径</source>
        <translation>Referral to another route</translation>
    </message>
    <message>
        <source>转介途径</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>信访事项“三到位一处理”审查</source>
        <translation>Petition review: &quot;three in place, one dealt with&quot;</translation>
    </message>
    <message>
        <source>填写落实情况；不适用的写明“不适用”及理由</source>
        <translation>What was done; if it does not apply, write &quot;not applicable&quot; and why</translation>
    </message>
    <message>
        <source>信访来源案件结案前须完成（信访工作条例第二十七条）。</source>
        <translation>Required before a case that came from a petition is closed (Regulations on Petition Work, art. 27).</translation>
    </message>
</context>
<context>
    <name>PanelContent</name>
    <message>
        <source>除“团队摘要”外，本面板内容仅心理咨询师可见，不导出、不打印。仅作筛查与转介提示，不作诊断。</source>
        <translation>Apart from the team summary, this panel is for counsellors only and is never exported or printed. It supports screening and referral; it is not a diagnosis.</translation>
    </message>
    <message>
        <source>需立即进行安全评估</source>
        <translation>Needs safety assessment now</translation>
    </message>
    <message>
        <source>已有咨询记录已加密：请用本人密码（而非 PIN）解锁面板后查看；重置密码或新账号需另一位心理咨询师授权。</source>
        <translation>Existing counselling notes are sealed: unlock the panel with your own password (not the PIN) to read them; after a password reset or for a new account another counsellor must grant access.</translation>
    </message>
    <message>
        <source>{name} 的版本：{text}</source>
        <translation>{name}&apos;s version: {text}</translation>
    </message>
    <message>
        <source>{name} 的版本</source>
        <translation>{name}&apos;s version</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>未评估</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>PHQ-9 筛查…</source>
        <translation>PHQ-9…</translation>
    </message>
    <message>
        <source>GAD-7 筛查…</source>
        <translation>GAD-7…</translation>
    </message>
    <message>
        <source>背靠背记录（单独会谈）</source>
        <translation>Caucus notes (separate meeting)</translation>
    </message>
    <message>
        <source>会谈当事人</source>
        <translation>Party met</translation>
    </message>
    <message>
        <source>背靠背记录</source>
        <translation>Caucus notes</translation>
    </message>
    <message>
        <source>背靠背内容仅调解团队可见，未经该当事人同意不向对方披露。</source>
        <translation>Caucus notes are for the mediation team only and are not disclosed to the other side without this party&apos;s consent.</translation>
    </message>
    <message>
        <source>背靠背 · 与 {party} 单独会谈</source>
        <translation>Caucus · separate meeting with {party}</translation>
    </message>
</context>
<context>
    <name>PartyCombo</name>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>{name}（非本案当事人）</source>
        <translation>{name} (not a party to this case)</translation>
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
        <translation>Fit width</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>尚未生成文书。选择文书类型后点击“生成并预览”。</source>
        <translation>No document generated yet. Choose the document and click &quot;Generate and preview&quot;.</translation>
    </message>
    <message>
        <source>文书预览</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <source>共 {n} 页</source>
        <translation>Pages: {n}</translation>
    </message>
</context>
<context>
    <name>ProfessionalPanel</name>
    <message>
        <source>锁定面板</source>
        <translation>Lock panel</translation>
    </message>
    <message>
        <source>面板已锁定。请{role}本人输入用户名和 PIN 解锁。</source>
        <translation>Panel locked. The {role} unlocks it with their own username and PIN.</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>PIN 或密码</source>
        <translation>PIN or password</translation>
    </message>
    <message>
        <source>解锁面板</source>
        <translation>Unlock panel</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>请输入用户名和 PIN。</source>
        <translation>Enter the username and PIN.</translation>
    </message>
    <message>
        <source>{name} 已解锁 · 离开座位前请锁定</source>
        <translation>Unlocked by {name} · lock it before leaving your seat</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>已保存 {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <source>未能保存：{error}</source>
        <translation>Not saved: {error}</translation>
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
    <name>Punctuation</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{caption}：{value}</source>
        <translation>{caption}: {value}</translation>
    </message>
    <message>
        <source>{text}（{note}）</source>
        <translation>{text} ({note})</translation>
    </message>
</context>
<context>
    <name>RenderPanel</name>
    <message>
        <source>生成文书</source>
        <translation>Generate a document</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>生成并预览</source>
        <translation>Generate and preview</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>打印（供手写签名）</source>
        <translation>Print for signing by hand</translation>
    </message>
    <message>
        <source>签名栏和指印框留空，供当事人手写签名、按指印</source>
        <translation>Signature and fingerprint boxes left empty for the parties to sign and fingerprint by hand</translation>
    </message>
    <message>
        <source>另存为PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>已出具的文书</source>
        <translation>Issued documents</translation>
    </message>
    <message>
        <source>出具记录（双击打开）</source>
        <translation>Issue record (double-click to open)</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>印章</source>
        <translation>Seal</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>无法显示该文件。</source>
        <translation>This file cannot be displayed.</translation>
    </message>
    <message>
        <source>已加盖调解委员会电子印章</source>
        <translation>bears the committee&apos;s electronic seal</translation>
    </message>
    <message>
        <source>供手写签名（签名栏和指印框留空）</source>
        <translation>for signing by hand: signature and fingerprint boxes empty</translation>
    </message>
    <message>
        <source>已盖章</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <source>打印份数：{n} 份（当事人 {p} 方各一份，调解委员会留存一份）</source>
        <translation>Copies: {n} (one for each of the {p} parties, one kept by the committee)</translation>
    </message>
    <message>
        <source>打印份数：{n} 份</source>
        <translation>Copies: {n}</translation>
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
        <translation>{scale} screening (a screening tool, not a diagnosis)</translation>
    </message>
    <message>
        <source>过去两周里，以下情况出现的频率？请逐项询问当事人并选择。结果仅作筛查参考，不构成诊断；如有需要，建议转介医疗机构。</source>
        <translation>Over the last two weeks, how often has the party been bothered by the following? Ask about each item and choose the answer. The result is for screening only and is not a diagnosis; refer to a medical provider where needed.</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>记录筛查结果</source>
        <translation>Record the result</translation>
    </message>
    <message>
        <source>⚠ 第9项阳性（有伤害自己的念头）：请立即进行安全评估，不要让当事人独处；必要时联系家属、转介医疗机构或报警。此为筛查提示，非诊断。</source>
        <translation>⚠ Item 9 positive (thoughts of self-harm): carry out a safety assessment now and do not leave the party alone; if needed, contact the family, refer to a medical provider or call the police. This is a screening alert, not a diagnosis.</translation>
    </message>
    <message>
        <source>总分 {total}，{band}（筛查结果，非诊断）</source>
        <translation>Total {total}, {band} (screening result, not a diagnosis)</translation>
    </message>
    <message>
        <source>已答 {n}/{of} 项 · 当前总分 {total}，{band}（未答完，仅供参考）</source>
        <translation>{n}/{of} answered · total so far {total}, {band} (incomplete, for reference only)</translation>
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
        <translation>Law, reason and emotion: counsellor, mediator and lawyer mediate together</translation>
    </message>
    <message>
        <source>锁定全部面板</source>
        <translation>Lock all panels</translation>
    </message>
    <message>
        <source>记录结果…</source>
        <translation>Record outcome…</translation>
    </message>
    <message>
        <source>话聊列表</source>
        <translation>Session list</translation>
    </message>
    <message>
        <source>会话计时</source>
        <translation>Session time</translation>
    </message>
    <message>
        <source>本阶段</source>
        <translation>This stage</translation>
    </message>
    <message>
        <source>正在打开话聊…</source>
        <translation>Opening the talk session…</translation>
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
        <translation>session {n}: {outcome} ({span})</translation>
    </message>
    <message>
        <source>本案此前：{h}</source>
        <translation>Earlier in this case: {h}</translation>
    </message>
    <message>
        <source>{number} · 第{n}次话聊</source>
        <translation>{number} · talk session {n}</translation>
    </message>
    <message>
        <source>公开调解</source>
        <translation>Public mediation</translation>
    </message>
    <message>
        <source>不公开调解</source>
        <translation>Private mediation</translation>
    </message>
    <message>
        <source>心理风险：{level}</source>
        <translation>Psychological risk: {level}</translation>
    </message>
    <message>
        <source>心理咨询师团队摘要：{s}</source>
        <translation>Counsellor&apos;s team summary: {s}</translation>
    </message>
    <message>
        <source>本次话聊已结束，内容只读。</source>
        <translation>This talk session has ended; its content is read-only.</translation>
    </message>
    <message>
        <source>请先完成开场告知：{items}。</source>
        <translation>First complete the opening notice: {items}.</translation>
    </message>
    <message>
        <source>背靠背进行中：{party}</source>
        <translation>Caucus in progress: {party}</translation>
    </message>
    <message>
        <source>已记录本次话聊结果，案件状态已更新。</source>
        <translation>The outcome of the session is recorded and the case status updated.</translation>
    </message>
</context>
<context>
    <name>SessionVocab</name>
    <message>
        <source>准备</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>开场告知</source>
        <translation>Opening notice</translation>
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
        <translation>Negotiation</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>核对到场当事人及身份</source>
        <translation>Parties present and their identity checked</translation>
    </message>
    <message>
        <source>核对代理人授权委托书</source>
        <translation>Agents&apos; powers of attorney checked</translation>
    </message>
    <message>
        <source>回避情况已核查</source>
        <translation>Recusal checked</translation>
    </message>
    <message>
        <source>调解室已准备</source>
        <translation>Room prepared</translation>
    </message>
    <message>
        <source>已征询是否公开调解</source>
        <translation>Parties asked whether the mediation is public</translation>
    </message>
    <message>
        <source>已告知当事人权利义务</source>
        <translation>Parties told their rights and obligations</translation>
    </message>
    <message>
        <source>当事人同意调解</source>
        <translation>Parties consent to mediation</translation>
    </message>
    <message>
        <source>当事人同意心理咨询师参与</source>
        <translation>Parties consent to the counsellor taking part</translation>
    </message>
    <message>
        <source>当事人同意录音录像（如有）</source>
        <translation>Parties consent to audio/video recording (if any)</translation>
    </message>
    <message>
        <source>已就敏感个人信息取得单独同意</source>
        <translation>Separate consent for sensitive personal information</translation>
    </message>
    <message>
        <source>已评估情绪状态</source>
        <translation>Emotional state assessed</translation>
    </message>
    <message>
        <source>已进行情绪疏导</source>
        <translation>De-escalation done</translation>
    </message>
    <message>
        <source>已完成风险筛查</source>
        <translation>Risk screening done</translation>
    </message>
    <message>
        <source>已发布团队摘要</source>
        <translation>Team summary published</translation>
    </message>
    <message>
        <source>已听取各方陈述</source>
        <translation>Each side&apos;s account heard</translation>
    </message>
    <message>
        <source>已梳理无争议事实</source>
        <translation>Undisputed facts set out</translation>
    </message>
    <message>
        <source>已列明争议焦点</source>
        <translation>Points in dispute listed</translation>
    </message>
    <message>
        <source>已分析各方利益诉求</source>
        <translation>Interests of each side analysed</translation>
    </message>
    <message>
        <source>已释明法律依据</source>
        <translation>Legal basis explained</translation>
    </message>
    <message>
        <source>已进行风险提示</source>
        <translation>Risks pointed out</translation>
    </message>
    <message>
        <source>已比较各解纷途径的时间与成本</source>
        <translation>Time and cost of each route compared</translation>
    </message>
    <message>
        <source>已形成可选方案</source>
        <translation>Options drawn up</translation>
    </message>
    <message>
        <source>已记录各方报价与还价</source>
        <translation>Offers and counter-offers recorded</translation>
    </message>
    <message>
        <source>背靠背沟通（如需要）</source>
        <translation>Caucus (if needed)</translation>
    </message>
    <message>
        <source>已记录调解结果</source>
        <translation>Outcome recorded</translation>
    </message>
    <message>
        <source>笔录已向当事人宣读并确认</source>
        <translation>Minutes read back and confirmed by the parties</translation>
    </message>
    <message>
        <source>达成书面协议</source>
        <translation>Written agreement</translation>
    </message>
    <message>
        <source>达成部分协议</source>
        <translation>Partial agreement</translation>
    </message>
    <message>
        <source>达成口头协议</source>
        <translation>Oral agreement</translation>
    </message>
    <message>
        <source>休会，择期继续</source>
        <translation>Adjourned, to be continued</translation>
    </message>
    <message>
        <source>调解不成（终止）</source>
        <translation>No agreement (terminated)</translation>
    </message>
    <message>
        <source>转介其他途径</source>
        <translation>Referral to another route</translation>
    </message>
    <message>
        <source>调解不成的，当事人可以依法通过仲裁、行政、司法等途径维护自己的权利：劳动争议可向劳动人事争议仲裁委员会申请仲裁（时效一年）；合同等民事纠纷可向人民法院提起诉讼（可网上立案）；涉及行政管理事项的，可向有关行政机关申请处理。</source>
        <translation>If mediation fails, the parties may protect their rights by law through arbitration, administrative or judicial channels: a labour dispute can go to the labour and personnel dispute arbitration commission (limitation period: one year); a contract or other civil dispute can be brought before the people&apos;s court (cases can be filed online); a matter of administrative management can be put to the competent administrative authority.</translation>
    </message>
    <message>
        <source>诉求合理的解决问题到位</source>
        <translation>Reasonable demand: problem solved</translation>
    </message>
    <message>
        <source>诉求无理的思想教育到位</source>
        <translation>Unreasonable demand: explained and persuaded</translation>
    </message>
    <message>
        <source>生活困难的帮扶救助到位</source>
        <translation>Hardship: help and relief given</translation>
    </message>
    <message>
        <source>行为违法的依法处理</source>
        <translation>Unlawful conduct: dealt with by law</translation>
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
        <translation>Counsellor</translation>
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
        <translation>Invitee</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <source>做事时提不起劲或没有兴趣</source>
        <translation>Little interest or pleasure in doing things</translation>
    </message>
    <message>
        <source>感到心情低落、沮丧或绝望</source>
        <translation>Feeling down, depressed, or hopeless</translation>
    </message>
    <message>
        <source>入睡困难、睡不安稳或睡眠过多</source>
        <translation>Trouble falling or staying asleep, or sleeping too much</translation>
    </message>
    <message>
        <source>感觉疲倦或没有活力</source>
        <translation>Feeling tired or having little energy</translation>
    </message>
    <message>
        <source>食欲不振或吃太多</source>
        <translation>Poor appetite or overeating</translation>
    </message>
    <message>
        <source>觉得自己很糟，或觉得自己很失败，或让自己或家人失望</source>
        <translation>Feeling bad about yourself, or that you are a failure or have let yourself or your family down</translation>
    </message>
    <message>
        <source>对事物专注有困难，例如阅读报纸或看电视时</source>
        <translation>Trouble concentrating on things, such as reading the newspaper or watching television</translation>
    </message>
    <message>
        <source>动作或说话速度缓慢到别人已经觉察，或正好相反，烦躁或坐立不安</source>
        <translation>Moving or speaking so slowly that other people could have noticed, or the opposite: being so fidgety or restless that you have been moving around a lot more than usual</translation>
    </message>
    <message>
        <source>有不如死掉或用某种方式伤害自己的念头</source>
        <translation>Thoughts that you would be better off dead, or of hurting yourself in some way</translation>
    </message>
    <message>
        <source>感觉紧张、焦虑或急切</source>
        <translation>Feeling nervous, anxious, or on edge</translation>
    </message>
    <message>
        <source>不能够停止或控制担忧</source>
        <translation>Not being able to stop or control worrying</translation>
    </message>
    <message>
        <source>对各种各样的事情担忧过多</source>
        <translation>Worrying too much about different things</translation>
    </message>
    <message>
        <source>很难放松下来</source>
        <translation>Trouble relaxing</translation>
    </message>
    <message>
        <source>由于不安而无法静坐</source>
        <translation>Being so restless that it is hard to sit still</translation>
    </message>
    <message>
        <source>变得容易烦恼或急躁</source>
        <translation>Becoming easily annoyed or irritable</translation>
    </message>
    <message>
        <source>感到似乎将有可怕的事情发生而害怕</source>
        <translation>Feeling afraid, as if something awful might happen</translation>
    </message>
    <message>
        <source>完全不会</source>
        <translation>Not at all</translation>
    </message>
    <message>
        <source>好几天</source>
        <translation>Several days</translation>
    </message>
    <message>
        <source>一半以上的天数</source>
        <translation>More than half the days</translation>
    </message>
    <message>
        <source>几乎每天</source>
        <translation>Nearly every day</translation>
    </message>
    <message>
        <source>极轻微</source>
        <translation>minimal</translation>
    </message>
    <message>
        <source>轻度</source>
        <translation>mild</translation>
    </message>
    <message>
        <source>中度</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>中重度</source>
        <translation>moderately severe</translation>
    </message>
    <message>
        <source>重度</source>
        <translation>severe</translation>
    </message>
    <message>
        <source>情绪状态</source>
        <translation>Emotional state</translation>
    </message>
    <message>
        <source>已采用的疏导方法</source>
        <translation>De-escalation methods used</translation>
    </message>
    <message>
        <source>自伤/自杀风险</source>
        <translation>Risk of self-harm or suicide</translation>
    </message>
    <message>
        <source>伤害他人风险</source>
        <translation>Risk of harm to others</translation>
    </message>
    <message>
        <source>民转刑/事态升级风险</source>
        <translation>Risk of escalation (civil to criminal)</translation>
    </message>
    <message>
        <source>家庭暴力迹象</source>
        <translation>Signs of domestic violence</translation>
    </message>
    <message>
        <source>转介建议（医疗机构等）</source>
        <translation>Referral advice (medical providers etc.)</translation>
    </message>
    <message>
        <source>过程记录（仅心理咨询师可见）</source>
        <translation>Process notes (counsellors only)</translation>
    </message>
    <message>
        <source>团队摘要（团队可见）</source>
        <translation>Team summary (visible to the team)</translation>
    </message>
    <message>
        <source>申请人陈述</source>
        <translation>Applicant&apos;s account</translation>
    </message>
    <message>
        <source>被申请人陈述</source>
        <translation>Respondent&apos;s account</translation>
    </message>
    <message>
        <source>无争议事实</source>
        <translation>Undisputed facts</translation>
    </message>
    <message>
        <source>争议焦点</source>
        <translation>Points in dispute</translation>
    </message>
    <message>
        <source>各方利益诉求</source>
        <translation>Interests of each side</translation>
    </message>
    <message>
        <source>可选方案</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>报价与还价</source>
        <translation>Offers and counter-offers</translation>
    </message>
    <message>
        <source>法律依据（含法条引用）</source>
        <translation>Legal basis (with citations)</translation>
    </message>
    <message>
        <source>风险提示</source>
        <translation>Risk warnings</translation>
    </message>
    <message>
        <source>解纷途径比较（调解/仲裁/诉讼/司法确认的时间与成本）</source>
        <translation>Routes compared (time and cost of mediation, arbitration, litigation, judicial confirmation)</translation>
    </message>
    <message>
        <source>情 · 心理咨询师</source>
        <translation>Emotion · Counsellor</translation>
    </message>
    <message>
        <source>理 · 调解员</source>
        <translation>Reason · Mediator</translation>
    </message>
    <message>
        <source>法 · 律师</source>
        <translation>Law · Lawyer</translation>
    </message>
    <message>
        <source>一方当事人明确拒绝调解</source>
        <translation>A party clearly refuses mediation</translation>
    </message>
    <message>
        <source>当事人自行和解，撤回调解申请</source>
        <translation>The parties settled and withdrew the application</translation>
    </message>
    <message>
        <source>在调解期限内无法联系到当事人</source>
        <translation>A party could not be reached within the mediation period</translation>
    </message>
    <message>
        <source>一方当事人明确表示不愿意继续调解</source>
        <translation>A party clearly stated they will not continue the mediation</translation>
    </message>
    <message>
        <source>当事人分歧较大且难以达成调解协议</source>
        <translation>The parties are too far apart to reach an agreement</translation>
    </message>
    <message>
        <source>调解期限届满未达成协议，且各方未同意延长</source>
        <translation>The mediation period ended without agreement and the parties did not agree to extend it</translation>
    </message>
    <message>
        <source>一方当事人拒绝在调解协议上签字</source>
        <translation>A party refused to sign the mediation agreement</translation>
    </message>
    <message>
        <source>当事人捏造事实、伪造证据或隐瞒真实情况</source>
        <translation>A party fabricated facts, forged evidence or concealed the truth</translation>
    </message>
    <message>
        <source>当事人恶意串通，可能损害他人合法权益</source>
        <translation>The parties colluded in bad faith, possibly harming the lawful rights of others</translation>
    </message>
    <message>
        <source>其他导致调解无法进行的情形</source>
        <translation>Other circumstances that prevent mediation</translation>
    </message>
    <message>
        <source>仲裁</source>
        <translation>Arbitration</translation>
    </message>
    <message>
        <source>网上立案</source>
        <translation>Online case filing</translation>
    </message>
    <message>
        <source>赋强公证</source>
        <translation>Notarisation with enforcement effect</translation>
    </message>
    <message>
        <source>支付令</source>
        <translation>Payment order</translation>
    </message>
    <message>
        <source>信访事项办理</source>
        <translation>Petition handling</translation>
    </message>
    <message>
        <source>诉讼</source>
        <translation>Litigation</translation>
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
        <translation>Signature pad</translation>
    </message>
    <message>
        <source>用手写笔、手指或鼠标在此处签名</source>
        <translation>Sign here with a stylus, a finger or the mouse</translation>
    </message>
    <message>
        <source>请在横线上方签名</source>
        <translation>Sign above the line</translation>
    </message>
    <message>
        <source>撤销一笔</source>
        <translation>Undo stroke</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>清除重签</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>保存签名</source>
        <translation>Save signature</translation>
    </message>
    <message>
        <source>签名为空，请先签名再保存。</source>
        <translation>The signature is empty: sign first, then save.</translation>
    </message>
</context>
<context>
    <name>SigningPanel</name>
    <message>
        <source>签名栏</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>签名顺序</source>
        <translation>Signing order</translation>
    </message>
    <message>
        <source>纸质协议书为每位当事人留有签名栏和指印框：请当事人在纸质文本上签名并按指印，由调解员、记录人签名后加盖调解委员会实物印章。</source>
        <translation>The paper agreement has a signature and a fingerprint box for each party: the parties sign and fingerprint the paper copy, then the mediator and the recorder sign and the committee&apos;s physical seal is applied.</translation>
    </message>
    <message>
        <source>打印（供手写签名）</source>
        <translation>Print for signing by hand</translation>
    </message>
    <message>
        <source>在屏幕上签名</source>
        <translation>Sign on screen</translation>
    </message>
    <message>
        <source>第一位签名后，协议内容即锁定，不能再修改。</source>
        <translation>Once the first person signs, the content of the agreement is locked.</translation>
    </message>
    <message>
        <source>加盖调解委员会印章</source>
        <translation>Apply the committee seal</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>另存为PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>电子印章（PAdES）证明文件自盖章后未被改动；屏幕签名图像本身不是可靠电子签名，经手写签名、按指印并盖实物印章的纸质文本仍为法律原件。</source>
        <translation>The electronic seal (PAdES) proves that the file has not changed since it was sealed. An on-screen signature image is not in itself a reliable electronic signature: the paper copy signed by hand, fingerprinted and stamped with the physical seal remains the legal original.</translation>
    </message>
    <message>
        <source>已签名</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>待签名</source>
        <translation>To sign</translation>
    </message>
    <message>
        <source>{who}，{state}</source>
        <translation>{who}, {state}</translation>
    </message>
    <message>
        <source>本案尚无书面调解协议。</source>
        <translation>No written mediation agreement for this case yet.</translation>
    </message>
    <message>
        <source>已加盖调解委员会印章，协议已生效。</source>
        <translation>The committee seal is applied; the agreement is in effect.</translation>
    </message>
    <message>
        <source>还差 {n} 个签名：{who}。全部签名后才能盖章。</source>
        <translation>{n} signature(s) missing: {who}. The seal can be applied once everyone has signed.</translation>
    </message>
    <message>
        <source>全部签名已完成，可以加盖调解委员会印章。</source>
        <translation>All signatures are in; the committee seal can be applied.</translation>
    </message>
    <message>
        <source>SHA-256：{sha}</source>
        <translation>SHA-256: {sha}</translation>
    </message>
    <message>
        <source>请在左侧选择签名栏</source>
        <translation>Choose a signature on the left</translation>
    </message>
    <message>
        <source>全部签名已完成，协议已加盖调解委员会印章。</source>
        <translation>All signatures are in and the committee seal is applied.</translation>
    </message>
    <message>
        <source>{who} 已签名。如需重签，请在下方重新签写并保存（将替换原签名）。</source>
        <translation>{who} has signed. To sign again, sign below and save (this replaces the earlier signature).</translation>
    </message>
    <message>
        <source>请 {who} 在下方签名</source>
        <translation>{who}: please sign below</translation>
    </message>
    <message>
        <source>如需更正，请在“协议书”页新建更正版本，再重新签署。</source>
        <translation>To correct it, create a corrected version on the Agreement tab and sign again.</translation>
    </message>
    <message>
        <source>请先在左侧选择签名栏。</source>
        <translation>First choose a signature on the left.</translation>
    </message>
</context>
<context>
    <name>StageBar</name>
    <message>
        <source>第{n}阶段：{name}</source>
        <translation>Stage {n}: {name}</translation>
    </message>
    <message>
        <source>开场告知完成后，方可进入后续阶段</source>
        <translation>The later stages open once the opening notice is complete</translation>
    </message>
    <message>
        <source>✓ 已完成</source>
        <translation>✓ Done</translation>
    </message>
    <message>
        <source>待开场告知</source>
        <translation>After opening notice</translation>
    </message>
    <message>
        <source>当前阶段</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>用时 {t}</source>
        <translation>Time spent {t}</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>StartSessionDialog</name>
    <message>
        <source>开始话聊</source>
        <translation>Start talk session</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>到场人员</source>
        <translation>Who is present</translation>
    </message>
    <message>
        <source>到场当事人</source>
        <translation>Parties present</translation>
    </message>
    <message>
        <source>每行一人，例如：李律师（张三的委托代理人）</source>
        <translation>One per line, e.g. Lawyer Li (agent of Zhang San)</translation>
    </message>
    <message>
        <source>每行一人，例如：王五（社区网格员）</source>
        <translation>One per line, e.g. Wang Wu (community grid worker)</translation>
    </message>
    <message>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>邀请参与人</source>
        <translation>Invited participants</translation>
    </message>
    <message>
        <source>话聊团队与调解室</source>
        <translation>Talk team and room</translation>
    </message>
    <message>
        <source>主持调解员</source>
        <translation>Presiding mediator</translation>
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
        <translation>Private</translation>
    </message>
    <message>
        <source>公开调解</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>是否公开</source>
        <translation>Public or private</translation>
    </message>
    <message>
        <source>是否公开调解由当事人决定（人民调解法第二十三条）。</source>
        <translation>The parties decide whether the mediation is public (People&apos;s Mediation Law art. 23).</translation>
    </message>
    <message>
        <source>回避核查</source>
        <translation>Recusal check</translation>
    </message>
    <message>
        <source>调解人员与当事人有亲属或其他利害关系的，应当回避：请更换人员；当事人书面表示不要求回避的，记录放弃。</source>
        <translation>A team member who is related to a party or has another conflict of interest must step aside: replace them, or, if the parties state in writing that they do not require recusal, record the waiver.</translation>
    </message>
    <message>
        <source>登记利害关系…</source>
        <translation>Declare a conflict of interest…</translation>
    </message>
    <message>
        <source>当事人已书面表示不要求回避（放弃回避）</source>
        <translation>The parties have stated in writing that they do not require recusal (waiver)</translation>
    </message>
    <message>
        <source>{number} · 第{n}次话聊</source>
        <translation>{number} · talk session {n}</translation>
    </message>
    <message>
        <source>{agent}（{party}的代理人）</source>
        <translation>{agent} (agent of {party})</translation>
    </message>
    <message>
        <source>（不参加）</source>
        <translation>(not taking part)</translation>
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
    <name>StatisticsPage</name>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>化解率、调解成功率和各类统计，分母写在数字旁边；双击或回车查看所含案件</source>
        <translation>Resolution and success rates and breakdowns, each with its denominator; double-click or press Enter to see the cases</translation>
    </message>
    <message>
        <source>统计开始日期</source>
        <translation>Period start</translation>
    </message>
    <message>
        <source>统计结束日期</source>
        <translation>Period end</translation>
    </message>
    <message>
        <source>全部调解室</source>
        <translation>All rooms</translation>
    </message>
    <message>
        <source>全部调解员</source>
        <translation>All mediators</translation>
    </message>
    <message>
        <source>全部纠纷类型</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部来源</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>调解室</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>纠纷类型</source>
        <translation>Dispute category</translation>
    </message>
    <message>
        <source>案件来源</source>
        <translation>Case source</translation>
    </message>
    <message>
        <source>导出Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>月度报告PDF</source>
        <translation>Monthly report PDF</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>主要指标</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>分子/分母</source>
        <translation>Numerator/denominator</translation>
    </message>
    <message>
        <source>口径</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>月度趋势图</source>
        <translation>Monthly trend chart</translation>
    </message>
    <message>
        <source>纠纷类型分布图</source>
        <translation>Category breakdown chart</translation>
    </message>
    <message>
        <source>分类统计</source>
        <translation>Breakdowns</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Computing figures…</translation>
    </message>
    <message>
        <source>统计期间 {a} 至 {b}：登记 {n} 件；化解率和调解成功率的分母为办结件数，不含仍在办理中的 {p} 件。</source>
        <translation>Period {a} to {b}: {n} cases registered; the resolution and success rates divide by concluded cases, excluding {p} still in progress.</translation>
    </message>
    <message>
        <source>{n} 件</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <source>涉及金额</source>
        <translation>Amount involved</translation>
    </message>
    <message>
        <source>登记案件涉案金额合计（元）</source>
        <translation>Total amount of registered cases (CNY)</translation>
    </message>
    <message>
        <source>协议涉及金额</source>
        <translation>Amount in agreements</translation>
    </message>
    <message>
        <source>已化解案件涉案金额合计（元）</source>
        <translation>Total amount of resolved cases (CNY)</translation>
    </message>
    <message>
        <source>{n} 件 {p} 人</source>
        <translation>{n} cases, {p} persons</translation>
    </message>
    <message>
        <source>{d} 天</source>
        <translation>{d} days</translation>
    </message>
    <message>
        <source>平均调解时长</source>
        <translation>Average duration</translation>
    </message>
    <message>
        <source>重复来访当事人</source>
        <translation>Repeat visitors</translation>
    </message>
    <message>
        <source>{n} 人</source>
        <translation>{n} persons</translation>
    </message>
    <message>
        <source>回车或双击查看所含案件</source>
        <translation>Press Enter or double-click to see the cases</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>占比</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{title}（分母 {n} 件）</source>
        <translation>{title} (of {n})</translation>
    </message>
    <message>
        <source>月度登记与化解件数</source>
        <translation>Cases registered and resolved per month</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>化解</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>纠纷类型（全国统计口径）</source>
        <translation>Categories (national classification)</translation>
    </message>
    <message>
        <source>，前6类</source>
        <translation>, top 6</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已保存到 {p}</source>
        <translation>Saved to {p}</translation>
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
        <translation>Payment</translation>
    </message>
    <message>
        <source>履行行为</source>
        <translation>Act to perform</translation>
    </message>
    <message>
        <source>声明事项</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <source>？</source>
        <translation>?</translation>
    </message>
    <message>
        <source>{amount}元</source>
        <translation>CNY {amount}</translation>
    </message>
    <message>
        <source>{d}前</source>
        <translation>by {d}</translation>
    </message>
    <message>
        <source>（未填写内容）</source>
        <translation>(nothing filled in)</translation>
    </message>
    <message>
        <source>条款列表</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>添加条款</source>
        <translation>Add a term</translation>
    </message>
    <message>
        <source>删除条款</source>
        <translation>Remove term</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>条款内容</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>条款类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>义务人</source>
        <translation>Obligor</translation>
    </message>
    <message>
        <source>权利人</source>
        <translation>Obligee</translation>
    </message>
    <message>
        <source>如：支付拖欠的工资；将房屋钥匙交还</source>
        <translation>e.g. pay the wages owed; hand back the house keys</translation>
    </message>
    <message>
        <source>具体内容</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <source>如：30000</source>
        <translation>e.g. 30000</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <source>写明期限</source>
        <translation>Set a deadline</translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>如：银行转账至权利人名下账户</source>
        <translation>e.g. bank transfer to the obligee&apos;s account</translation>
    </message>
    <message>
        <source>履行方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>履行地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>如：逾期未履行的，按未付金额每日万分之五支付违约金</source>
        <translation>e.g. 0.05% of the unpaid sum per day late</translation>
    </message>
    <message>
        <source>违约责任</source>
        <translation>Liability for breach</translation>
    </message>
    <message>
        <source>第{n}项条款</source>
        <translation>Term {n}</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <source>文件完整、印章有效</source>
        <translation>File intact, seal valid</translation>
    </message>
    <message>
        <source>验证未通过：文件没有电子印章</source>
        <translation>Not verified: the file has no electronic seal</translation>
    </message>
    <message>
        <source>验证未通过：文件在盖章后被改动</source>
        <translation>Not verified: the file was changed after it was sealed</translation>
    </message>
    <message>
        <source>验证未通过：盖章后有追加修订</source>
        <translation>Not verified: revisions were added after sealing</translation>
    </message>
    <message>
        <source>验证未通过：盖章后文件末尾被附加了数据</source>
        <translation>Not verified: data was appended to the file after sealing</translation>
    </message>
    <message>
        <source>验证未通过：印章证书不受信任</source>
        <translation>Not verified: the seal&apos;s certificate is not trusted</translation>
    </message>
    <message>
        <source>验证未通过：印章签名无效</source>
        <translation>Not verified: the seal&apos;s signature is invalid</translation>
    </message>
    <message>
        <source>验证未通过：无法读取该文件</source>
        <translation>Not verified: the file cannot be read</translation>
    </message>
    <message>
        <source>核验电子印章</source>
        <translation>Verify the electronic seal</translation>
    </message>
    <message>
        <source>检查一份 PDF 是否由受信任的调解委员会盖章、盖章后是否被改动，并查找本站对应的出具记录。文件只在本机读取，不会上传。</source>
        <translation>Checks whether a PDF was sealed by a trusted mediation committee and has not changed since, and looks up this station&apos;s record of issuing it. The file is only read on this PC; it is never uploaded.</translation>
    </message>
    <message>
        <source>将 PDF 文件拖放到此处</source>
        <translation>Drop a PDF file here</translation>
    </message>
    <message>
        <source>打开PDF文件…</source>
        <translation>Open a PDF file…</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>盖章单位</source>
        <translation>Sealed by</translation>
    </message>
    <message>
        <source>盖章时间</source>
        <translation>Sealed at</translation>
    </message>
    <message>
        <source>出具记录</source>
        <translation>Issue record</translation>
    </message>
    <message>
        <source>正在验证 {name}…</source>
        <translation>Verifying {name}…</translation>
    </message>
    <message>
        <source>{name}（{size} 字节）</source>
        <translation>{name} ({size} bytes)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>本站出具的{title}（编号 {number}，案件 {case}）</source>
        <translation>{title} issued by this station (no. {number}, case {case})</translation>
    </message>
    <message>
        <source>本站没有出具过与此文件逐字节一致的文书。</source>
        <translation>This station has issued no document identical to this file, byte for byte.</translation>
    </message>
    <message>
        <source>{headline}。{reason}</source>
        <translation>{headline}. {reason}</translation>
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
        <source>记录人</source>
        <translation>Recorder</translation>
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
