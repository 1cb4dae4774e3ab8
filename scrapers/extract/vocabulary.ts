/**
 * The words and line shapes the extractor reads an article's layout by, shared with the page
 * readers that write the text it reads: a related-articles block heading (`相关推荐`), and the test
 * for a line that reads as a heading. A page reader that renders a related block uses the same
 * test, so the extractor sees exactly the headings and snippets the reader meant.
 */

/** Headings of blocks of articles related to this one: rendered as snippets, their links followed. */
export const RELATED_BLOCK_WORDS = [
  '相关推荐', '相关阅读', '相关文章', '推荐阅读', '延伸阅读', '相关问答', '相关资讯', '相关新闻', '相关链接',
  '相关政策', '相关文件',
] as const;

/** Headings of blocks of whatever is popular: a page reader uses one only when a page has no related block. */
export const POPULAR_BLOCK_WORDS = [
  '猜你喜欢', '热门推荐', '热门文章', '热门问答', '大家都在看', '大家都在搜', '为你推荐', '最新文章', '最新问答',
  '精彩推荐',
] as const;

/**
 * A line that is only a block heading, perhaps with a colon and a "more" link
 * (`相关阅读：`, `相关推荐 更多>>`); group 1 is the heading word.
 */
export const RELATED_BLOCK_HEADING = new RegExp(
  `^(${[...RELATED_BLOCK_WORDS, ...POPULAR_BLOCK_WORDS].join('|')})\\s*[:：]?\\s*(?:(?:查看)?更多\\s*[>»›+]*)?$`,
);

export function isRelatedBlockWord(word: string): boolean {
  return (RELATED_BLOCK_WORDS as readonly string[]).includes(word);
}

/** Longest line that can be a heading. */
const MAX_HEADING = 48;
/** A heading with a comma inside must be at most this long (`柳州市，2025年` is one; a clause is not). */
const MAX_HEADING_WITH_COMMA = 24;

/** A line that is only a place's name (`- 某某市`, `3. 某某县:`): it heads what follows, like a numbered heading. */
export const PLACE_LINE = /^[\u4e00-\u9fff]{1,8}(?:省|市|自治区|自治州|地区|区|县|州|盟|旗)\s*[:：]?$/;

/** A heading is a short line with no sentence punctuation inside and none that ends a clause. */
export function readsAsHeading(text: string): boolean {
  if (text.length === 0 || text.length > MAX_HEADING) return false;
  if (/[。；;]/.test(text.slice(0, -1))) return false;
  if (/[。；;，,]$/.test(text)) return false;
  // A label with a dash for its value (`单位缴费基数:--`) is an empty cell of a list, not a heading.
  if (/[:：]\s*[-—–]{1,3}\s*$/.test(text)) return false;
  // A label line ("缴费标准:") introduces a list; it is a heading of its own items.
  return !/[，,]/.test(text) || text.length <= MAX_HEADING_WITH_COMMA;
}

// ---------------------------------------------------------------------------------------------
// The words of the subject: shared by the page readers (which text is about what) and the
// extractor (which statement holds).

/** A lapse in payments: 断缴, 断保, 中断缴费… (a regular-expression source). */
export const LAPSE = '(?:断缴|断保|断交|断档|停缴|停保|中断缴费|中断参保|中断|欠费|欠缴|未缴费|未参保)';

/** A lapse of whole years (`连续断缴4年及以上`): what follows is not the plain waiting period. */
export const MULTI_YEAR_LAPSE = new RegExp(`${LAPSE}[^,;。]{0,4}?(?:\\d|[一二三四五六七八九十两])\\s*年(?:及|或)?以上|${LAPSE}[^,;。]{0,2}?(?:\\d|[一二三四五六七八九十两])\\s*年(?:的|后)`);

/** Hedges: a statement of usual or partial practice (DOMAIN.md `hedged`). */
export const HEDGES = /一般(?!居民|人群|人员|群众|参保人|群体|职工|城乡居民|缴费人员)|部分地区|部分城市|部分省|部分情况|可能|原则上|多数|大部分|大多|通常|大约|约为|左右|某些|有的地区|有些地区|个别地区|视情况|各地|普遍/;

/** Hedges of general advice, as opposed to a regulation's 原则上. */
export const ADVICE = /通常|一般(?!居民|人员|参保人|群体|职工|城乡居民|缴费人员)|部分地区|部分城市|多数|大部分|大多|可能|有的地区|有些地区|某些|各地|普遍/;

/**
 * A hypothetical place or person: it states no real region's rule. (A person called by 小 and a
 * surname, `小周2024年断保`, `小吴通过补缴…`, is a worked case; 小程序, 小区 and the like are no names.)
 */
export const HYPOTHETICAL = /某(?:城市|地区|地|市|省|县|区|职工|员工|居民|参保人|人(?!员))|(?<![\u4e00-\u9fff])[张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蔡蒋余杜叶程苏魏吕丁沈姚卢钟]某(?![市省县区地些])|假设|假如|假定|张先生|李女士|王先生|小王|小李|小张|小[赵刘陈杨黄周吴徐孙马朱胡郭何罗郑梁谢宋唐许韩冯邓曹彭曾董袁潘蔡蒋杜魏吕沈姚卢钟](?=\d|[,:在从通已于自是的因需想打今去补缴参断办])|张三|李四|王五/;

/**
 * A person's past record that counts towards retirement (视同缴费年限, 连续工龄, 参保记录): a date in a
 * sentence about it (`…以前的连续工龄视同缴费年限`, `认定的截止时间为…`) bounds that record, not a policy year.
 */
