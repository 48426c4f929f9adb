using System.ComponentModel;

namespace Ebet.StatusCodes.Benchmarks.Alternatives;

/// <summary>
/// The usual integration without a generator: a hand-kept copy of the codes with the page's text in a
/// <see cref="DescriptionAttribute"/>, read back by reflection (<see cref="DescriptionLookup"/>).
/// Same values and texts as <see cref="EbetStatusCode"/>; <c>--verify</c> checks them.
/// </summary>
internal enum DescribedStatusCode
{
    [Description("充值纪录不存")]
    RechargeRecordNotFound = -1,

    [Description("充值中")]
    RechargeInProgress = 0,

    [Description("成功")]
    Success = 200,

    [Description("重复的充值请求ID")]
    DuplicateRechargeRequestId = 201,

    [Description("渠道不存在")]
    ChannelNotFound = 202,

    [Description("充值 ID 不能为空")]
    RechargeIdRequired = 203,

    [Description("充值金额不能为 0")]
    RechargeAmountZero = 204,

    [Description("充值金额太小")]
    RechargeAmountTooSmall = 205,

    [Description("seqNo 不存在")]
    SeqNoNotFound = 206,

    [Description("退款金额不一致")]
    RefundAmountMismatch = 207,

    [Description("记录不存在")]
    RecordNotFound = 208,

    [Description("已经退款的数据")]
    AlreadyRefunded = 209,

    [Description("用户名或密码不正确")]
    InvalidUsernameOrPassword = 401,

    [Description("无效的Token")]
    InvalidToken = 410,

    [Description("系统错误")]
    SystemError = 500,

    [Description("渠道服务器在维护中")]
    ChannelUnderMaintenance = 505,

    [Description("余额不足")]
    InsufficientBalance = 1003,

    [Description("系统繁忙，请稍后再试")]
    SystemBusy = 4003,

    [Description("参数不对")]
    InvalidParameter = 4025,

    [Description("签名不对")]
    InvalidSignature = 4026,

    [Description("IP 不允许")]
    IpNotAllowed = 4027,

    [Description("试玩玩家不能充值")]
    TrialPlayerCannotRecharge = 4028,

    [Description("功能无效")]
    FunctionDisabled = 4029,

    [Description("资料类型错误")]
    DataTypeError = 4030,

    [Description("用户不存在")]
    UserNotFound = 4037,

    [Description("频繁请求")]
    TooManyRequests = 4038,

    [Description("接口调用次数不足")]
    ApiQuotaExhausted = 4202,

    [Description("充值失败")]
    RechargeFailed = 5001,

    [Description("余额不足，取款失败(或该帐号已被冻结、禁止取款)")]
    WithdrawalDenied = 5002,

    [Description("子渠道不存在")]
    SubChannelNotFound = 5003,

    [Description("钱包尚未开启")]
    WalletNotEnabled = 5005,

    [Description("游戏中无法提领")]
    CannotWithdrawInGame = 5006,

    [Description("该游戏未开放（目前仅未申请正式老虎机会出现此错误代码）")]
    GameNotOpen = 5009,

    [Description("渠道请求非该渠道申请币种")]
    CurrencyNotAllowedForChannel = 5010,

    [Description("这个帐号被冻结，无法进行此操作")]
    AccountFrozen = 5011,
}
