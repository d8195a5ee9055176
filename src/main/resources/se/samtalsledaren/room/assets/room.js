/*
 * The room's pages: live state on the "now" page (server-sent events, or asking every few
 * seconds where they are not available), the hand button without a page reload, and the
 * preparation saved while typing. Plain ES5 for old phones; every page works without it.
 */
(function () {
  'use strict';

  function byId(id) { return document.getElementById(id); }

  function fill(pattern, value) { return pattern.replace('{0}', value); }

  function clock(ms) {
    var s = Math.floor(Math.abs(ms) / 1000);
    var two = function (n) { return (n < 10 ? '0' : '') + n; };
    return s >= 3600 ? Math.floor(s / 3600) + ':' + two(Math.floor(s / 60) % 60) + ':' + two(s % 60)
      : two(Math.floor(s / 60)) + ':' + two(s % 60);
  }

  function setText(id, text) {
    var el = byId(id);
    if (el && el.textContent !== text) { el.textContent = text; }
  }

  function show(id, shown) {
    var el = byId(id);
    if (el) { if (shown) { el.removeAttribute('hidden'); } else { el.setAttribute('hidden', ''); } }
  }

  /** Sends a form body; calls done(status, responseText). */
  function post(url, body, done) {
    var x = new XMLHttpRequest();
    x.open('POST', url, true);
    x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
    x.setRequestHeader('Accept', 'application/json');
    x.onreadystatechange = function () {
      if (x.readyState === 4) { done(x.status, x.responseText); }
    };
    x.send(body);
  }

  function get(url, done) {
    var x = new XMLHttpRequest();
    x.open('GET', url, true);
    x.setRequestHeader('Accept', 'application/json');
    x.onreadystatechange = function () {
      if (x.readyState === 4) { done(x.status, x.responseText); }
    };
    x.send();
  }

  // ---- the "now" page ---------------------------------------------------------------------

  function live(root) {
    var t = function (name) { return root.getAttribute('data-t-' + name); };
    var state = JSON.parse(root.getAttribute('data-state'));
    var received = Date.now();
    var pollMs = parseInt(root.getAttribute('data-poll-ms'), 10) || 5000;
    var polling = false;

    function render() {
      var since = Date.now() - received;
      var elapsed = state.elapsedMs + (state.running ? since : 0);
      var left = state.plannedMs - elapsed;
      setText('timer-text', clock(left));
      setText('timer-caption', left < 0 ? t('over') : t('left'));
      var slotUsed = state.slotElapsedMs + (state.speaking ? since : 0);
      setText('slot-text', clock(state.slotMs - slotUsed));
      setText('slot-caption', state.speaking ? t('left') : t('stopped'));
      if (state.showAirtime) {
        var own = state.airtimeMs + (state.mine && state.speaking ? since : 0);
        setText('airtime-text', clock(own));
      }
    }

    function apply(next) {
      var phaseChanged = next.phase !== state.phase;
      state = next;
      received = Date.now();
      setText('phase-title', state.title);
      setText('phase-purpose', state.purpose);
      setText('speaker', state.speaker ? fill(t('speaker'), state.speaker) : t('nobody'));
      show('slot', !!state.speaker);
      setText('upnext', state.upNext.length ? fill(t('upnext'), state.upNext.join(', ')) : '');
      show('upnext', state.upNext.length > 0);
      setText('hand-status', state.hand ? fill(t('queued'), state.position) : t('notqueued'));
      show('airtime', state.showAirtime);
      show('invite-vote', state.voteOpen);
      show('invite-survey', state.surveyOpen);
      setText('airtime-turns', state.turnsText);
      setText('hand-button', state.hand ? t('down') : t('up'));
      byId('hand-up').value = state.hand ? '0' : '1';
      if (phaseChanged) {
        var list = byId('questions');
        while (list.firstChild) { list.removeChild(list.firstChild); }
        for (var i = 0; i < state.questions.length; i++) {
          var q = state.questions[i];
          var li = document.createElement('li');
          li.value = q.number;
          li.textContent = q.text + ' ';
          var step = document.createElement('span');
          step.className = 'step';
          step.textContent = fill(t('step'), q.step);
          li.appendChild(step);
          list.appendChild(li);
        }
        show('no-questions', state.questions.length === 0);
      }
      setText('live-status', '');
      render();
    }

    function gone(status) {
      // The device was removed or the room closed: the page itself says what to do.
      if (status === 401 || status === 404) { window.location.reload(); return true; }
      return false;
    }

    function poll() {
      get('/p/state', function (status, body) {
        if (status === 200) {
          apply(JSON.parse(body));
        } else if (gone(status)) {
          return;
        } else {
          setText('live-status', t('offline'));
        }
        window.setTimeout(poll, pollMs);
      });
    }

    function startPolling() {
      if (!polling) { polling = true; poll(); }
    }

    // Live events where the browser has them; asking every few seconds where it has not, where
    // they stop (a proxy, a sleeping phone) or where nothing arrives at all. The server sends the
    // state at once and a ping every 15 s.
    if (window.EventSource) {
      var events = new window.EventSource('/p/events');
      var heard = 0;
      var opened = Date.now();
      var hear = function () { heard = Date.now(); };
      events.addEventListener('state', function (e) { hear(); apply(JSON.parse(e.data)); });
      events.addEventListener('ping', hear);
      events.onerror = function () {
        if (events.readyState === 2) { startPolling(); } else { setText('live-status', t('offline')); }
      };
      var watchdog = window.setInterval(function () {
        var silent = heard === 0 ? Date.now() - opened > Math.max(pollMs, 1000) : Date.now() - heard > 40000;
        if (silent) {
          window.clearInterval(watchdog);
          if (typeof events.close === 'function') { events.close(); }
          startPolling();
        }
      }, Math.max(250, Math.min(pollMs, 5000)));
    } else {
      startPolling();
    }
    document.addEventListener('visibilitychange', function () {
      if (!document.hidden) { get('/p/state', function (s, b) { if (s === 200) { apply(JSON.parse(b)); } else { gone(s); } }); }
    });
    window.setInterval(render, 1000);

    var form = byId('hand-form');
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var button = byId('hand-button');
      button.disabled = true;
      post('/p/hand', 'up=' + byId('hand-up').value, function (status, body) {
        button.disabled = false;
        if (status === 200) { apply(JSON.parse(body)); } else if (!gone(status)) { setText('hand-status', body || t('failed')); }
      });
    });
  }

  // ---- the preparation page ----------------------------------------------------------------

  function prep(form) {
    var t = function (name) { return form.getAttribute('data-t-' + name); };
    var dirty = {};
    var timers = {};
    var inFlight = false;
    var status = byId('save-status');

    function body(names) {
      var parts = [];
      for (var i = 0; i < names.length; i++) {
        parts.push(encodeURIComponent(names[i]) + '=' + encodeURIComponent(form.elements[names[i]].value));
      }
      return parts.join('&');
    }

    function pending() {
      var names = [];
      for (var n in dirty) { if (dirty.hasOwnProperty(n)) { names.push(n); } }
      return names;
    }

    function now() {
      var d = new Date();
      var two = function (n) { return (n < 10 ? '0' : '') + n; };
      return two(d.getHours()) + ':' + two(d.getMinutes());
    }

    function send() {
      var names = pending();
      if (inFlight || names.length === 0) { return; }
      inFlight = true;
      var sent = {};
      for (var i = 0; i < names.length; i++) { sent[names[i]] = form.elements[names[i]].value; delete dirty[names[i]]; }
      status.textContent = t('saving');
      post('/p/prep', body(names), function (code, text) {
        inFlight = false;
        if (code === 204) {
          status.textContent = fill(t('saved'), now());
          send();
          return;
        }
        if (code === 401) { window.location.reload(); return; }
        for (var n in sent) {
          if (sent.hasOwnProperty(n)) { dirty[n] = true; }
        }
        if (code >= 400 && code < 500 && code !== 429) {
          status.textContent = text || t('failed');
        } else {
          status.textContent = t('retry');
          window.setTimeout(send, 3000);
        }
      });
    }

    function typed(e) {
      var name = e.target.name;
      if (!name) { return; }
      dirty[name] = true;
      window.clearTimeout(timers[name]);
      timers[name] = window.setTimeout(send, 800);
    }

    function flushOnLeave() {
      var names = pending();
      if (names.length && navigator.sendBeacon) {
        var sent = navigator.sendBeacon('/p/prep', new Blob([body(names)], { type: 'application/x-www-form-urlencoded' }));
        if (sent) { dirty = {}; }
      }
    }

    form.addEventListener('input', typed);
    form.addEventListener('change', typed);
    form.addEventListener('focusout', function () { send(); });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var areas = form.getElementsByTagName('textarea');
      for (var i = 0; i < areas.length; i++) { dirty[areas[i].name] = true; }
      send();
    });
    document.addEventListener('visibilitychange', function () { if (document.hidden) { flushOnLeave(); } });
    window.addEventListener('pagehide', flushOnLeave);
  }

  function start() {
    var root = byId('live');
    if (root) { live(root); }
    var form = byId('prep-form');
    if (form) { prep(form); }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