export const PAST_RECORD = /视同缴费|视同(?:基本)?医疗保险缴费|连续工龄|工作年限|参保记录|缴费记录|参加工作/;

/** An example or worked case: its figures are one person's, not the rule. */
export const EXAMPLE = /(?<!比)例如|比如|譬如|举例|举个例子|例子|为例|^如[:,]|^\s*例\s*[\d一二三四五六七八九十]{1,2}\s*[:.、]|以[^,;。]{0,12}为例|案例|示例|算例/;

/** An aside giving the rule's figure of a year (`(如2023年为3863元)`): no case, the rule itself. */
export const YEAR_INSTANCE_ASIDE = /^\((?:如|例如|比如)\s*(?:19|20)\d{2}\s*年度?\s*(?:为|是)/;

/** A heading naming a rule and its worked case together (`缴费比例与计算示例`): the rule stands, only the case is one person's. */
export const RULE_AND_EXAMPLE = /(?:比例|标准|基数|费率|政策|规定|金额)(?:与|和|及)[^与和及,。]{0,6}(?:示例|举例|例子|案例|算例)/;

/** An aside giving examples (`(如某市、某省)`, `(如某市需缴N元)`): its places and figures are cases, not the rule. */
export const EXAMPLE_ASIDE = /\((?:如|例如|比如|譬如)[^()]{1,40}\)/g;

/** A condition on one person's figures (`如果月薪8000元`): its sums are that person's. (A condition with no figure of its own, `如果工资低于平均工资的60%,…`, is a rule's.) */
export const CONDITIONAL_FIGURES = /(?:如果|若|假如)(?=[^,;。]*\d\s*(?:元|万)|[^,;。]*(?:月薪|工资|收入)(?:为|是)\s*\d|[^,;。]*选)|按照?(?!\s*\d{1,3}(?:\.\d+)?\s*%\s*(?:计算|测算))[^,;。]{0,8}(?:计算|测算)|以(?!此|上)[^,;。]{0,10}计算|(?:按照?|以)[^,;。%]{0,16}\d\s*元\s*\)?\s*(?:计算|测算)(?=[^。]*[×x*]\s*\d)|\d[\d,.]*\s*(?:%|元)(?:为(?:缴费)?基数)?\s*时[,，]|(?<!平均)(?:月工资|月薪|月收入)(?:为|是)?\s*\d/;

/**
 * Words that open a resident payment campaign right after the day it opens (`…起启动缴费`, `…开始集中征缴`):
 * a campaign opening in the autumn is for the policy year after (DOMAIN.md, the usual 集中参保期).
 */
export const CAMPAIGN_OPENS_AFTER = /^\s*(?:正式)?(?:启动|开始|开展|开启|进行)?(?:全[省市县区])?(?:城乡居民|居民)?(?:基本)?(?:医保|医疗保险)?(?:费)?(?:的)?(?:集中)?(?:参保)?(?:缴费|征缴|征收|参保登记)/;

/** A payment campaign named by the year it runs in (`启动2024年城乡居民医保参保缴费`, `2025年居民医保集中缴费要开始了`): group 1 is the year. */
export const CAMPAIGN_OF_YEAR = /(?:(?:启动|开始|开展|开启)\s*((?:19|20)\d{2})\s*年(?!度|\s*的?\s*\d{1,2}\s*月)|(?<!\d)((?:19|20)\d{2})\s*年(?!度|\s*的?\s*\d{1,2}\s*月)[^,;。\d]{0,20}?(?:集中缴费|集中征缴|集中参保|参保缴费|征缴工作|缴费工作))/g;

/** Other insurances: a text about them alone is not about medical insurance. */
export const OFF_TOPIC = /养老保险|养老金|失业保险|工伤保险|住房公积金|公积金|落户政策|积分落户|落户积分/;
export const MEDICAL = /医保|医疗|医药|就医|住院|门诊/;
/** Words a line about insurance names (a page's chrome, `某地妇幼保健院挂号流程`, names none). */
export const INSURANCE_WORD = new RegExp(`${MEDICAL.source}|保险|社保|参保|缴费|待遇|补缴|断缴`);
/** Other social insurances by their short names, as pages list their rates beside the medical one (`失业、工伤`). */
export const OTHER_INSURANCE_WORD = /失业|工伤|养老/;
/** Words only a page about the resident insurance uses (`居民`, `集中参保期`, `新生儿`, `学生`). */
export const RESIDENT_CUE = /居民|集中(?:参保|缴费|征缴)|新生儿|学生|少儿|新农合|农村合作医疗/;
/** Words naming a payroll scheme (`职工医保`, `灵活就业`). */
export const PAYROLL_CUE = /职工(?:基本)?(?:医保|医疗)|灵活就业|用人单位/;

/** Words naming flexible workers (`灵活就业`, `以个人身份参保`, `自由职业`). */
export const FLEXIBLE_CUE = /灵活就业|个人身份|自由职业/;
/** Words naming employees or their employers' part (`职工医保`, `单位缴费`, `在职职工`). */
export const EMPLOYEE_CUE = /职工(?:基本)?(?:医保|医疗)|企业职工|机关事业单位|单位缴[费纳]|单位\s*[:]?\s*\d|用人单位缴|在职职工|单位职工/;

/** An insurance named by its name (`养老保险`, `医疗保险`, `医保`), for the one a list names last before a figure. */
export const INSURANCE_NAMED = /(?:养老|失业|工伤|医疗|生育|护理)保险|医保|养老金/g;
/** The employee insurance by its name (`职工医保`, `职工基本医疗`), not its members (在职职工, 用人单位). */
export const EMPLOYEE_INSURANCE_NAME = /^职工(?:基本)?(?:医保|医疗)$/;
