/*
 * POS page for the PBT popup (pbt-pos-integration.txt). The popup (URL from /pos/config) lives in the iframe; this
 * page posts {type: connection | confirm | cancel | barcode} to it, accepts replies {status, result, timestamp, data}
 * only from the popup's origin and window, shows data.errorMsgUser to the cashier, and relays every successful
 * result to settlement through the gateway with the cashier's key (X-Api-Key, kept in sessionStorage):
 *   approval  -> POST /api/v1/pos/transactions (the popup's reply as the body)
 *   confirm   -> POST /api/v1/pos/transactions/{transactionID}/confirm
 *   cancel    -> POST /api/v1/pos/transactions/{transactionID}/cancel
 * Failed replies are shown, not relayed (settlement records only what the popup approved).
 */
(function () {
  'use strict';

  var KEY_STORAGE = 'gifticon.pos.apiKey';
  // errors about one message (bad format, unknown type, bad barcode): the transaction in progress goes on
  var MESSAGE_ERRORS = ['100010007', '100010008', '100010019'];
  var PAYMENT_OF_MODE = { POINT_REDEEM: 'POINT', COUPON: 'COUPON', PREPAID: 'PREPAID' };

  var settings = null; // {popupUrl, popupOrigin, auth:{applicationKey, passwd, accessType}, autoCloseTime}
  var current = null;  // {id, mode, total, items, discount, state}
  var pending = null;  // {type: 'connection'|'confirm'|'cancel', id}: the popup reply this page waits for

  function $(id) { return document.getElementById(id); }

  function showError(text) {
    $('pos-error').textContent = text || '';
    $('pos-error').hidden = !text;
  }

  function status(text) { $('pos-status').textContent = text; }

  function apiKey() { return sessionStorage.getItem(KEY_STORAGE) || ''; }

  function problemText(body, httpStatus) {
    return body && (body.detail || body.title) ? (body.detail || body.title) : 'HTTP ' + httpStatus;
  }

  function call(method, path, body) {
    var init = { method: method, headers: { 'X-Api-Key': apiKey() } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = body;
    }
    return fetch(path, init).then(function (response) {
      return response.text().then(function (text) {
        var parsed = null;
        try { parsed = text ? JSON.parse(text) : null; } catch (e) { parsed = null; }
        if (!response.ok) {
          throw new Error(problemText(parsed, response.status));
        }
        return parsed;
      });
    });
  }

  // ---- set-up: key and popup ------------------------------------------------------------------

  function connect() {
    sessionStorage.setItem(KEY_STORAGE, $('api-key').value.trim());
    $('config-status').textContent = '설정을 불러오는 중…';
    call('GET', '/pos/config').then(function (loaded) {
      settings = loaded;
      // the key is bound to one PBT terminal: the gateway says which, the cashier cannot pick another
      $('terminal-id').value = settings.auth.accessType;
      $('popup-frame').src = settings.popupUrl;
      $('config-status').textContent = '연결됨';
      $('order').disabled = false;
      showError('');
      render();
    }).catch(function (e) {
      settings = null;
      $('order').disabled = true;
      $('after').disabled = true;
      $('config-status').textContent = '연결 실패';
      showError(e.message);
    });
  }

  function auth() {
    return { applicationKey: settings.auth.applicationKey, passwd: settings.auth.passwd,
      accessType: settings.auth.accessType };
  }

  function send(message) {
    $('popup-frame').contentWindow.postMessage(message, settings.popupOrigin);
  }

  // ---- the cashier's actions ------------------------------------------------------------------

  function newTransactionId() {
    var random = new Uint32Array(2);
    crypto.getRandomValues(random);
    return 'POS' + Date.now() + random[0].toString(36) + random[1].toString(36); // 16-36 characters
  }

  /** "KD101111,아메리카노,3000,3" per line -> PBT itemList */
  function parseItems(text) {
    return text.split('\n').map(function (line) { return line.trim(); }).filter(Boolean).map(function (line) {
      var f = line.split(',').map(function (x) { return x.trim(); });
      var unit = Number(f[2]);
      var count = Number(f[3] || 1);
      if (f.length < 3 || !f[0] || !f[1] || !(unit >= 0) || !(count >= 1)) {
        throw new Error('상품 줄을 확인하세요: ' + line);
      }
      return { itemID: f[0], itemName: f[1], itemUnitPrice: unit, itemCount: count, itemPrice: unit * count };
    });
  }

  function start() {
    showError('');
    var mode = $('mode').value;
    var data = { supportMode: mode, auth: auth(), transactionID: newTransactionId() };
    var items = [];
    try {
      if (mode === 'COUPON') {
        items = parseItems($('items').value);
        if (!items.length) {
          throw new Error('상품을 입력하세요');
        }
        data.itemList = items;
      } else {
        data.payAmount = Number($('pay-amount').value);
        if (!(data.payAmount > 0)) {
          throw new Error('결제 금액을 입력하세요');
        }
      }
    } catch (e) {
      showError(e.message);
      return;
    }
    var total = mode === 'COUPON' ? items.reduce(function (s, i) { return s + i.itemPrice; }, 0) : data.payAmount;
    current = { id: data.transactionID, mode: mode, total: total, items: items, discount: 0, state: 'OPEN' };
    pending = { type: 'connection', id: current.id };
    render();
    status('팝업에서 회원 정보를 입력하세요');
    send({ type: 'connection', data: data, autoCloseTime: settings.autoCloseTime });
  }

  function scan(event) {
    if (event.key !== 'Enter') {
      return;
    }
    event.preventDefault();
    var text = $('barcode').value.trim();
    $('barcode').value = '';
    if (text && settings) {
      send({ type: 'barcode', data: text });
    }
  }

  function confirm() {
    if (!current || current.state !== 'APPROVED') {
      return;
    }
    var paid = Math.max(0, current.total - current.discount);
    var payments = [];
    if (current.discount > 0 && PAYMENT_OF_MODE[current.mode]) {
      payments.push({ payment: PAYMENT_OF_MODE[current.mode], paymentPrice: current.discount });
    }
    if (paid > 0 || payments.length === 0) {
      payments.push({ payment: 'CARD', paymentPrice: paid });
    }
    var net = Math.round(current.total / 1.1);
    var m = current.mode;
    pending = { type: 'confirm', id: current.id };
    send({ type: 'confirm', data: { auth: auth(), transactionID: current.id,
      pointRedeemConfirmedYN: m === 'POINT_REDEEM' ? 'Y' : 'N', pointEarnConfirmedYN: m === 'POINT_EARN' ? 'Y' : 'N',
      couponConfirmedYN: m === 'COUPON' ? 'Y' : 'N', prepaidConfirmedYN: m === 'PREPAID' ? 'Y' : 'N',
      eReceiptIssueYN: 'N', itemList: current.items, paymentList: payments, netAmount: net,
      tax: current.total - net, discount: current.discount, customerPaid: paid, totalPaid: paid,
      memo1: '', memo2: '', memo3: '', memo4: '', memo5: '' } });
  }

  function cancel() {
    var id = $('refund-id').value.trim();
    if (!id || !settings) {
      return;
    }
    showError('');
    pending = { type: 'cancel', id: id };
    send({ type: 'cancel', data: { auth: auth(), transactionID: id } });
  }

  // ---- replies from the popup -----------------------------------------------------------------

  window.addEventListener('message', function (event) {
    if (!settings || event.origin !== settings.popupOrigin || event.source !== $('popup-frame').contentWindow) {
      return; // only the popup we opened may talk to this page
    }
    var reply = event.data;
    if (typeof reply === 'string') {
      try { reply = JSON.parse(reply); } catch (e) { return; }
    }
    if (!reply || typeof reply !== 'object' || !reply.data) {
      return;
    }
    var ok = String(reply.status) === '200' && String(reply.data.errorCode) === '200';
    if (!ok) {
      showError(reply.data.errorMsgUser || reply.data.errorMsg || reply.result);
      if (MESSAGE_ERRORS.indexOf(String(reply.data.errorCode)) < 0 && pending) {
        if (pending.type === 'connection' && current && current.id === pending.id) {
          current.state = 'FAILED';
        }
        pending = null;
        render();
      }
      return;
    }
    showError('');
    var done = pending;
    pending = null;
    if (!done) {
      return;
    }
    if (done.type === 'connection') {
      var d = reply.data;
      current.discount = Number(d.pointRedeem || d.couponDiscountPrice || d.prepaidPayPrice || 0);
      current.state = 'APPROVED';
      $('refund-id').value = current.id;
      relay('POST', '/api/v1/pos/transactions', JSON.stringify(reply), '승인');
    } else if (done.type === 'confirm') {
      current.state = 'CONFIRMED';
      relay('POST', '/api/v1/pos/transactions/' + encodeURIComponent(done.id) + '/confirm', undefined, '결제 완료');
    } else if (done.type === 'cancel') {
      if (current && current.id === done.id) {
        current.state = 'CANCELLED';
      }
      relay('POST', '/api/v1/pos/transactions/' + encodeURIComponent(done.id) + '/cancel', undefined, '환불');
    }
    render();
  });

  function relay(method, path, body, label) {
    status(label + ': 정산 기록 중…');
    call(method, path, body).then(function (recorded) {
      $('last-settlement').textContent = JSON.stringify(recorded, null, 1);
      status(label + ': 정산에 기록되었습니다');
    }).catch(function (e) {
      status(label + ': 정산 기록 실패');
      showError('정산 기록 실패: ' + e.message);
    });
  }

  function render() {
    $('transaction-id').textContent = current ? current.id : '-';
    $('transaction-state').textContent = current ? current.state : '-';
    $('after').disabled = !settings;
    $('confirm').disabled = !current || current.state !== 'APPROVED';
  }

  function modeChanged() {
    var coupon = $('mode').value === 'COUPON';
    $('items-row').hidden = !coupon;
    $('amount-row').hidden = coupon;
  }

  $('save-key').addEventListener('click', connect);
  $('start').addEventListener('click', start);
  $('barcode').addEventListener('keydown', scan);
  $('confirm').addEventListener('click', confirm);
  $('cancel').addEventListener('click', cancel);
  $('mode').addEventListener('change', modeChanged);
  modeChanged();
  if (apiKey()) {
    $('api-key').value = apiKey();
    connect();
  }
})();
