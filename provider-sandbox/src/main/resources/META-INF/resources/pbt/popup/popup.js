/*
 * Simulated PBT popup (pbt-pos-integration.txt). The POS (webview or iframe host) posts:
 *   {type:"connection", data:{supportMode, auth:{applicationKey, passwd, accessType}, transactionID, payAmount|itemList}, autoCloseTime}
 *   {type:"confirm", data:{auth, transactionID, pointRedeemConfirmedYN, ... paymentList ...}}
 *   {type:"cancel", data:{auth, transactionID}}
 *   {type:"barcode", data:"<scanned text>"}
 * and receives {status, result, timestamp, data:{errorCode, errorMsg, errorMsgUser, ...}} on event.source.
 * Auth, amounts and transaction state are checked server-side (/sandbox/pbt); this page is the cashier's UI.
 */
(function () {
  'use strict';

  var API = new URL('../../sandbox/pbt', window.location.href).href.replace(/\/$/, '');
  var DEFAULT_AUTO_CLOSE = 30000;
  var TITLES = { POINT_REDEEM: '포인트 사용', POINT_EARN: '포인트 적립', COUPON: '쿠폰 사용', PREPAID: '기프트카드 결제' };
  // errors this page detects itself, before any server call (§2.3)
  var LOCAL_ERRORS = {
    100010007: ['요청 메세지의 형식이 올바르지 않습니다', '요청 정보가 올바르지 않습니다.'],
    100010008: ['바코드 메세지의 형식이 올바르지 않습니다', '요청 정보가 올바르지 않습니다.'],
    100010019: ['올바르지 않은 요청 메세지 유형입니다', '요청 정보가 올바르지 않습니다.'],
    200010001: ['알 수 없는 에러가 발생했습니다', '알 수 없는 오류가 발생했습니다. 관리자에게 문의해 주세요.'],
    200010003: ['post message 처리 중 에러가 발생했습니다', '요청 처리 중 오류가 발생했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요.']
  };

  var config = { pointEarnRate: 0.05 };
  var session = null; // {target, origin, mode, transactionID, payAmount, autoCloseTime, deadline, timer, ticker, lookup}

  function $(id) { return document.getElementById(id); }

  function show(id, visible) { $(id).hidden = !visible; }

  function won(n) { return Number(n || 0).toLocaleString('ko-KR'); }

  function digits(value) { return String(value || '').replace(/[^0-9]/g, ''); }

  function localError(code, extra) {
    var texts = LOCAL_ERRORS[code];
    var data = { errorCode: code, errorMsg: texts[0], errorMsgUser: texts[1] };
    Object.keys(extra || {}).forEach(function (k) { data[k] = extra[k]; });
    return { status: '400', result: texts[0], timestamp: String(Math.floor(Date.now() / 1000)), data: data };
  }

  function reply(target, origin, envelope) {
    $('last-reply').textContent = JSON.stringify(envelope);
    if (!target) {
      return;
    }
    target.postMessage(envelope, origin && origin !== 'null' ? origin : '*');
  }

  function post(path, body) {
    return fetch(API + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body === undefined ? {} : body)
    }).then(function (r) { return r.json(); });
  }

  function get(path) {
    return fetch(API + path).then(function (r) { return r.json(); });
  }

  function setError(text) {
    $('error-user-message').textContent = text || '';
    show('error-user-message', !!text);
  }

  function setStatus(text) { $('status-message').textContent = text; }

  // ---- messages from the POS -------------------------------------------------------------------

  window.addEventListener('message', function (event) {
    var target = event.source || (window.parent !== window ? window.parent : null);
    var message = event.data;
    if (typeof message === 'string') {
      try {
        message = JSON.parse(message);
      } catch (e) {
        reply(target, event.origin, localError(100010007));
        return;
      }
    }
    if (!message || typeof message !== 'object' || typeof message.type !== 'string') {
      reply(target, event.origin, localError(100010007));
      return;
    }
    try {
      switch (message.type) {
        case 'connection': onConnection(target, event.origin, message); break;
        case 'confirm': onForward(target, event.origin, '/confirm', message.data, '거래 처리'); break;
        case 'cancel': onForward(target, event.origin, '/cancel', message.data, '주문 취소'); break;
        case 'barcode': onBarcode(target, event.origin, message); break;
        default: reply(target, event.origin, localError(100010019));
      }
    } catch (e) {
      reply(target, event.origin, localError(200010003));
    }
  });

  function onConnection(target, origin, message) {
    if (!message.data || typeof message.data !== 'object') {
      reply(target, origin, localError(100010007));
      return;
    }
    endSession();
    setStatus('연결 확인 중…');
    post('/connection', message.data).then(function (envelope) {
      if (envelope.status !== '200') {
        setStatus('연결 실패');
        setError(envelope.data && envelope.data.errorMsgUser);
        reply(target, origin, envelope);
        return;
      }
      var time = Number(message.autoCloseTime);
      startSession({
        target: target,
        origin: origin,
        mode: message.data.supportMode,
        transactionID: message.data.transactionID,
        payAmount: message.data.payAmount,
        itemList: message.data.itemList || [],
        autoCloseTime: time > 0 ? time : DEFAULT_AUTO_CLOSE
      });
    }).catch(function () {
      setStatus('연결 실패');
      reply(target, origin, localError(200010001));
    });
  }

  function onForward(target, origin, path, data, label) {
    if (!data || typeof data !== 'object') {
      reply(target, origin, localError(100010007));
      return;
    }
    setStatus(label + ' 요청 중…');
    post(path, data).then(function (envelope) {
      setStatus(label + (envelope.status === '200' ? ' 완료' : ' 실패'));
      setError(envelope.status === '200' ? '' : envelope.data && envelope.data.errorMsgUser);
      reply(target, origin, envelope);
    }).catch(function () {
      reply(target, origin, localError(200010001));
    });
  }

  /** §2.6: a serial scanner's read, typed into the entry field and looked up; no reply on success. */
  function onBarcode(target, origin, message) {
    if (typeof message.data !== 'string' || message.data.trim() === '') {
      reply(target, origin, localError(100010008));
      return;
    }
    $('member-input').value = message.data.trim();
    if (session) {
      touch();
      lookup();
    }
  }

  // ---- the cashier's screen --------------------------------------------------------------------

  function startSession(s) {
    session = s;
    $('popup').dataset.state = 'open';
    $('popup').dataset.mode = s.mode;
    $('mode-title').textContent = TITLES[s.mode] || s.mode;
    $('transaction-id').textContent = s.transactionID;
    setStatus('회원 정보를 입력하세요');
    setError('');
    var total = s.mode === 'COUPON' ? orderTotal(s.itemList) : s.payAmount;
    $('amount-label').textContent = s.mode === 'COUPON' ? '주문 금액' : '결제 금액';
    $('pay-amount').textContent = won(total);
    $('member-label').textContent = s.mode === 'PREPAID' ? '기프트카드 번호 (16자리) 또는 바코드'
      : s.mode === 'COUPON' ? '회원 휴대폰번호 또는 쿠폰번호 (16자리)' : '회원 휴대폰번호 또는 바코드';
    $('member-input').value = '';
    ['amount-section', 'entry-section', 'keypad'].forEach(function (id) { show(id, true); });
    ['member-info', 'redeem-section', 'earn-section', 'coupon-section', 'prepaid-section'].forEach(function (id) { show(id, false); });
    $('coupon-list').innerHTML = '';
    $('ok-button').disabled = true;
    $('cancel-button').disabled = false;
    $('member-input').focus();
    touch();
  }

  function orderTotal(items) {
    return (items || []).reduce(function (sum, item) {
      var options = (item.itemOptionList || []).reduce(function (o, opt) { return o + (Number(opt.itemOptionPrice) || 0); }, 0);
      return sum + (Number(item.itemPrice) || 0) + options;
    }, 0);
  }

  /** (Re)starts the input timer: autoCloseTime without input ends the popup with 100050002. */
  function touch() {
    if (!session) {
      return;
    }
    clearTimeout(session.timer);
    clearInterval(session.ticker);
    session.deadline = Date.now() + session.autoCloseTime;
    session.timer = setTimeout(function () { abort('timeout'); }, session.autoCloseTime);
    session.ticker = setInterval(renderCountdown, 250);
    renderCountdown();
  }

  function renderCountdown() {
    $('countdown').textContent = session ? String(Math.max(0, Math.ceil((session.deadline - Date.now()) / 1000))) : '-';
  }

  function endSession() {
    if (session) {
      clearTimeout(session.timer);
      clearInterval(session.ticker);
    }
    session = null;
    $('popup').dataset.state = 'idle';
    $('ok-button').disabled = true;
    $('cancel-button').disabled = true;
    renderCountdown();
  }

  function path(s, action) {
    return '/transactions/' + encodeURIComponent(s.transactionID) + '/' + encodeURIComponent(s.mode) + '/' + action;
  }

  function lookup() {
    if (!session) {
      return;
    }
    var s = session;
    setError('');
    get(path(s, 'lookup') + '?input=' + encodeURIComponent($('member-input').value)).then(function (envelope) {
      if (session !== s) {
        return;
      }
      if (envelope.status !== '200') {
        s.lookup = null;
        show('member-info', false);
        $('ok-button').disabled = true;
        setError(envelope.data.errorMsgUser);
        return;
      }
      s.lookup = envelope.data;
      renderLookup(s, envelope.data);
    }).catch(function () { setError(LOCAL_ERRORS[200010001][1]); });
  }

  function renderLookup(s, found) {
    $('member-name').textContent = found.label;
    show('member-info', true);
    show('points-line', found.points !== null && found.points !== undefined);
    show('balance-line', found.balance !== null && found.balance !== undefined);
    $('points-available').textContent = won(found.points);
    $('prepaid-balance').textContent = won(found.balance);
    show('redeem-section', s.mode === 'POINT_REDEEM');
    show('earn-section', s.mode === 'POINT_EARN');
    show('coupon-section', s.mode === 'COUPON');
    show('prepaid-section', s.mode === 'PREPAID');
    if (s.mode === 'POINT_REDEEM') {
      $('redeem-amount').value = String(Math.min(found.points, s.payAmount));
    } else if (s.mode === 'POINT_EARN') {
      $('earn-amount').textContent = won(Math.floor(s.payAmount * config.pointEarnRate));
    } else if (s.mode === 'PREPAID') {
      $('prepaid-amount').value = String(Math.min(found.balance, s.payAmount));
    } else if (s.mode === 'COUPON') {
      var list = $('coupon-list');
      list.innerHTML = '';
      (found.coupons || []).forEach(function (coupon, i) {
        var li = document.createElement('li');
        var input = document.createElement('input');
        input.type = 'radio';
        input.name = 'coupon';
        input.value = coupon.couponId;
        input.id = 'coupon-' + coupon.couponId;
        input.checked = i === 0;
        var label = document.createElement('label');
        label.htmlFor = input.id;
        label.textContent = coupon.couponName + ' (-' + won(coupon.discount) + '원)';
        li.appendChild(input);
        li.appendChild(label);
        list.appendChild(li);
      });
    }
    setStatus('확인을 누르면 처리됩니다');
    $('ok-button').disabled = false;
  }

  function approve() {
    if (!session || !session.lookup) {
      return;
    }
    var s = session;
    var body = { memberInput: $('member-input').value };
    if (s.mode === 'POINT_REDEEM') {
      body.amount = Number(digits($('redeem-amount').value));
    } else if (s.mode === 'PREPAID') {
      body.amount = Number(digits($('prepaid-amount').value));
    } else if (s.mode === 'COUPON') {
      var checked = document.querySelector('input[name="coupon"]:checked');
      body.couponId = checked ? checked.value : null;
    }
    $('ok-button').disabled = true;
    post(path(s, 'approve'), body).then(function (envelope) {
      if (session !== s) {
        return;
      }
      if (envelope.status !== '200') {
        // the cashier corrects the entry and tries again; the POS hears only the final outcome
        setError(envelope.data.errorMsgUser);
        $('ok-button').disabled = false;
        return;
      }
      endSession();
      setStatus('처리되었습니다');
      $('popup').dataset.state = 'done';
      reply(s.target, s.origin, envelope);
    }).catch(function () {
      $('ok-button').disabled = false;
      setError(LOCAL_ERRORS[200010001][1]);
    });
  }

  /** Cancel button (100050001) or input timeout (100050002). */
  function abort(reason) {
    if (!session) {
      return;
    }
    var s = session;
    endSession();
    setStatus(reason === 'timeout' ? '입력 시간이 초과되었습니다' : '취소되었습니다');
    post(path(s, 'abort') + '?reason=' + reason).then(function (envelope) {
      setError(envelope.data.errorMsgUser);
      reply(s.target, s.origin, envelope);
    }).catch(function () {
      reply(s.target, s.origin, localError(200010001, { transactionID: s.transactionID }));
    });
  }

  // ---- wiring ---------------------------------------------------------------------------------

  $('lookup-button').addEventListener('click', function () { touch(); lookup(); });
  $('member-input').addEventListener('keydown', function (e) {
    touch();
    if (e.key === 'Enter') {
      lookup();
    }
  });
  ['redeem-amount', 'prepaid-amount'].forEach(function (id) { $(id).addEventListener('input', touch); });
  $('coupon-list').addEventListener('change', touch);
  $('redeem-all').addEventListener('click', function () {
    touch();
    if (session && session.lookup) {
      $('redeem-amount').value = String(Math.min(session.lookup.points, session.payAmount));
    }
  });
  $('ok-button').addEventListener('click', approve);
  $('cancel-button').addEventListener('click', function () { abort('cancel'); });

  var lastField = $('member-input');
  ['member-input', 'redeem-amount', 'prepaid-amount'].forEach(function (id) {
    $(id).addEventListener('focus', function () { lastField = $(id); });
  });
  $('keypad').addEventListener('click', function (e) {
    var key = e.target && e.target.dataset ? e.target.dataset.key : null;
    if (!key) {
      return;
    }
    touch();
    if (key === 'clear') {
      lastField.value = '';
    } else if (key === 'back') {
      lastField.value = lastField.value.slice(0, -1);
    } else {
      lastField.value += key;
    }
    lastField.focus();
  });

  get('/config').then(function (c) { config = c; }).catch(function () { /* defaults */ });
})();
