/**
 * JSON Schema (draft 2020-12) of a campaign file: the single source of truth
 * for the format. Every field carries a Chinese description so that an editor
 * with the YAML language server offers completion and help
 * (`gongwen schema` writes it out as JSON).
 */
import { PARAGRAPH_PATTERN } from './blank-line';

const text = (description: string) => ({ type: 'string', minLength: 1, pattern: '\\S', description });
/** A paragraph of the body: text, or only full-width spaces (　), a blank line kept on the grid (blank-line.ts). */
const paragraphText = (description: string) => ({ type: 'string', minLength: 1, pattern: PARAGRAPH_PATTERN, description });
const date = (description: string) => ({
  type: 'string',
  format: 'date',
  description: `${description}（格式 YYYY-MM-DD，如 2023-09-01）`,
});
const filePath = (description: string) => ({
  type: 'string',
  minLength: 1,
  description: `${description}（相对于本 YAML 文件所在文件夹的路径）`,
});
const textList = (description: string, item: string) => ({
  type: 'array',
  minItems: 1,
  items: text(item),
  description,
});

export const campaignSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://gongwen.invalid/campaign.schema.json',
  title: '公文活动文件（campaign）',
  description: '一份 YAML 描述一件公文：版头、主体、附件、版记。编号与附件引用自动生成。',
  type: 'object',
  required: ['kind', 'year', 'issuers'],
  additionalProperties: false,
  properties: {
    kind: {
      enum: ['notice', 'forward', 'plan', 'joint'],
      description:
        '文种：notice 本机关通知；forward 转发通知（转发上级通知并提出要求）；plan 独立的活动方案；joint 多机关联合行文的通知',
    },
    status: { enum: ['draft', 'final'], description: '状态：draft 草稿（PDF 加“草稿”水印）；final 正式' },
    label: {
      type: 'string',
      pattern: '^附件[0-9]*$',
      description: '本文件是另一件公文的附件时（如随通知印发的活动方案），首页第一行左上角的附件标识，如 附件1',
    },
    year: { type: 'integer', minimum: 1949, maximum: 2100, description: '活动年份，如 2023' },
    theme: text('活动主题；词组之间如需空一格，请用全角空格“　”'),
    scope: text('活动范围，用于自动生成标题，如“福建省”“全国”'),
    activity: text('活动名称，按标题中的写法连同引号照写，如 质量提升行动、“安全生产月”活动；用于自动生成标题（……关于开展2024年××市质量提升行动的通知）；省略时为“质量月”活动'),
    forwards: text('转发通知时，被转发通知所在附件的 id'),
    forwardSentence: text(
      '转发通知开头的转发语，代替自动生成的“现将《被转发通知标题》（文号）（以下简称《通知》，见附件）转发给你们。”一句：自动生成的一句在 PDF 中有字距拉开的行（build 会提示）或要换个说法时，照录被转发通知的标题和文号自己写，可用 {{ref:附件id}}；开头段 opening 仍接在其后',
    ),
    publishes: text('印发通知时，被印发的文件（如活动方案）所在附件的 id；省略 title 时标题生成为“……关于印发《附件标题》的通知”'),
    deadline: date('材料报送截止日期；正文中用 {{deadline}} 引用'),
    keywords: textList('文档属性中的关键词', '关键词'),
    ...noticeProperties('标题；省略时按文种模板生成。写在一行时按词意完整、梯形或菱形自动断行；要自己断行时用 title: |- 分几行写，每行是标题的一行'),
    addresseeUnits: {
      type: 'object',
      additionalProperties: { $ref: '#/$defs/addresseeGroup' },
      description:
        '泛指多个单位的主送机关具体是哪些单位，汇总统计表时据此核对谁已报送、谁未报送。键照主送机关中印出的写法写（如“各设区市、平潭综合实验区市场监管局”，不论主送机关中写成一个名称还是 items 加 suffix 的一组），值的写法与主送机关的一组相同，如 {items: [福州市, 厦门市, 平潭综合实验区], suffix: 市场监管局}',
    },
  },
  $defs: {
    issuer: {
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      description: '发文机关',
      properties: {
        name: text('发文机关全称，如“福建省质量强省工作领导小组办公室”'),
        short: text('发文机关代字，用于发文字号，如“闽质强省办”'),
        signAs: text('联合行文落款时使用的规范化简称，如“质检总局”'),
      },
    },
    header: {
      type: 'object',
      additionalProperties: false,
      description: '版头（发文机关标志等）；省略则不排版头',
      properties: {
        format: {
          enum: ['standard', 'letter', 'minutes', 'order'],
          description:
            '版头格式：standard 文件格式（默认，GB/T 9704 第7.2条）；letter 信函格式（第10.1条，函常用）：发文机关标志距页面上边缘 30 mm，其下红色双线，发文字号居右，首页不显示页码，版记不印印发机关和印发日期；minutes 纪要格式（第10.3条）：版头印纪要标志（见 mark），不加盖印章，正文后列出出席、请假、列席人员（见 attendance）；order 命令（令）格式（第10.2条）：发文机关标志（见 mark）上边缘距版心上边缘 20 mm，其下空二行居中印令号（见 orderNumber），不印分隔线，令号下空二行排正文，不排标题；落款为签发人职务和签名章（见 signature 的 signers）',
        },
        mark: text('纪要格式的纪要标志，如“寿宁县人民政府专题会议纪要”（省略时为第一个发文机关全称加“会议纪要”）；命令格式的发文机关标志，如“福建省人民政府令”（省略时为第一个发文机关全称加“令”）'),
        orderNumber: { type: 'integer', minimum: 1, maximum: 99999, description: '命令格式的令号，只写数字，如 245，印成“第245号”' },
        wenjian: { type: 'boolean', description: '发文机关标志是否带“文件”二字（信函格式不带）' },
        issuers: textList('发文机关标志中的机关名称（默认为全部发文机关的全称）', '机关名称'),
        copyNumber: {
          type: 'string',
          pattern: '^[0-9]{6}$',
          description: '份号：6 位数字，请加引号，如 "000001"',
        },
        classification: text('密级和保密期限，如“秘密★1年”'),
        urgency: text('紧急程度，如“特急”“加急”'),
        signers: textList(
          '签发人姓名（上报的请示、报告等上行文，GB/T 9704 第7.2.6条）：“签发人：”和姓名居右空一字，发文字号改为居左空一字，与最后一行姓名同行；多人时按发文机关顺序每行两个',
          '签发人姓名',
        ),
      },
    },
    number: {
      type: 'object',
      required: ['year', 'seq'],
      additionalProperties: false,
      description: '发文字号：代字〔年份〕序号号，如 闽质强省办〔2023〕7号',
      properties: {
        prefix: text('机关代字（默认取第一个发文机关的 short）'),
        year: { type: 'integer', minimum: 1949, maximum: 2100, description: '年份，写全，如 2023' },
        seq: { type: 'integer', minimum: 1, maximum: 99999, description: '发文顺序号，不编虚位，如 7' },
      },
    },
    addresseeGroup: byType(
      '一组主送机关。组与组之间用“，”分隔，组内用“、”分隔。可写成一个名称、名称列表，或 {prefix, items, suffix}（如 prefix: 省, items: [法院, 检察院] → 省法院、检察院）',
      {
        string: text('主送机关名称'),
        array: textList('同一组的主送机关', '主送机关名称'),
        object: {
          type: 'object',
          required: ['items'],
          additionalProperties: false,
          properties: {
            prefix: text('组前缀，只加在第一个名称前，如“省”'),
            items: textList('同一组的主送机关', '主送机关名称'),
            suffix: text('组后缀，只加在最后一个名称后，如“市场监管局”'),
          },
        },
      },
    ),
    bodyNode: byType(
      '正文的一项：一段文字（字符串），一个层次 {heading, text, body}，一个表格 {table}，或一张图片 {image}（如报名二维码）。层次序数 一、（一）1.（1）和第五层 ①②③ 按嵌套深度自动生成；heading 与 text 同时出现时为“标题句。正文……”的连排写法；只有 text 时为不带标题的编号段落',
      {
        string: paragraphText('一个自然段；正文中可用 {{ref:附件id}}、{{deadline}}、{{contact}}、{{theme}}、{{year}}；只写全角空格“　”时为一个空行（如留作手写）'),
        object: {
          type: 'object',
          if: { required: ['table'] },
          then: {
            additionalProperties: false,
            description: '表格单独作为一项（- table: …），不与 heading、text 写在同一项；要放在某一层次下，请写进该层次的 body',
            properties: { table: { $ref: '#/$defs/table' } },
          },
          else: {
            if: { required: ['image'] },
            then: {
              additionalProperties: false,
              description: '图片单独作为一项（- image: …），不与 heading、text 写在同一项',
              properties: { image: { $ref: '#/$defs/bodyImage' } },
            },
            else: {
            additionalProperties: false,
            minProperties: 1,
            properties: {
              heading: text('层次标题（不写序数，序数自动生成）'),
              text: text('与标题连排的正文，或无标题的编号段落'),
              body: { type: 'array', items: { $ref: '#/$defs/bodyNode' }, description: '下一层次的内容' },
            },
            },
          },
        },
      },
    ),
    bodyImage: {
      type: 'object',
      required: ['path'],
      additionalProperties: false,
      description: '正文中的一张图片（如报名二维码、活动标志），居中排在上下文之间，按原大或缩到版心宽',
      properties: {
        path: filePath('图片文件（PNG 或 JPEG）'),
        caption: text('图片下的说明，如“报名二维码”'),
      },
    },
    table: {
      type: 'object',
      required: ['rows'],
      additionalProperties: false,
      description:
        '表格，可放在正文、附件正文或被转发通知的正文中任何能放段落的位置。每行写成一个列表，如 [1, 启动仪式, 9月1日, 市市场监管局, 各乡镇]；被上方或左侧合并格占住的位置不写。表格过宽时按 GB/T 9704 第 8 章横排（也可用 orientation 指定横排或竖排）',
      properties: {
        header: {
          type: 'array',
          minItems: 1,
          items: { $ref: '#/$defs/tableRow' },
          description: '表头行（黑体、居中，跨页时在每页重复），可有多行',
        },
        rows: { type: 'array', minItems: 1, items: { $ref: '#/$defs/tableRow' }, description: '表格各行' },
        widths: {
          type: 'array',
          minItems: 1,
          items: { type: 'number', exclusiveMinimum: 0, description: '一列的相对宽度' },
          description: '各列的相对宽度，如 [1, 4, 2, 3, 3]（第二列是第一列的 4 倍宽）；省略时按各列文字多少自动分配：短的列一行写下，长的列分用余下的宽度；按比例排不下两个字或格中的日期、数字的列自动加宽到排得下，其余各列按比例让出',
        },
        align: {
          type: 'array',
          minItems: 1,
          items: { enum: ['left', 'center', 'right'], description: 'left 左对齐；center 居中；right 右对齐' },
          description: '各列正文格的对齐方式，如 [center, left, center, center, left]；省略时全部居中',
        },
        size: { enum: ['small', 'body'], description: '表格文字字号：small 小四号（默认）；body 与正文相同的三号' },
        orientation: {
          enum: ['landscape', 'portrait'],
          description:
            '页面方向：landscape 横排（不论宽窄，表格排在横排页上，表前表后的正文仍竖排）；portrait 竖排（表格过宽也不横排，各列按竖排版心的宽度排窄）；省略时表格过宽（最窄的一列放不下两个字）自动横排（GB/T 9704 第 8 章）',
        },
      },
    },
    tableRow: {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/$defs/tableCell' },
      description: '表格的一行：各格的文字，如 [1, 启动仪式, 9月1日]',
    },
    tableCell: byType('表格的一格：文字或数字，或 {text, rowSpan, colSpan, align}（合并单元格、单独对齐）', {
      string: { type: 'string', description: '格中的文字（可为空 ""）' },
      number: { type: 'number', description: '格中的数字，照写照印' },
      object: {
        type: 'object',
        required: ['text'],
        additionalProperties: false,
        properties: {
          text: { type: 'string', description: '格中的文字（可为空 ""）' },
          rowSpan: { type: 'integer', minimum: 1, maximum: 999, description: '向下合并的行数（含本行），如 2' },
          colSpan: { type: 'integer', minimum: 1, maximum: 99, description: '向右合并的列数（含本列），如 2' },
          align: { enum: ['left', 'center', 'right'], description: '本格的对齐方式：left 左对齐；center 居中；right 右对齐' },
        },
      },
    }),
    contact: {
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      description: '联系方式；在正文或附件中用 {{contact}} 放在需要的位置（只在该处印出一次），否则排在正文末尾',
      properties: {
        name: text('联系人'),
        unit: text('联系人所在单位或处室'),
        phone: text('电话'),
        fax: text('传真'),
        email: text('电子邮箱'),
        address: text('地址'),
        postcode: { type: 'string', pattern: '^[0-9]{6}$', description: '邮政编码，6 位数字，请加引号' },
        labels: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          description: '各项前的称呼，与默认写法不同时才写，如 address: 联系地址、phone: 联系电话',
          properties: {
            name: text('默认“联系人”'),
            phone: text('默认“电话”'),
            fax: text('默认“传真”'),
            email: text('默认“电子邮箱”'),
            address: text('默认“地址”'),
            postcode: text('默认“邮编”'),
          },
        },
      },
    },
    signature: {
      type: 'object',
      required: ['date'],
      additionalProperties: false,
      description: '落款：发文机关署名、成文日期、印章',
      properties: {
        names: textList('署名（默认为发文机关全称；联合行文用规范化简称）', '署名'),
        signers: {
          type: 'array',
          minItems: 1,
          description:
            '命令格式的签发人（GB/T 9704 第7.3.5.4条），代替 names 和 seal；每项写 title（职务）、name（姓名）和 seal（签名章图片，未盖章的稿件省略，印出姓名）：正文下空二行右空四字加盖签名章，签名章左空二字标注职务，签名章下空一行右空四字印成文日期；联合发文时主办机关的签发人在前，每行一人，上下对齐',
          items: {
            type: 'object',
            required: ['title', 'name'],
            additionalProperties: false,
            properties: {
              title: text('签发人职务，写全称，如“省长”“市长”'),
              name: text('签发人姓名；有签名章时由签名章代替，不印文字'),
              seal: filePath('签名章图片（带透明背景的 PNG，按高两行排入）；未盖章的稿件省略，印出姓名'),
            },
          },
        },
        date: date('成文日期'),
        seal: filePath('印章图片（带透明背景的 PNG）'),
        seals: {
          type: 'array',
          minItems: 1,
          items: filePath('一个发文机关的印章图片（带透明背景的 PNG）'),
          description:
            '联合行文加盖印章：每个署名一个印章，按署名顺序排列（GB/T 9704 第7.3.5.1条：印章一一对应、居中下压署名，最后一个印章同时压成文日期，印章之间互不相交或相切）；与 seal 二者只写一个',
        },
        note: text('署名下的说明，如“（福建省市场监督管理局代章）”：发文机关没有印章、由另一机关代为盖章时写，印章压在说明上，同时压署名和成文日期；联合行文各机关各自盖章（seals）时不写'),
        columns: {
          type: 'integer',
          minimum: 1,
          maximum: 4,
          description: '署名分几栏排列，逐行从左到右，如 2；联合行文机关多时使用（排不下一页时自动增加栏数）。只盖一个印章（seal）时，最后一个署名居中排在成文日期之上，印章压在该署名和成文日期上',
        },
      },
    },
    attendance: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      description:
        '纪要的出席、请假、列席人员名单（GB/T 9704 第10.3条）：排在正文或附件说明下空一行，左空二字，“出席：”等用黑体，名单用仿宋，各项之间用顿号，回行时与冒号后的首字对齐',
      properties: {
        present: textList('出席人员，每项写单位和姓名，如“县市场监管局叶志强”“副县长陈丽华”', '出席人员'),
        onLeave: textList('请假人员，如“县财政局郑国平（出差）”', '请假人员'),
        observers: textList('列席人员，如“县政府办公室副主任黄斌”', '列席人员'),
      },
    },
    colophon: {
      type: 'object',
      additionalProperties: false,
      description: '版记：抄送、印发机关和印发日期',
      properties: {
        cc: textList('抄送机关', '抄送机关名称'),
        printer: text('印发机关'),
        printDate: date('印发日期'),
      },
    },
    formRow: {
      type: 'object',
      description: '统计表的一行：一个填报项 {item, unit, type}，或一组 {group, rows}',
      if: { required: ['group'] },
      then: {
        required: ['group', 'rows'],
        additionalProperties: false,
        properties: {
          group: text('分组名称'),
          rows: { type: 'array', minItems: 1, items: { $ref: '#/$defs/formRow' }, description: '组内各行' },
        },
      },
      else: {
        required: ['item'],
        additionalProperties: false,
        properties: {
          item: text('填报项名称'),
          unit: text('计量单位，如“家”“人次”“万元”'),
          type: {
            enum: ['count', 'amount', 'text', 'yesno'],
            description: '填报类型：count 整数；amount 金额（小数）；text 文字情况；yesno 是/否',
          },
        },
      },
    },
    annex: {
      type: 'object',
      required: ['id', 'kind', 'title'],
      description: '附件。编号（附件1、附件2……）按顺序自动生成',
      properties: {
        id: {
          type: 'string',
          pattern: '^[A-Za-z][A-Za-z0-9_-]*$',
          description: '附件 id（英文字母开头），正文中用 {{ref:id}} 引用，生成“附件2”',
        },
        kind: {
          enum: ['slogans', 'document', 'notice', 'form', 'image', 'pdf', 'listed'],
          description:
            '附件类型：slogans 口号；document 带层次的文件（方案、活动安排）；notice 被转发的通知；form 统计表；image 图片；pdf 外部 PDF；listed 只列目录不附正文',
        },
        title: text('附件标题（附件说明与附件首页一致）。在附件首页居中排印，写在一行时自动断行；要自己断行时用 title: |- 分几行写，每行是标题的一行（附件说明中仍排成一行）'),
      },
      allOf: [
        annexKind('slogans', ['items'], {
          numbered: { type: 'boolean', description: '口号是否编号' },
          items: textList('口号', '一条口号'),
        }),
        annexKind('document', ['body'], {
          annexLabel: {
            type: 'boolean',
            description:
              '写 false 时不作为附件排印：首页不标“附件”，附件说明不列，另起一页排标题和正文（政府令公布的规章、印发通知印发的办法常这样排，“现予公布”“现印发给你们”之后直接是规章全文）；其余附件照常编号。省略时为 true，照附件排印',
          },
          titleNote: text(
            '题注：规章、办法等标题下一行居中用楷体排印的说明，如“2026年3月1日三明市人民政府令第12号公布　自2026年5月1日起施行”；不写圆括号，排印时自动加上全角圆括号（写了全角或半角的圆括号，也只印一对全角的）。省略时不排题注',
          ),
          body: { type: 'array', minItems: 1, items: { $ref: '#/$defs/bodyNode' }, description: '附件正文' },
        }),
        annexKind('notice', ['issuers'], noticeProperties('被转发通知的标题；要自己断行时用 title: |- 分几行写，每行是标题的一行（附件说明和转发语中仍是一行）')),
        annexKind('form', ['rows'], {
          filler: text('填表单位一行的文字（默认“填表单位：______（盖章）”）'),
          rows: { type: 'array', minItems: 1, items: { $ref: '#/$defs/formRow' }, description: '统计表各行' },
        }),
        annexKind('image', ['path'], {
          path: filePath('图片文件（PNG 或 JPEG）'),
          caption: text('图片说明'),
          standIn: text('图片只是代替原图的占位图时，写明原图是什么，如“原件的活动标志图案”；check 会一直提醒换成真图'),
        }),
        annexKind('pdf', ['path'], { path: filePath('要附在后面的 PDF 文件') }),
        annexKind('listed', [], {}),
      ],
    },
  },
} as const;

