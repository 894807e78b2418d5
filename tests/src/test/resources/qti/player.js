/*
 * The test's handle on the QTI 3 player: window.certbankQti.score(itemXml, value) renders the item, gives its
 * RESPONSE the candidate's value, ends the attempt (which runs the item's response processing) and resolves to
 * {score, maxScore, response, validationMessages, errors}.
 *
 * The value goes in the way the player's own API restores a candidate's earlier work: the item is loaded once and
 * suspended, which yields the player's item state (with each interaction's own state, such as the order it showed
 * the choices in); RESPONSE's value in that state is set to the candidate's; the item is loaded again with that
 * state, so each interaction rebuilds its UI from it; and endAttempt then collects the response from the
 * interactions, as after a candidate's clicks, and runs response processing. Values are QTI's as the player holds
 * them: an identifier, an array of identifiers (multiple, ordered), "p1 r2" pairs, a string.
 *
 * Errors that Vue catches in the player's components (QtiValidationException and the like) are logged to the
 * console, where the test reads them, and reported in errors.
 */
(function () {
  'use strict';

  var TIMEOUT_MS = 15000;
  var errors = [];
  var waiting = {};
  var player = null;
  var playerReady = null;
  var playerReadyPromise = new Promise(function (resolve) { playerReady = resolve; });

  function describe(err) {
    return err && err.name ? err.name + ': ' + err.message : String(err);
  }

  Vue.config.errorHandler = function (err, vm, info) {
    var message = describe(err) + ' (' + info + ')';
    errors.push(message);
    console.error(message);
    // An item the player refuses never becomes ready: stop waiting for it.
    Object.keys(waiting).forEach(function (name) {
      var wait = waiting[name];
      delete waiting[name];
      wait.reject(new Error(message));
    });
  };

  /** A promise of the player's next 'name' event, rejected with what went wrong when it does not come. */
  function next(name) {
    return new Promise(function (resolve, reject) {
      var timer = setTimeout(function () {
        delete waiting[name];
        reject(new Error('the player did not report ' + name + ' within ' + TIMEOUT_MS + ' ms; errors: '
            + JSON.stringify(errors)));
      }, TIMEOUT_MS);
      waiting[name] = {
        resolve: function (payload) {
          clearTimeout(timer);
          resolve(payload);
        },
        reject: function (error) {
          clearTimeout(timer);
          reject(error);
        }
      };
    });
  }

  function fire(name, payload) {
    var wait = waiting[name];
    delete waiting[name];
    if (wait) {
      wait.resolve(payload);
    }
  }

  new Vue({
    el: '#app',
    components: { Qti3Player: window.qti3Player },
    template: '<Qti3Player ref="player" suppress-alert-messages suppress-invalid-response-messages'
        + ' suppress-catalog-messages'
        + ' v-on:notifyQti3PlayerReady="onPlayer" v-on:notifyQti3ItemReady="onItem"'
        + ' v-on:notifyQti3SuspendAttemptCompleted="onSuspended"'
        + ' v-on:notifyQti3EndAttemptCompleted="onEnded"/>',
    methods: {
      onPlayer: function (component) {
        player = component;
        playerReady(component);
      },
      onItem: function () { fire('item'); },
      onSuspended: function (data) { fire('suspended', data.state); },
      onEnded: function (data) { fire('ended', data.state); }
    }
  });

  /** The player holds one item: empty it first, so that loading the same XML again renders it afresh. */
  function load(xml, state) {
    player.resetItem();
    return new Promise(function (resolve) { Vue.nextTick(resolve); }).then(function () {
      var ready = next('item');
      var configuration = { guid: 'certbank-harness', status: 'interacting' };
      if (state) {
        configuration.state = state;
      }
      player.loadItemFromXml(xml, configuration);
      return ready;
    });
  }

  function variable(variables, identifier) {
    var found = variables.filter(function (v) { return v.identifier === identifier; });
    return found.length ? found[0] : null;
  }

  function plain(value) {
    if (value === null || value === undefined) {
      return null;
    }
    if (Array.isArray(value)) {
      return value.map(plain);
    }
    return typeof value === 'object' && value.toString ? value.toString() : value;
  }

  function score(itemXml, value) {
    errors.length = 0;
    // An XML declaration is not part of a template; the player takes the item element itself.
    var xml = itemXml.replace(/^\s*<\?xml[^>]*\?>\s*/, '');
    return playerReadyPromise.then(function () {
      return load(xml, null);
    }).then(function () {
      var suspended = next('suspended');
      player.suspendAttempt('certbank-harness');
      return suspended;
    }).then(function (state) {
      var response = variable(state.responseVariables, 'RESPONSE');
      if (response === null) {
        throw new Error('the item has no RESPONSE variable in the player: ' + JSON.stringify(state));
      }
      response.value = value;
      return load(xml, state);
    }).then(function () {
      var ended = next('ended');
      player.endAttempt('certbank-harness');
      return ended;
    }).then(function (state) {
      var scoreVariable = variable(state.outcomeVariables, 'SCORE');
      var maxVariable = variable(state.outcomeVariables, 'MAXSCORE');
      var response = variable(state.responseVariables, 'RESPONSE');
      return {
        score: scoreVariable === null ? null : String(plain(scoreVariable.value)),
        maxScore: maxVariable === null ? null : String(plain(maxVariable.value)),
        response: response === null ? null : plain(response.value),
        validationMessages: (state.validationMessages || []).map(function (m) { return m.message; }),
        errors: errors.slice()
      };
    });
  }

  window.certbankQti = {
    score: score,
    ready: function () { return player !== null; }
  };
})();
