using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ebet.StatusCodes;

namespace Ebet.StatusCodes.Benchmarks.Alternatives;

/// <summary>
/// What a developer writes without the generator: one <c>switch</c> per lookup over the library's own
/// enum, with the same answers as the generated code (same texts, same fallbacks for unlisted values,
/// same culture fallback). The baseline of every category. Written once from spec/ and checked in;
/// <c>--verify</c> proves it answers as the library does.
/// </summary>
internal static class HandWrittenSwitch
{
    /// <summary>The member name; the number for an unlisted value.</summary>
    public static string ToName(EbetStatusCode value) => value switch
    {
        EbetStatusCode.RechargeRecordNotFound => "RechargeRecordNotFound",
        EbetStatusCode.RechargeInProgress => "RechargeInProgress",
        EbetStatusCode.Success => "Success",
        EbetStatusCode.DuplicateRechargeRequestId => "DuplicateRechargeRequestId",
        EbetStatusCode.ChannelNotFound => "ChannelNotFound",
        EbetStatusCode.RechargeIdRequired => "RechargeIdRequired",
        EbetStatusCode.RechargeAmountZero => "RechargeAmountZero",
        EbetStatusCode.RechargeAmountTooSmall => "RechargeAmountTooSmall",
        EbetStatusCode.SeqNoNotFound => "SeqNoNotFound",
        EbetStatusCode.RefundAmountMismatch => "RefundAmountMismatch",
        EbetStatusCode.RecordNotFound => "RecordNotFound",
        EbetStatusCode.AlreadyRefunded => "AlreadyRefunded",
        EbetStatusCode.InvalidUsernameOrPassword => "InvalidUsernameOrPassword",
        EbetStatusCode.InvalidToken => "InvalidToken",
        EbetStatusCode.SystemError => "SystemError",
        EbetStatusCode.ChannelUnderMaintenance => "ChannelUnderMaintenance",
        EbetStatusCode.InsufficientBalance => "InsufficientBalance",
        EbetStatusCode.SystemBusy => "SystemBusy",
        EbetStatusCode.InvalidParameter => "InvalidParameter",
        EbetStatusCode.InvalidSignature => "InvalidSignature",
        EbetStatusCode.IpNotAllowed => "IpNotAllowed",
        EbetStatusCode.TrialPlayerCannotRecharge => "TrialPlayerCannotRecharge",
        EbetStatusCode.FunctionDisabled => "FunctionDisabled",
        EbetStatusCode.DataTypeError => "DataTypeError",
        EbetStatusCode.UserNotFound => "UserNotFound",
        EbetStatusCode.TooManyRequests => "TooManyRequests",
        EbetStatusCode.ApiQuotaExhausted => "ApiQuotaExhausted",
        EbetStatusCode.RechargeFailed => "RechargeFailed",
        EbetStatusCode.WithdrawalDenied => "WithdrawalDenied",
        EbetStatusCode.SubChannelNotFound => "SubChannelNotFound",
        EbetStatusCode.WalletNotEnabled => "WalletNotEnabled",
        EbetStatusCode.CannotWithdrawInGame => "CannotWithdrawInGame",
        EbetStatusCode.GameNotOpen => "GameNotOpen",
        EbetStatusCode.CurrencyNotAllowedForChannel => "CurrencyNotAllowedForChannel",
        EbetStatusCode.AccountFrozen => "AccountFrozen",
        _ => ((int)value).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The page's text (zh-Hans).</summary>
    public static string Description(EbetStatusCode value) => value switch
    {
        EbetStatusCode.RechargeRecordNotFound => "充值纪录不存",
        EbetStatusCode.RechargeInProgress => "充值中",
        EbetStatusCode.Success => "成功",
        EbetStatusCode.DuplicateRechargeRequestId => "重复的充值请求ID",
        EbetStatusCode.ChannelNotFound => "渠道不存在",
        EbetStatusCode.RechargeIdRequired => "充值 ID 不能为空",
        EbetStatusCode.RechargeAmountZero => "充值金额不能为 0",
        EbetStatusCode.RechargeAmountTooSmall => "充值金额太小",
        EbetStatusCode.SeqNoNotFound => "seqNo 不存在",
        EbetStatusCode.RefundAmountMismatch => "退款金额不一致",
        EbetStatusCode.RecordNotFound => "记录不存在",
        EbetStatusCode.AlreadyRefunded => "已经退款的数据",
        EbetStatusCode.InvalidUsernameOrPassword => "用户名或密码不正确",
        EbetStatusCode.InvalidToken => "无效的Token",
        EbetStatusCode.SystemError => "系统错误",
        EbetStatusCode.ChannelUnderMaintenance => "渠道服务器在维护中",
        EbetStatusCode.InsufficientBalance => "余额不足",
        EbetStatusCode.SystemBusy => "系统繁忙，请稍后再试",
        EbetStatusCode.InvalidParameter => "参数不对",
        EbetStatusCode.InvalidSignature => "签名不对",
        EbetStatusCode.IpNotAllowed => "IP 不允许",
        EbetStatusCode.TrialPlayerCannotRecharge => "试玩玩家不能充值",
        EbetStatusCode.FunctionDisabled => "功能无效",
        EbetStatusCode.DataTypeError => "资料类型错误",
        EbetStatusCode.UserNotFound => "用户不存在",
        EbetStatusCode.TooManyRequests => "频繁请求",
        EbetStatusCode.ApiQuotaExhausted => "接口调用次数不足",
        EbetStatusCode.RechargeFailed => "充值失败",
        EbetStatusCode.WithdrawalDenied => "余额不足，取款失败(或该帐号已被冻结、禁止取款)",
        EbetStatusCode.SubChannelNotFound => "子渠道不存在",
        EbetStatusCode.WalletNotEnabled => "钱包尚未开启",
        EbetStatusCode.CannotWithdrawInGame => "游戏中无法提领",
        EbetStatusCode.GameNotOpen => "该游戏未开放（目前仅未申请正式老虎机会出现此错误代码）",
        EbetStatusCode.CurrencyNotAllowedForChannel => "渠道请求非该渠道申请币种",
        EbetStatusCode.AccountFrozen => "这个帐号被冻结，无法进行此操作",
        _ => "未知的 eBET 状态码 " + ((int)value).ToString(CultureInfo.InvariantCulture) + "。",
    };

    /// <summary>The neutral (English) message.</summary>
    public static string MessageEn(EbetStatusCode value) => value switch
    {
        EbetStatusCode.RechargeRecordNotFound => "Recharge record not found.",
        EbetStatusCode.RechargeInProgress => "Recharge in progress.",
        EbetStatusCode.Success => "Success.",
        EbetStatusCode.DuplicateRechargeRequestId => "Duplicate recharge request ID.",
        EbetStatusCode.ChannelNotFound => "Channel does not exist.",
        EbetStatusCode.RechargeIdRequired => "Recharge ID must not be empty.",
        EbetStatusCode.RechargeAmountZero => "Recharge amount must not be 0.",
        EbetStatusCode.RechargeAmountTooSmall => "Recharge amount is too small.",
        EbetStatusCode.SeqNoNotFound => "seqNo does not exist.",
        EbetStatusCode.RefundAmountMismatch => "Refund amount does not match.",
        EbetStatusCode.RecordNotFound => "Record does not exist.",
        EbetStatusCode.AlreadyRefunded => "Already refunded.",
        EbetStatusCode.InvalidUsernameOrPassword => "Incorrect username or password.",
        EbetStatusCode.InvalidToken => "Invalid token.",
        EbetStatusCode.SystemError => "System error.",
        EbetStatusCode.ChannelUnderMaintenance => "Channel server under maintenance.",
        EbetStatusCode.InsufficientBalance => "Insufficient balance.",
        EbetStatusCode.SystemBusy => "System busy, please try again later.",
        EbetStatusCode.InvalidParameter => "Invalid parameter.",
        EbetStatusCode.InvalidSignature => "Invalid signature.",
        EbetStatusCode.IpNotAllowed => "IP address not allowed.",
        EbetStatusCode.TrialPlayerCannotRecharge => "Trial players cannot recharge.",
        EbetStatusCode.FunctionDisabled => "Function disabled.",
        EbetStatusCode.DataTypeError => "Wrong data type.",
        EbetStatusCode.UserNotFound => "User does not exist.",
        EbetStatusCode.TooManyRequests => "Too many requests.",
        EbetStatusCode.ApiQuotaExhausted => "API call quota exhausted.",
        EbetStatusCode.RechargeFailed => "Recharge failed.",
        EbetStatusCode.WithdrawalDenied => "Insufficient balance, withdrawal failed (or the account is frozen or barred from withdrawals).",
        EbetStatusCode.SubChannelNotFound => "Sub-channel does not exist.",
        EbetStatusCode.WalletNotEnabled => "Wallet not enabled.",
        EbetStatusCode.CannotWithdrawInGame => "Cannot withdraw while the player is in a game.",
        EbetStatusCode.GameNotOpen => "Game not open (currently returned only for slot games the channel has not been approved for).",
        EbetStatusCode.CurrencyNotAllowedForChannel => "The requested currency is not one the channel applied for.",
        EbetStatusCode.AccountFrozen => "This account is frozen; the operation cannot be performed.",
        _ => "Unknown eBET status code " + ((int)value).ToString(CultureInfo.InvariantCulture) + ".",
    };

    /// <summary>The Traditional Chinese message.</summary>
    public static string MessageZhHant(EbetStatusCode value) => value switch
    {
        EbetStatusCode.RechargeRecordNotFound => "充值紀錄不存在",
        EbetStatusCode.RechargeInProgress => "充值中",
        EbetStatusCode.Success => "成功",
        EbetStatusCode.DuplicateRechargeRequestId => "重複的充值請求ID",
        EbetStatusCode.ChannelNotFound => "渠道不存在",
        EbetStatusCode.RechargeIdRequired => "充值 ID 不能為空",
        EbetStatusCode.RechargeAmountZero => "充值金額不能為 0",
        EbetStatusCode.RechargeAmountTooSmall => "充值金額太小",
        EbetStatusCode.SeqNoNotFound => "seqNo 不存在",
        EbetStatusCode.RefundAmountMismatch => "退款金額不一致",
        EbetStatusCode.RecordNotFound => "紀錄不存在",
        EbetStatusCode.AlreadyRefunded => "已經退款的資料",
        EbetStatusCode.InvalidUsernameOrPassword => "使用者名稱或密碼不正確",
        EbetStatusCode.InvalidToken => "無效的Token",
        EbetStatusCode.SystemError => "系統錯誤",
        EbetStatusCode.ChannelUnderMaintenance => "渠道伺服器維護中",
        EbetStatusCode.InsufficientBalance => "餘額不足",
        EbetStatusCode.SystemBusy => "系統繁忙，請稍後再試",
        EbetStatusCode.InvalidParameter => "參數不正確",
        EbetStatusCode.InvalidSignature => "簽名不正確",
        EbetStatusCode.IpNotAllowed => "IP 不允許",
        EbetStatusCode.TrialPlayerCannotRecharge => "試玩玩家不能充值",
        EbetStatusCode.FunctionDisabled => "功能無效",
        EbetStatusCode.DataTypeError => "資料類型錯誤",
        EbetStatusCode.UserNotFound => "使用者不存在",
        EbetStatusCode.TooManyRequests => "請求過於頻繁",
        EbetStatusCode.ApiQuotaExhausted => "介面呼叫次數不足",
        EbetStatusCode.RechargeFailed => "充值失敗",
        EbetStatusCode.WithdrawalDenied => "餘額不足，取款失敗（或該帳號已被凍結、禁止取款）",
        EbetStatusCode.SubChannelNotFound => "子渠道不存在",
        EbetStatusCode.WalletNotEnabled => "錢包尚未開啟",
        EbetStatusCode.CannotWithdrawInGame => "遊戲中無法提領",
        EbetStatusCode.GameNotOpen => "該遊戲未開放（目前僅未申請正式老虎機的渠道會出現此錯誤代碼）",
        EbetStatusCode.CurrencyNotAllowedForChannel => "渠道請求的幣種非該渠道申請的幣種",
        EbetStatusCode.AccountFrozen => "這個帳號已被凍結，無法進行此操作",
        _ => "未知的 eBET 狀態碼 " + ((int)value).ToString(CultureInfo.InvariantCulture) + "。",
    };

    /// <summary>The message in a culture: zh-Hans and its regions get the page's text, zh-Hant and its regions the Traditional text, everything else English.</summary>
    public static string Message(EbetStatusCode value, CultureInfo? culture = null) => CultureIndex(culture ?? CultureInfo.CurrentUICulture) switch
    {
        1 => Description(value),
        2 => MessageZhHant(value),
        _ => MessageEn(value),
    };

    /// <summary>0 for English (the neutral culture), 1 for Simplified, 2 for Traditional Chinese; walks the culture's parents.</summary>
    private static int CultureIndex(CultureInfo culture)
    {
        for (var current = culture; current.Name.Length != 0; current = current.Parent)
        {
            switch (current.Name)
            {
                case "zh-Hans" or "zh-CN" or "zh-SG" or "zh-MY" or "zh":
                    return 1;
                case "zh-Hant" or "zh-TW" or "zh-HK" or "zh-MO":
                    return 2;
                case "en":
                    return 0;
            }
        }

        return 0;
    }

    /// <summary>The class of a code; Unknown for an unlisted value.</summary>
    public static EbetStatusCodeClass Class(EbetStatusCode value) => value switch
    {
        EbetStatusCode.Success
            or EbetStatusCode.AlreadyRefunded => EbetStatusCodeClass.Success,
        EbetStatusCode.RechargeInProgress => EbetStatusCodeClass.Pending,
        EbetStatusCode.RechargeRecordNotFound
            or EbetStatusCode.DuplicateRechargeRequestId
            or EbetStatusCode.SystemError => EbetStatusCodeClass.Indeterminate,
        EbetStatusCode.ChannelUnderMaintenance
            or EbetStatusCode.SystemBusy
            or EbetStatusCode.TooManyRequests
            or EbetStatusCode.ApiQuotaExhausted => EbetStatusCodeClass.Retryable,
        EbetStatusCode.RechargeIdRequired
            or EbetStatusCode.RechargeAmountZero
            or EbetStatusCode.RechargeAmountTooSmall
            or EbetStatusCode.SeqNoNotFound
            or EbetStatusCode.RefundAmountMismatch
            or EbetStatusCode.RecordNotFound
            or EbetStatusCode.InvalidUsernameOrPassword
            or EbetStatusCode.InvalidToken
            or EbetStatusCode.InsufficientBalance
            or EbetStatusCode.InvalidParameter
            or EbetStatusCode.TrialPlayerCannotRecharge
            or EbetStatusCode.DataTypeError
            or EbetStatusCode.UserNotFound
            or EbetStatusCode.RechargeFailed
            or EbetStatusCode.WithdrawalDenied
            or EbetStatusCode.CannotWithdrawInGame
            or EbetStatusCode.AccountFrozen => EbetStatusCodeClass.Rejected,
        EbetStatusCode.ChannelNotFound
            or EbetStatusCode.InvalidSignature
            or EbetStatusCode.IpNotAllowed
            or EbetStatusCode.FunctionDisabled
            or EbetStatusCode.SubChannelNotFound
            or EbetStatusCode.WalletNotEnabled
            or EbetStatusCode.GameNotOpen
            or EbetStatusCode.CurrencyNotAllowedForChannel => EbetStatusCodeClass.Fatal,
        _ => EbetStatusCodeClass.Unknown,
    };

    /// <summary>True for the Retryable codes.</summary>
    public static bool IsRetryable(EbetStatusCode value) => value
        is EbetStatusCode.ChannelUnderMaintenance
        or EbetStatusCode.SystemBusy
        or EbetStatusCode.TooManyRequests
        or EbetStatusCode.ApiQuotaExhausted;

    /// <summary>True when the page lists the number.</summary>
    public static bool IsDefined(int value) => value switch
    {
        -1 or 0 or 200 or 201 or 202 or 203 or 204 or 205 or 206 or 207
            or 208 or 209 or 401 or 410 or 500 or 505 or 1003 or 4003 or 4025 or 4026
            or 4027 or 4028 or 4029 or 4030 or 4037 or 4038 or 4202 or 5001 or 5002 or 5003
            or 5005 or 5006 or 5009 or 5010 or 5011 => true,
        _ => false,
    };

    /// <summary>The member with the given name (ordinal, case-sensitive); numbers are not names.</summary>
    public static bool TryParse(string? name, out EbetStatusCode value)
    {
        switch (name)
        {
            case "RechargeRecordNotFound":
                value = EbetStatusCode.RechargeRecordNotFound;
                return true;
            case "RechargeInProgress":
                value = EbetStatusCode.RechargeInProgress;
                return true;
            case "Success":
                value = EbetStatusCode.Success;
                return true;
            case "DuplicateRechargeRequestId":
                value = EbetStatusCode.DuplicateRechargeRequestId;
                return true;
            case "ChannelNotFound":
                value = EbetStatusCode.ChannelNotFound;
                return true;
            case "RechargeIdRequired":
                value = EbetStatusCode.RechargeIdRequired;
                return true;
            case "RechargeAmountZero":
                value = EbetStatusCode.RechargeAmountZero;
                return true;
            case "RechargeAmountTooSmall":
                value = EbetStatusCode.RechargeAmountTooSmall;
                return true;
            case "SeqNoNotFound":
                value = EbetStatusCode.SeqNoNotFound;
                return true;
            case "RefundAmountMismatch":
                value = EbetStatusCode.RefundAmountMismatch;
                return true;
            case "RecordNotFound":
                value = EbetStatusCode.RecordNotFound;
                return true;
            case "AlreadyRefunded":
                value = EbetStatusCode.AlreadyRefunded;
                return true;
            case "InvalidUsernameOrPassword":
                value = EbetStatusCode.InvalidUsernameOrPassword;
                return true;
            case "InvalidToken":
                value = EbetStatusCode.InvalidToken;
                return true;
            case "SystemError":
                value = EbetStatusCode.SystemError;
                return true;
            case "ChannelUnderMaintenance":
                value = EbetStatusCode.ChannelUnderMaintenance;
                return true;
            case "InsufficientBalance":
                value = EbetStatusCode.InsufficientBalance;
                return true;
            case "SystemBusy":
                value = EbetStatusCode.SystemBusy;
                return true;
            case "InvalidParameter":
                value = EbetStatusCode.InvalidParameter;
                return true;
            case "InvalidSignature":
                value = EbetStatusCode.InvalidSignature;
                return true;
            case "IpNotAllowed":
                value = EbetStatusCode.IpNotAllowed;
                return true;
            case "TrialPlayerCannotRecharge":
                value = EbetStatusCode.TrialPlayerCannotRecharge;
                return true;
            case "FunctionDisabled":
                value = EbetStatusCode.FunctionDisabled;
                return true;
            case "DataTypeError":
                value = EbetStatusCode.DataTypeError;
                return true;
            case "UserNotFound":
                value = EbetStatusCode.UserNotFound;
                return true;
            case "TooManyRequests":
                value = EbetStatusCode.TooManyRequests;
                return true;
            case "ApiQuotaExhausted":
                value = EbetStatusCode.ApiQuotaExhausted;
                return true;
            case "RechargeFailed":
                value = EbetStatusCode.RechargeFailed;
                return true;
            case "WithdrawalDenied":
                value = EbetStatusCode.WithdrawalDenied;
                return true;
            case "SubChannelNotFound":
                value = EbetStatusCode.SubChannelNotFound;
                return true;
            case "WalletNotEnabled":
                value = EbetStatusCode.WalletNotEnabled;
                return true;
            case "CannotWithdrawInGame":
                value = EbetStatusCode.CannotWithdrawInGame;
                return true;
            case "GameNotOpen":
                value = EbetStatusCode.GameNotOpen;
                return true;
            case "CurrencyNotAllowedForChannel":
                value = EbetStatusCode.CurrencyNotAllowedForChannel;
                return true;
            case "AccountFrozen":
                value = EbetStatusCode.AccountFrozen;
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>
    /// The same, ignoring case (ordinal): a switch cannot ignore case without a lowered copy of the
    /// name (an allocation), so the usual hand-written way is a dictionary with an ignore-case comparer.
    /// </summary>
    public static bool TryParseIgnoreCase(string? name, out EbetStatusCode value)
    {
        if (name is null)
        {
            value = default;
            return false;
        }

        return s_byNameIgnoringCase.TryGetValue(name, out value);
    }

    private static readonly Dictionary<string, EbetStatusCode> s_byNameIgnoringCase =
        Enum.GetValues<EbetStatusCode>().ToDictionary(ToName, StringComparer.OrdinalIgnoreCase);
}