/** Properties of a notice, shared by the campaign itself and a forwarded notice annex. */
function noticeProperties(titleDescription: string) {
  return {
    issuers: {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/$defs/issuer' },
      description: '发文机关（联合行文时主办机关在前）',
    },
    header: { $ref: '#/$defs/header' },
    number: { $ref: '#/$defs/number' },
    title: text(titleDescription),
    addressees: {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/$defs/addresseeGroup' },
      description: '主送机关，按组列出',
    },
    opening: text('开头段（发文依据、目的）；转发通知时接在“现将……转发给你们。”之后'),
    body: { type: 'array', items: { $ref: '#/$defs/bodyNode' }, description: '正文' },
    contact: byType(
      '联系方式：一位联系人写成 {name, unit, phone…}；几位联系人（如会务和材料报送各一位）写成列表，依次印在“联系人：”之后，用分号隔开。在正文或附件中用 {{contact}} 放在需要的位置（只在该处印出一次），否则排在正文末尾',
      { object: { $ref: '#/$defs/contact' }, array: { type: 'array', minItems: 1, items: { $ref: '#/$defs/contact' } } },
    ),
    signature: { $ref: '#/$defs/signature' },
    remark: text('附注，不带括号，如“此件主动公开”'),
    attendance: { $ref: '#/$defs/attendance' },
    colophon: { $ref: '#/$defs/colophon' },
    annexes: { type: 'array', items: { $ref: '#/$defs/annex' }, description: '附件，按顺序编号' },
  } as Record<string, unknown>;
}

/** When an annex is of `kind`, it requires `required` and allows only these extra properties. */
function annexKind(kind: string, required: string[], properties: Record<string, unknown>) {
  return {
    if: { properties: { kind: { const: kind } }, required: ['kind'] },
    then: {
      required,
      properties: { id: true, kind: true, title: true, ...properties },
      additionalProperties: false,
    },
  };
}

/** A value that may be written in several shapes: each shape is checked on its own, so errors stay precise. */
function byType(description: string, shapes: { string?: object; number?: object; array?: object; object?: object }) {
  const kinds = (Object.keys(shapes) as (keyof typeof shapes)[]).filter((k) => shapes[k]);
  // The last shape is guarded too: a value of none of the types gets the one `type` error, not the last shape's as well.
  const chain = kinds.reduceRight<object | undefined>(
    (otherwise, kind) => ({ if: { type: kind }, then: shapes[kind], ...(otherwise ? { else: otherwise } : {}) }),
    undefined,
  );
  return { description, type: kinds, ...chain };
}
