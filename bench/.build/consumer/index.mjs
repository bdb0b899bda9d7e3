import { createRequire as __lavaCreateRequire } from 'node:module';

const require = __lavaCreateRequire(import.meta.url);
var $D = Object.create;
var xp = Object.defineProperty;
var ED = Object.getOwnPropertyDescriptor;
var ID = Object.getOwnPropertyNames;
var wD = Object.getPrototypeOf,
  RD = Object.prototype.hasOwnProperty;
var _ = (e, t, n) => () => {
  if (n) throw n[0];
  try {
    return (e && (t = e((e = 0))), t);
  } catch (o) {
    throw ((n = [o]), o);
  }
};
var xi = (e, t) => () => {
    try {
      return (t || e((t = { exports: {} }).exports, t), t.exports);
    } catch (n) {
      throw ((t = 0), n);
    }
  },
  Pt = (e, t) => {
    for (var n in t) xp(e, n, { get: t[n], enumerable: !0 });
  },
  TD = (e, t, n, o) => {
    if ((t && typeof t == 'object') || typeof t == 'function')
      for (const r of ID(t))
        !RD.call(e, r) &&
          r !== n &&
          xp(e, r, { get: () => t[r], enumerable: !(o = ED(t, r)) || o.enumerable });
    return e;
  };
var AD = (e, t, n) => (
  (n = e != null ? $D(wD(e)) : {}),
  TD(t || !e || !e.__esModule ? xp(n, 'default', { value: e, enumerable: !0 }) : n, e)
);
var qr,
  pr,
  io,
  Ax,
  kx,
  Sp = _(() => {
    (qr = (e, t) => {
      const n = [];
      if ((e && n.push(e), t)) for (const o of t) n.push(o);
      return n;
    }),
      (pr = (e, t) => `${e || 'anonymous'}${t && t.length > 0 ? ` (a.k.a. ${t.join(',')})` : ''}`),
      (io = () => {
        let e = [],
          t = [],
          n = !1,
          o = new Set(),
          r = (d) =>
            d.sort(
              (p, m) => Ax[m.step] - Ax[p.step] || kx[m.priority || 'normal'] - kx[p.priority || 'normal'],
            ),
          i = (d) => {
            let p = !1,
              m = (f) => {
                const g = qr(f.name, f.aliases);
                if (g.includes(d)) {
                  p = !0;
                  for (const h of g) o.delete(h);
                  return !1;
                }
                return !0;
              };
            return ((e = e.filter(m)), (t = t.filter(m)), p);
          },
          s = (d) => {
            let p = !1,
              m = (f) => {
                if (f.middleware === d) {
                  p = !0;
                  for (const g of qr(f.name, f.aliases)) o.delete(g);
                  return !1;
                }
                return !0;
              };
            return ((e = e.filter(m)), (t = t.filter(m)), p);
          },
          a = (d) => (
            e.forEach((p) => {
              d.add(p.middleware, { ...p });
            }),
            t.forEach((p) => {
              d.addRelativeTo(p.middleware, { ...p });
            }),
            d.identifyOnResolve?.(l.identifyOnResolve()),
            d
          ),
          c = (d) => {
            const p = [];
            return (
              d.before.forEach((m) => {
                m.before.length === 0 && m.after.length === 0 ? p.push(m) : p.push(...c(m));
              }),
              p.push(d),
              d.after.reverse().forEach((m) => {
                m.before.length === 0 && m.after.length === 0 ? p.push(m) : p.push(...c(m));
              }),
              p
            );
          },
          u = (d = !1) => {
            const p = [],
              m = [],
              f = {};
            return (
              e.forEach((h) => {
                const x = { ...h, before: [], after: [] };
                for (const S of qr(x.name, x.aliases)) f[S] = x;
                p.push(x);
              }),
              t.forEach((h) => {
                const x = { ...h, before: [], after: [] };
                for (const S of qr(x.name, x.aliases)) f[S] = x;
                m.push(x);
              }),
              m.forEach((h) => {
                if (h.toMiddleware) {
                  const x = f[h.toMiddleware];
                  if (x === void 0) {
                    if (d) return;
                    throw new Error(
                      `${h.toMiddleware} is not found when adding ${pr(h.name, h.aliases)} middleware ${h.relation} ${h.toMiddleware}`,
                    );
                  }
                  h.relation === 'after' && x.after.push(h), h.relation === 'before' && x.before.push(h);
                }
              }),
              r(p)
                .map(c)
                .reduce((h, x) => (h.push(...x), h), [])
            );
          },
          l = {
            add: (d, p = {}) => {
              const { name: m, override: f, aliases: g } = p,
                h = { step: 'initialize', priority: 'normal', middleware: d, ...p },
                x = qr(m, g);
              if (x.length > 0) {
                if (x.some((S) => o.has(S))) {
                  if (!f) throw new Error(`Duplicate middleware name '${pr(m, g)}'`);
                  for (const S of x) {
                    const R = e.findIndex((k) => k.name === S || k.aliases?.some((P) => P === S));
                    if (R === -1) continue;
                    const I = e[R];
                    if (I.step !== h.step || h.priority !== I.priority)
                      throw new Error(
                        `"${pr(I.name, I.aliases)}" middleware with ${I.priority} priority in ${I.step} step cannot be overridden by "${pr(m, g)}" middleware with ${h.priority} priority in ${h.step} step.`,
                      );
                    e.splice(R, 1);
                  }
                }
                for (const S of x) o.add(S);
              }
              e.push(h);
            },
            addRelativeTo: (d, p) => {
              const { name: m, override: f, aliases: g } = p,
                h = { middleware: d, ...p },
                x = qr(m, g);
              if (x.length > 0) {
                if (x.some((S) => o.has(S))) {
                  if (!f) throw new Error(`Duplicate middleware name '${pr(m, g)}'`);
                  for (const S of x) {
                    const R = t.findIndex((k) => k.name === S || k.aliases?.some((P) => P === S));
                    if (R === -1) continue;
                    const I = t[R];
                    if (I.toMiddleware !== h.toMiddleware || I.relation !== h.relation)
                      throw new Error(
                        `"${pr(I.name, I.aliases)}" middleware ${I.relation} "${I.toMiddleware}" middleware cannot be overridden by "${pr(m, g)}" middleware ${h.relation} "${h.toMiddleware}" middleware.`,
                      );
                    t.splice(R, 1);
                  }
                }
                for (const S of x) o.add(S);
              }
              t.push(h);
            },
            clone: () => a(io()),
            use: (d) => {
              d.applyToStack(l);
            },
            remove: (d) => (typeof d == 'string' ? i(d) : s(d)),
            removeByTag: (d) => {
              let p = !1,
                m = (f) => {
                  const { tags: g, name: h, aliases: x } = f;
                  if (g && g.includes(d)) {
                    const S = qr(h, x);
                    for (const R of S) o.delete(R);
                    return ((p = !0), !1);
                  }
                  return !0;
                };
              return ((e = e.filter(m)), (t = t.filter(m)), p);
            },
            concat: (d) => {
              const p = a(io());
              return (
                p.use(d),
                p.identifyOnResolve(n || p.identifyOnResolve() || (d.identifyOnResolve?.() ?? !1)),
                p
              );
            },
            applyToStack: a,
            identify: () =>
              u(!0).map((d) => {
                const p = d.step ?? d.relation + ' ' + d.toMiddleware;
                return pr(d.name, d.aliases) + ' - ' + p;
              }),
            identifyOnResolve(d) {
              return (typeof d == 'boolean' && (n = d), n);
            },
            resolve: (d, p) => {
              for (const m of u()
                .map((f) => f.middleware)
                .reverse())
                d = m(d, p);
              return (n && console.log(l.identify()), d);
            },
          };
        return l;
      }),
      (Ax = { initialize: 5, serialize: 4, build: 3, finalizeRequest: 2, deserialize: 1 }),
      (kx = { high: 3, normal: 2, low: 1 });
  });
var Wr,
  Px = _(() => {
    ((e) => {
      (e.HTTP = 'http'), (e.HTTPS = 'https');
    })(Wr || (Wr = {}));
  });
var Gt,
  Dx = _(() => {
    ((e) => {
      (e.MD5 = 'md5'), (e.CRC32 = 'crc32'), (e.CRC32C = 'crc32c'), (e.SHA1 = 'sha1'), (e.SHA256 = 'sha256');
    })(Gt || (Gt = {}));
  });
var Cx = _(() => {
  Dx();
});
var xt,
  Ox = _(() => {
    xt = '__smithy_context';
  });
var mr,
  Nx = _(() => {
    ((e) => {
      (e.PROFILE = 'profile'), (e.SSO_SESSION = 'sso-session'), (e.SERVICES = 'services');
    })(mr || (mr = {}));
  });
var Zt = _(() => {
  Px();
  Cx();
  Ox();
  Nx();
});
var fe,
  Ux = _(() => {
    Zt();
    fe = (e) => e[xt] || (e[xt] = {});
  });
function N(e, t) {
  return Object.hasOwn(e, t);
}
var bp = _(() => {});
function kD(e) {
  return Object.keys(e).reduce((t, n) => {
    const o = e[n];
    return { ...t, [n]: Array.isArray(o) ? [...o] : o };
  }, {});
}
var ee,
  zx = _(() => {
    ee = class e {
      method;
      protocol;
      hostname;
      port;
      path;
      query;
      headers;
      username;
      password;
      fragment;
      body;
      constructor(t) {
        (this.method = t.method || 'GET'),
          (this.hostname = t.hostname || 'localhost'),
          (this.port = t.port),
          (this.query = t.query || {}),
          (this.headers = t.headers || {}),
          (this.body = t.body),
          (this.protocol = t.protocol
            ? t.protocol.slice(-1) !== ':'
              ? `${t.protocol}:`
              : t.protocol
            : 'https:'),
          (this.path = t.path ? (t.path.charAt(0) !== '/' ? `/${t.path}` : t.path) : '/'),
          (this.username = t.username),
          (this.password = t.password),
          (this.fragment = t.fragment);
      }
      static clone(t) {
        const n = new e({ ...t, headers: { ...t.headers } });
        return (n.query && (n.query = kD(n.query)), n);
      }
      static isInstance(t) {
        if (!t) return !1;
        const n = t;
        return (
          'method' in n &&
          'protocol' in n &&
          'hostname' in n &&
          'path' in n &&
          typeof n.query == 'object' &&
          typeof n.headers == 'object'
        );
      }
      clone() {
        return e.clone(this);
      }
    };
  });
var Pe,
  Lx = _(() => {
    Pe = class {
      statusCode;
      reason;
      headers;
      body;
      constructor(t) {
        (this.statusCode = t.statusCode),
          (this.reason = t.reason),
          (this.headers = t.headers || {}),
          (this.body = t.body);
      }
      static isInstance(t) {
        if (!t) return !1;
        const n = t;
        return typeof n.statusCode == 'number' && typeof n.headers == 'object';
      }
    };
  });
var PD,
  Dt,
  Mx = _(() => {
    (PD = /^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$/),
      (Dt = (e, t = !1) => {
        if (!t) return PD.test(e);
        const n = e.split('.');
        for (const o of n) if (!Dt(o)) return !1;
        return !0;
      });
  });
function $p(e) {
  return /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(e);
}
var jx = _(() => {});
var se,
  Bx = _(() => {
    se = (e) => {
      if (typeof e == 'function') return e;
      const t = Promise.resolve(e);
      return () => t;
    };
  });
function Fx(e) {
  const t = {};
  if (((e = e.replace(/^\?/, '')), e))
    for (const n of e.split('&')) {
      let [o, r = null] = n.split('=');
      (o = decodeURIComponent(o)),
        r && (r = decodeURIComponent(r)),
        o in t ? (Array.isArray(t[o]) ? t[o].push(r) : (t[o] = [t[o], r])) : (t[o] = r);
    }
  return t;
}
var Vx = _(() => {});
var ut,
  Ep = _(() => {
    Vx();
    ut = (e) => {
      if (typeof e == 'string') return ut(new URL(e));
      let { hostname: t, pathname: n, port: o, protocol: r, search: i } = e,
        s;
      return (
        i && (s = Fx(i)), { hostname: t, port: o ? parseInt(o) : void 0, protocol: r, path: n, query: s }
      );
    };
  });
var fr,
  Gx = _(() => {
    bp();
    Ep();
    fr = (e) => {
      if (typeof e == 'object') {
        if ('url' in e) {
          const t = ut(e.url);
          if (e.headers) {
            t.headers = {};
            for (const n in e.headers)
              N(e.headers, n) && (t.headers[n.toLowerCase()] = e.headers[n].join(', '));
          }
          return t;
        }
        return e;
      }
      return ut(e);
    };
  });
var te = _(() => {
  Ux();
  bp();
  zx();
  Lx();
  Mx();
  jx();
  Bx();
  Ep();
  Gx();
});
var Ht,
  Zx = _(() => {
    Sp();
    Ht = class {
      config;
      middlewareStack = io();
      initConfig;
      handlers;
      constructor(t) {
        this.config = t;
        const { protocol: n, protocolSettings: o } = t;
        o && typeof n == 'function' && (t.protocol = new n(o));
      }
      send(t, n, o) {
        let r = typeof n != 'function' ? n : void 0,
          i = typeof n == 'function' ? n : o,
          s = r === void 0 && this.config.cacheMiddleware === !0,
          a;
        if (s) {
          this.handlers || (this.handlers = new WeakMap());
          const c = this.handlers;
          c.has(t.constructor)
            ? (a = c.get(t.constructor))
            : ((a = t.resolveMiddleware(this.middlewareStack, this.config, r)), c.set(t.constructor, a));
        } else delete this.handlers, (a = t.resolveMiddleware(this.middlewareStack, this.config, r));
        if (i)
          a(t)
            .then(
              (c) => i(null, c.output),
              (c) => i(c),
            )
            .catch(() => {});
        else return a(t).then((c) => c.output);
      }
      destroy() {
        this.config?.requestHandler?.destroy?.(), delete this.handlers;
      }
    };
  });
var Jr,
  Ip = _(() => {
    Jr = (e) => (typeof e == 'function' ? e() : e);
  });
var Sa,
  wp = _(() => {
    Sa = (e, t, n, o, r) => ({ name: t, namespace: e, traits: n, input: o, output: r });
  });
var Hx,
  Rp,
  Kx = _(() => {
    te();
    wp();
    (Hx = (e) => (t, n) => async (o) => {
      const { response: r } = await t(o),
        { operationSchema: i } = fe(n),
        [, s, a, c, u, l] = i ?? [];
      try {
        const d = await e.protocol.deserializeResponse(Sa(s, a, c, u, l), { ...e, ...n }, r);
        return { response: r, output: d };
      } catch (d) {
        if (
          (Object.defineProperty(d, '$response', {
            value: r,
            enumerable: !1,
            writable: !1,
            configurable: !1,
          }),
          !('$metadata' in d))
        ) {
          const p =
            'Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.';
          try {
            d.message +=
              `
  ` + p;
          } catch {
            !n.logger || n.logger?.constructor?.name === 'NoOpLogger' ? console.warn(p) : n.logger?.warn?.(p);
          }
          typeof d.$responseBodyText < 'u' && d.$response && (d.$response.body = d.$responseBodyText);
          try {
            if (Pe.isInstance(r)) {
              const { headers: m = {}, statusCode: f } = r,
                g = Object.entries(m);
              d.$metadata = {
                httpStatusCode: f,
                requestId: Rp(/^x-[\w-]+-request-?id$/, g),
                extendedRequestId: Rp(/^x-[\w-]+-id-2$/, g),
                cfId: Rp(/^x-[\w-]+-cf-id$/, g),
              };
            }
          } catch {}
        }
        throw d;
      }
    }),
      (Rp = (e, t) => (t.find(([n]) => n.match(e)) || [void 0, void 0])[1]);
  });
var qx,
  Wx = _(() => {
    te();
    wp();
    qx = (e) => (t, n) => async (o) => {
      const { operationSchema: r } = fe(n),
        [, i, s, a, c, u] = r ?? [],
        l = n.endpointV2 ? async () => fr(n.endpointV2) : e.endpoint,
        d = await e.protocol.serializeRequest(Sa(i, s, a, c, u), o.input, { ...e, ...n, endpoint: l });
      return t({ ...o, request: d });
    };
  });
function Xr(e) {
  return {
    applyToStack: (t) => {
      t.add(qx(e), Xx), t.add(Hx(e), Jx), e.protocol.setSerdeContext(e);
    },
  };
}
var Jx,
  Xx,
  Yx = _(() => {
    Kx();
    Wx();
    (Jx = { name: 'deserializerMiddleware', step: 'deserialize', tags: ['DESERIALIZER'], override: !0 }),
      (Xx = { name: 'serializerMiddleware', step: 'serialize', tags: ['SERIALIZER'], override: !0 });
  });
function gr(e) {
  if (typeof e == 'object') return e;
  if (((e = e | 0), ba[e])) return ba[e];
  let t = {},
    n = 0;
  for (const o of [
    'httpLabel',
    'idempotent',
    'idempotencyToken',
    'sensitive',
    'httpPayload',
    'httpResponseCode',
    'httpQueryParams',
  ])
    ((e >> n++) & 1) === 1 && (t[o] = 1);
  return (ba[e] = t);
}
var ba,
  Tp = _(() => {
    ba = [];
  });
function bi(e, t) {
  if (e instanceof q) return Object.assign(e, { memberName: t, _isMemberSchema: !0 });
  const n = q;
  return new n(e, t);
}
var Si,
  $a,
  Ea,
  q,
  Ap,
  Qx,
  eS = _(() => {
    Ip();
    Tp();
    (Si = { it: Symbol.for('@smithy/nor-struct-it'), ns: Symbol.for('@smithy/ns') }),
      ($a = []),
      (Ea = {}),
      (q = class e {
        ref;
        memberName;
        static symbol = Symbol.for('@smithy/nor');
        symbol = e.symbol;
        name;
        schema;
        _isMemberSchema;
        traits;
        memberTraits;
        normalizedTraits;
        constructor(t, n) {
          (this.ref = t), (this.memberName = n);
          let o = [],
            r = t,
            i = t;
          for (this._isMemberSchema = !1; Ap(r); )
            o.push(r[1]), (r = r[0]), (i = Jr(r)), (this._isMemberSchema = !0);
          if (o.length > 0) {
            this.memberTraits = {};
            for (let s = o.length - 1; s >= 0; --s) {
              const a = o[s];
              Object.assign(this.memberTraits, gr(a));
            }
          } else this.memberTraits = 0;
          if (i instanceof e) {
            const s = this.memberTraits;
            Object.assign(this, i),
              (this.memberTraits = Object.assign({}, s, i.getMemberTraits(), this.getMemberTraits())),
              (this.normalizedTraits = void 0),
              (this.memberName = n ?? i.memberName);
            return;
          }
          if (
            ((this.schema = Jr(i)),
            Qx(this.schema)
              ? ((this.name = `${this.schema[1]}#${this.schema[2]}`), (this.traits = this.schema[3]))
              : ((this.name = this.memberName ?? String(i)), (this.traits = 0)),
            this._isMemberSchema && !n)
          )
            throw new Error(
              `@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`,
            );
        }
        static [Symbol.hasInstance](t) {
          const n = this.prototype.isPrototypeOf(t);
          return !n && typeof t == 'object' && t !== null ? t.symbol === this.symbol : n;
        }
        static of(t) {
          const n = typeof t == 'function' || (typeof t == 'object' && t !== null);
          if (typeof t == 'number') {
            if ($a[t]) return $a[t];
          } else if (typeof t == 'string') {
            if (Ea[t]) return Ea[t];
          } else if (n && t[Si.ns]) return t[Si.ns];
          const o = Jr(t);
          if (o instanceof e) return o;
          if (Ap(o)) {
            const [i, s] = o;
            if (i instanceof e) return (Object.assign(i.getMergedTraits(), gr(s)), i);
            throw new Error(
              `@smithy/core/schema - may not init unwrapped member schema=${JSON.stringify(t, null, 2)}.`,
            );
          }
          const r = new e(o);
          return n
            ? (t[Si.ns] = r)
            : typeof o == 'string'
              ? (Ea[o] = r)
              : typeof o == 'number'
                ? ($a[o] = r)
                : r;
        }
        getSchema() {
          const t = this.schema;
          return Array.isArray(t) && t[0] === 0 ? t[4] : t;
        }
        getName(t = !1) {
          const { name: n } = this;
          return !t && n && n.includes('#') ? n.split('#')[1] : n || void 0;
        }
        getMemberName() {
          return this.memberName;
        }
        isMemberSchema() {
          return this._isMemberSchema;
        }
        isListSchema() {
          const t = this.getSchema();
          return typeof t == 'number' ? t >= 64 && t < 128 : t[0] === 1;
        }
        isMapSchema() {
          const t = this.getSchema();
          return typeof t == 'number' ? t >= 128 && t <= 255 : t[0] === 2;
        }
        isStructSchema() {
          const t = this.getSchema();
          if (typeof t != 'object') return !1;
          const n = t[0];
          return n === 3 || n === -3 || n === 4;
        }
        isUnionSchema() {
          const t = this.getSchema();
          return typeof t != 'object' ? !1 : t[0] === 4;
        }
        isBlobSchema() {
          const t = this.getSchema();
          return t === 21 || t === 42;
        }
        isTimestampSchema() {
          const t = this.getSchema();
          return typeof t == 'number' && t >= 4 && t <= 7;
        }
        isUnitSchema() {
          return this.getSchema() === 'unit';
        }
        isDocumentSchema() {
          return this.getSchema() === 15;
        }
        isStringSchema() {
          return this.getSchema() === 0;
        }
        isBooleanSchema() {
          return this.getSchema() === 2;
        }
        isNumericSchema() {
          return this.getSchema() === 1;
        }
        isBigIntegerSchema() {
          return this.getSchema() === 17;
        }
        isBigDecimalSchema() {
          return this.getSchema() === 19;
        }
        isStreaming() {
          const { streaming: t } = this.getMergedTraits();
          return !!t || this.getSchema() === 42;
        }
        isIdempotencyToken() {
          return !!this.getMergedTraits().idempotencyToken;
        }
        getMergedTraits() {
          return (
            this.normalizedTraits ??
            (this.normalizedTraits = { ...this.getOwnTraits(), ...this.getMemberTraits() })
          );
        }
        getMemberTraits() {
          return gr(this.memberTraits);
        }
        getOwnTraits() {
          return gr(this.traits);
        }
        getKeySchema() {
          const [t, n] = [this.isDocumentSchema(), this.isMapSchema()];
          if (!t && !n)
            throw new Error(`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);
          const o = this.getSchema(),
            r = t ? 15 : (o[4] ?? 0);
          return bi([r, 0], 'key');
        }
        getValueSchema() {
          const t = this.getSchema(),
            [n, o, r] = [this.isDocumentSchema(), this.isMapSchema(), this.isListSchema()],
            i =
              typeof t == 'number'
                ? 63 & t
                : t && typeof t == 'object' && (o || r)
                  ? t[3 + t[0]]
                  : n
                    ? 15
                    : void 0;
          if (i != null) return bi([i, 0], o ? 'value' : 'member');
          throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`);
        }
        getMemberSchema(t) {
          const n = this.getSchema();
          if (this.isStructSchema() && n[4].includes(t)) {
            const o = n[4].indexOf(t),
              r = n[5][o];
            return bi(Ap(r) ? r : [r, 0], t);
          }
          if (this.isDocumentSchema()) return bi([15, 0], t);
          throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no member=${t}.`);
        }
        getMemberSchemas() {
          const t = {};
          try {
            for (const [n, o] of this.structIterator()) t[n] = o;
          } catch {}
          return t;
        }
        getEventStreamMember() {
          if (this.isStructSchema()) {
            for (const [t, n] of this.structIterator()) if (n.isStreaming() && n.isStructSchema()) return t;
          }
          return '';
        }
        *structIterator() {
          if (this.isUnitSchema()) return;
          if (!this.isStructSchema())
            throw new Error('@smithy/core/schema - cannot iterate non-struct schema.');
          let t = this.getSchema(),
            n = t[4].length,
            o = t[Si.it];
          if (o && n === o.length) {
            yield* o;
            return;
          }
          o = Array(n);
          for (let r = 0; r < n; ++r) {
            const i = t[4][r],
              s = bi([t[5][r], 0], i);
            yield (o[r] = [i, s]);
          }
          t[Si.it] = o;
        }
      });
    (Ap = (e) => Array.isArray(e) && e.length === 2), (Qx = (e) => Array.isArray(e) && e.length >= 5);
  });
var ge,
  tS = _(() => {
    ge = class e {
      namespace;
      schemas;
      exceptions;
      static registries = new Map();
      constructor(t, n = new Map(), o = new Map()) {
        (this.namespace = t),
          (this.schemas = n),
          (this.exceptions = o),
          e.registries.has(t) || e.registries.set(t, this);
      }
      static for(t) {
        return e.registries.get(t) ?? new e(t);
      }
      copyFrom(t) {
        const { schemas: n, exceptions: o } = this;
        for (const [r, i] of t.schemas) n.has(r) || n.set(r, i);
        for (const [r, i] of t.exceptions) o.has(r) || o.set(r, i);
      }
      register(t, n) {
        const o = this.normalizeShapeId(t);
        for (const r of [this, e.for(o.split('#')[0])]) r.schemas.has(o) || r.schemas.set(o, n);
      }
      getSchema(t) {
        const n = this.normalizeShapeId(t);
        if (!this.schemas.has(n)) {
          if (!t.includes('#')) {
            const o = '#' + t,
              r = [];
            for (const [i, s] of this.schemas.entries()) i.endsWith(o) && r.push(s);
            if (r.length === 1) return r[0];
          }
          throw new Error(`@smithy/core/schema - schema not found for ${n}`);
        }
        return this.schemas.get(n);
      }
      registerError(t, n) {
        const o = t,
          r = o[1],
          i = r + '#' + o[2];
        n.hasOwnProperty?.('shapeId') || (n.shapeId = i);
        for (const s of [this, e.for(r)])
          !s.schemas.has(i) && !s.exceptions.has(o) && (s.schemas.set(i, o), s.exceptions.set(o, n));
      }
      getErrorCtor(t) {
        const n = t;
        return this.exceptions.has(n) ? this.exceptions.get(n) : e.for(n[1]).exceptions.get(n);
      }
      getBaseException() {
        for (const t of this.exceptions.keys())
          if (Array.isArray(t)) {
            const [, n, o] = t,
              r = n + '#' + o;
            if (r.startsWith('smithy.ts.sdk.synthetic.') && r.endsWith('ServiceException')) return t;
          }
      }
      find(t) {
        for (const n of this.schemas.values()) if (t(n)) return n;
      }
      clear() {
        this.schemas.clear(), this.exceptions.clear();
      }
      normalizeShapeId(t) {
        return t.includes('#') ? t : this.namespace + '#' + t;
      }
    };
  });
var he = _(() => {
  Ip();
  Yx();
  eS();
  Tp();
  tS();
});
function so(e, t) {
  if (t == null) return t;
  const n = q.of(e);
  if (n.getMergedTraits().sensitive) return kp;
  if (n.isListSchema()) {
    const o = n.getValueSchema();
    if (o.getMergedTraits().sensitive) return kp;
    if (Array.isArray(t)) return t.map((r) => so(o, r));
  } else if (n.isMapSchema()) {
    const o = n.getValueSchema();
    if (n.getKeySchema().getMergedTraits().sensitive || o.getMergedTraits().sensitive) return kp;
    if (typeof t == 'object') return Object.fromEntries(Object.entries(t).map(([r, i]) => [r, so(o, i)]));
  } else if (n.isStructSchema() && typeof t == 'object') {
    const o = t,
      r = {};
    for (const [i, s] of n.structIterator()) o[i] != null && (r[i] = so(s, o[i]));
    return r;
  }
  return t;
}
var kp,
  rS = _(() => {
    he();
    kp = '***SensitiveInformation***';
  });
var nS,
  $i,
  Pp,
  oS = _(() => {
    Zt();
    Sp();
    rS();
    he();
    (nS = Symbol.for('@smithy/op-event-stream')),
      ($i = class {
        middlewareStack = io();
        schema;
        static classBuilder() {
          return new Pp();
        }
        resolveMiddlewareWithContext(
          t,
          n,
          o,
          {
            middlewareFn: r,
            clientName: i,
            commandName: s,
            inputFilterSensitiveLog: a,
            outputFilterSensitiveLog: c,
            smithyContext: u,
            additionalContext: l,
            CommandCtor: d,
          },
        ) {
          for (const k of r.bind(this)(d, t, n, o)) this.middlewareStack.use(k);
          let p = t.concat(this.middlewareStack),
            { logger: m } = n,
            f = l[xt],
            g = {
              logger: m,
              clientName: i,
              commandName: s,
              inputFilterSensitiveLog: a,
              outputFilterSensitiveLog: c,
              ...l,
              [xt]: {
                ...f,
                commandInstance: this,
                ...u,
                ...(o?.metricsRecorder === void 0 ? {} : { metricsRecorder: o.metricsRecorder }),
                ...(o?.abortSignal === void 0 ? {} : { abortSignal: o.abortSignal }),
              },
            },
            { requestHandler: h } = n,
            x = o ?? {};
          x.metricsRecorder && ((x = { ...x }), delete x.metricsRecorder);
          let S,
            R = this.schema,
            I = R?.[nS];
          if (I !== void 0) S = I;
          else if (R && Array.isArray(R) && R[0] === 9) {
            const [, , , , k, P] = R;
            S = R[nS] = !!(q.of(k).getEventStreamMember() || q.of(P).getEventStreamMember());
          }
          return (S && (x = { isEventStream: S, ...x }), p.resolve((k) => h.handle(k.request, x), g));
        }
      }),
      (Pp = class {
        _init = () => {};
        _ep = {};
        _middlewareFn = () => [];
        _commandName = '';
        _clientName = '';
        _additionalContext = {};
        _smithyContext = {};
        _inputFilterSensitiveLog = void 0;
        _outputFilterSensitiveLog = void 0;
        _serializer = null;
        _deserializer = null;
        _operationSchema;
        init(t) {
          this._init = t;
        }
        ep(t) {
          return ((this._ep = t), this);
        }
        m(t) {
          return ((this._middlewareFn = t), this);
        }
        s(t, n, o = {}) {
          return ((this._smithyContext = { service: t, operation: n, ...o }), this);
        }
        c(t = {}) {
          return ((this._additionalContext = t), this);
        }
        n(t, n) {
          return ((this._clientName = t), (this._commandName = n), this);
        }
        f(t = (o) => o, n = (o) => o) {
          return ((this._inputFilterSensitiveLog = t), (this._outputFilterSensitiveLog = n), this);
        }
        ser(t) {
          return ((this._serializer = t), this);
        }
        de(t) {
          return ((this._deserializer = t), this);
        }
        sc(t) {
          return ((this._operationSchema = t), (this._smithyContext.operationSchema = t), this);
        }
        build() {
          let t = this,
            n;
          return (n = class extends $i {
            input;
            static getEndpointParameterInstructions() {
              return t._ep;
            }
            constructor(...[o]) {
              super(), (this.input = o ?? {}), t._init(this), (this.schema = t._operationSchema);
            }
            resolveMiddleware(o, r, i) {
              const s = t._operationSchema,
                a = s?.[4] ?? s?.input,
                c = s?.[5] ?? s?.output;
              return this.resolveMiddlewareWithContext(o, r, i, {
                CommandCtor: n,
                middlewareFn: t._middlewareFn,
                clientName: t._clientName,
                commandName: t._commandName,
                inputFilterSensitiveLog: t._inputFilterSensitiveLog ?? (s ? so.bind(null, a) : (u) => u),
                outputFilterSensitiveLog: t._outputFilterSensitiveLog ?? (s ? so.bind(null, c) : (u) => u),
                smithyContext: t._smithyContext,
                additionalContext: t._additionalContext,
              });
            }
            serialize = t._serializer;
            deserialize = t._deserializer;
          });
        }
      });
  });
var Kt,
  Ia,
  iS = _(() => {
    (Kt = class e extends Error {
      static shapeId = 'smithy.ts.sdk.synthetic.nonamespace.client#ServiceException';
      $fault;
      $response;
      $retryable;
      $metadata;
      constructor(t) {
        super(t.message),
          Object.setPrototypeOf(this, Object.getPrototypeOf(this).constructor.prototype),
          (this.name = t.name),
          (this.$fault = t.$fault),
          (this.$metadata = t.$metadata);
      }
      static isInstance(t) {
        if (!t) return !1;
        const n = t;
        return (
          e.prototype.isPrototypeOf(n) ||
          (!!n.$fault && !!n.$metadata && (n.$fault === 'client' || n.$fault === 'server'))
        );
      }
      static [Symbol.hasInstance](t) {
        if (!t) return !1;
        const n = t;
        if (this === e) return e.isInstance(t);
        if (e.isInstance(t)) {
          if (this.prototype.isPrototypeOf(t)) return !0;
          let o = Object.hasOwn(this, 'shapeId') ? this.shapeId : void 0,
            r = !1;
          if (o) {
            let s = Object.getPrototypeOf(n);
            for (; s && s !== Object.prototype; ) {
              const a = s.constructor,
                c = a !== e && Object.hasOwn(a, 'shapeId') ? a?.shapeId : void 0;
              if (c && ((r = !0), c === o)) return !0;
              s = Object.getPrototypeOf(s);
            }
          }
          if (o && r) return !1;
          const i = this.name;
          if (i && i.length >= 6) {
            if (n.name === i) return !0;
            let s = Object.getPrototypeOf(n);
            for (; s && s !== Object.prototype; ) {
              const a = s.constructor?.name;
              if (a && a !== 'Error' && a === i) return !0;
              s = Object.getPrototypeOf(s);
            }
          }
        }
        return !1;
      }
    }),
      (Ia = (e, t = {}) => {
        Object.entries(t)
          .filter(([, o]) => o !== void 0)
          .forEach(([o, r]) => {
            (e[o] == null || e[o] === '') && (e[o] = r);
          });
        const n = e.message || e.Message || 'UnknownError';
        return ((e.message = n), delete e.Message, e);
      });
  });
var Yr,
  sS = _(() => {
    Yr = (e) => {
      switch (e) {
        case 'standard':
          return { retryMode: 'standard', connectionTimeout: 3100 };
        case 'in-region':
          return { retryMode: 'standard', connectionTimeout: 1100 };
        case 'cross-region':
          return { retryMode: 'standard', connectionTimeout: 3100 };
        case 'mobile':
          return { retryMode: 'standard', connectionTimeout: 3e4 };
        default:
          return {};
      }
    };
  });
var aS,
  Qr,
  cS = _(() => {
    (aS = !1),
      (Qr = (e) => {
        e && !aS && parseInt(e.substring(1, e.indexOf('.'))) < 16 && (aS = !0);
      });
  });
var uS,
  lS,
  dS,
  pS = _(() => {
    te();
    Zt();
    (uS = Object.values(Gt)),
      (lS = (e) => {
        const t = [];
        for (const n in Gt) {
          if (!N(Gt, n)) continue;
          const o = Gt[n];
          e[o] !== void 0 && t.push({ algorithmId: () => o, checksumConstructor: () => e[o] });
        }
        for (const [n, o] of Object.entries(e.checksumAlgorithms ?? {}))
          t.push({ algorithmId: () => n, checksumConstructor: () => o });
        return {
          addChecksumAlgorithm(n) {
            e.checksumAlgorithms = e.checksumAlgorithms ?? {};
            const o = n.algorithmId(),
              r = n.checksumConstructor();
            uS.includes(o) ? (e.checksumAlgorithms[o.toUpperCase()] = r) : (e.checksumAlgorithms[o] = r),
              t.push(n);
          },
          checksumAlgorithms() {
            return t;
          },
        };
      }),
      (dS = (e) => {
        const t = {};
        return (
          e.checksumAlgorithms().forEach((n) => {
            const o = n.algorithmId();
            uS.includes(o) && (t[o] = n.checksumConstructor());
          }),
          t
        );
      });
  });
var mS,
  fS,
  gS = _(() => {
    (mS = (e) => ({
      setRetryStrategy(t) {
        e.retryStrategy = t;
      },
      retryStrategy() {
        return e.retryStrategy;
      },
    })),
      (fS = (e) => {
        const t = {};
        return ((t.retryStrategy = e.retryStrategy()), t);
      });
  });
var en,
  tn,
  hS = _(() => {
    pS();
    gS();
    (en = (e) => Object.assign(lS(e), mS(e))), (tn = (e) => Object.assign(dS(e), fS(e)));
  });
var Ye,
  vS = _(() => {
    Ye = class {
      trace() {}
      debug() {}
      info() {}
      warn() {}
      error() {}
    };
  });
function rn(e, t, n, o) {
  return (i, s, a, c, u = {}) => {
    const l = Object.assign({}, e, i);
    return $i
      .classBuilder()
      .ep(l)
      .m(function (d, p, m, f) {
        const g = s.call(this, d, p, m, f);
        return (g.unshift(o(m, d.getEndpointParameterInstructions())), g);
      })
      .s(t, a, u)
      .n(n, a.charAt(0).toUpperCase() + a.slice(1) + 'Command')
      .sc(c)
      .build();
  };
}
var yS = _(() => {
  oS();
});
var re = _(() => {
  te();
  te();
  Zx();
  sS();
  cS();
  iS();
  hS();
  vS();
  yS();
});
var wi,
  Op = _(() => {
    wi = (e) =>
      (typeof ArrayBuffer == 'function' && e instanceof ArrayBuffer) ||
      Object.prototype.toString.call(e) === '[object ArrayBuffer]';
  });
var Ta,
  Aa,
  Ri = _(() => {
    Op();
    (Ta = (e, t = 0, n = e.byteLength - t) => {
      if (!wi(e))
        throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof e} (${e})`);
      return Buffer.from(e, t, n);
    }),
      (Aa = (e, t) => {
        if (typeof e != 'string')
          throw new TypeError(
            `The "input" argument must be of type string. Received type ${typeof e} (${e})`,
          );
        return t ? Buffer.from(e, t) : Buffer.from(e);
      });
  });
var OD,
  lt,
  $S = _(() => {
    Ri();
    (OD = /^[A-Za-z0-9+/]*={0,2}$/),
      (lt = (e) => {
        if ((e.length * 3) % 4 !== 0) throw new TypeError('Incorrect padding on base64 string.');
        if (!OD.exec(e)) throw new TypeError('Invalid base64 string.');
        const t = Aa(e, 'base64');
        return new Uint8Array(t.buffer, t.byteOffset, t.byteLength);
      });
  });
var $e,
  ka = _(() => {
    Ri();
    $e = (e) => {
      const t = Aa(e, 'utf8');
      return new Uint8Array(t.buffer, t.byteOffset, t.byteLength / Uint8Array.BYTES_PER_ELEMENT);
    };
  });
var dt,
  ES = _(() => {
    Ri();
    ka();
    dt = (e) => {
      let t;
      if (
        (typeof e == 'string' ? (t = $e(e)) : (t = e),
        typeof t != 'object' || typeof t.byteOffset != 'number' || typeof t.byteLength != 'number')
      )
        throw new Error('@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.');
      return Ta(t.buffer, t.byteOffset, t.byteLength).toString('base64');
    };
  });
function IS(e, t, n, o) {
  return class Pa extends Uint8Array {
    static fromString(i, s = 'utf-8') {
      if (typeof i == 'string') return s === 'base64' ? Pa.mutate(o(i)) : Pa.mutate(t(i));
      throw new Error(`Unsupported conversion from ${typeof i} to Uint8ArrayBlobAdapter.`);
    }
    static mutate(i) {
      return (Object.setPrototypeOf(i, Pa.prototype), i);
    }
    transformToString(i = 'utf-8') {
      return i === 'base64' ? n(this) : e(this);
    }
  };
}
var wS = _(() => {});
var Fe,
  RS = _(() => {
    Ri();
    Fe = (e) => {
      if (typeof e == 'string') return e;
      if (typeof e != 'object' || typeof e.byteOffset != 'number' || typeof e.byteLength != 'number')
        throw new Error('@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.');
      return Ta(e.buffer, e.byteOffset, e.byteLength).toString('utf8');
    };
  });
function TS(e) {
  return typeof crypto < 'u' && typeof crypto.randomUUID == 'function'
    ? () => crypto.randomUUID()
    : () => {
        const t = new Uint8Array(16);
        return (
          e(t),
          (t[6] = (t[6] & 15) | 64),
          (t[8] = (t[8] & 63) | 128),
          Ae[t[0]] +
            Ae[t[1]] +
            Ae[t[2]] +
            Ae[t[3]] +
            '-' +
            Ae[t[4]] +
            Ae[t[5]] +
            '-' +
            Ae[t[6]] +
            Ae[t[7]] +
            '-' +
            Ae[t[8]] +
            Ae[t[9]] +
            '-' +
            Ae[t[10]] +
            Ae[t[11]] +
            Ae[t[12]] +
            Ae[t[13]] +
            Ae[t[14]] +
            Ae[t[15]]
        );
      };
}
var Ae,
  AS = _(() => {
    Ae = Array.from({ length: 256 }, (e, t) => t.toString(16).padStart(2, '0'));
  });
var Np,
  ND,
  kS,
  UD,
  PS,
  DS,
  CS,
  zD,
  OS,
  NS,
  LD,
  Da,
  Ti,
  US,
  MD,
  jD,
  zS = _(() => {
    (Np = (e) => {
      if (e != null) {
        if (typeof e == 'string') {
          const t = parseFloat(e);
          if (!Number.isNaN(t))
            return (String(t) !== String(e) && jD.warn(MD(`Expected number but observed string: ${e}`)), t);
        }
        if (typeof e == 'number') return e;
        throw new TypeError(`Expected number, got ${typeof e}: ${e}`);
      }
    }),
      (ND = Math.ceil(2 ** 127 * (2 - 2 ** -23))),
      (kS = (e) => {
        const t = Np(e);
        if (t !== void 0 && !Number.isNaN(t) && t !== 1 / 0 && t !== -1 / 0 && Math.abs(t) > ND)
          throw new TypeError(`Expected 32-bit float, got ${e}`);
        return t;
      }),
      (UD = (e) => {
        if (e != null) {
          if (Number.isInteger(e) && !Number.isNaN(e)) return e;
          throw new TypeError(`Expected integer, got ${typeof e}: ${e}`);
        }
      }),
      (PS = (e) => CS(e, 16)),
      (DS = (e) => CS(e, 8)),
      (CS = (e, t) => {
        const n = UD(e);
        if (n !== void 0 && zD(n, t) !== n) throw new TypeError(`Expected ${t}-bit integer, got ${e}`);
        return n;
      }),
      (zD = (e, t) => {
        switch (t) {
          case 32:
            return Int32Array.of(e)[0];
          case 16:
            return Int16Array.of(e)[0];
          case 8:
            return Int8Array.of(e)[0];
        }
      }),
      (OS = (e) => Np(typeof e == 'string' ? Da(e) : e)),
      (NS = (e) => kS(typeof e == 'string' ? Da(e) : e)),
      (LD = /(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g),
      (Da = (e) => {
        const t = e.match(LD);
        if (t === null || t[0].length !== e.length)
          throw new TypeError('Expected real number, got implicit NaN');
        return parseFloat(e);
      }),
      (Ti = (e) => PS(typeof e == 'string' ? Da(e) : e)),
      (US = (e) => DS(typeof e == 'string' ? Da(e) : e)),
      (MD = (e) =>
        String(new TypeError(e).stack || e)
          .split(`
`)
          .slice(0, 5)
          .filter((t) => !t.includes('stackTraceWarning'))
          .join(`
`)),
      (jD = { warn: console.warn });
  });
function Lp(e) {
  const t = e.getUTCFullYear(),
    n = e.getUTCMonth(),
    o = e.getUTCDay(),
    r = e.getUTCDate(),
    i = e.getUTCHours(),
    s = e.getUTCMinutes(),
    a = e.getUTCSeconds(),
    c = r < 10 ? `0${r}` : `${r}`,
    u = i < 10 ? `0${i}` : `${i}`,
    l = s < 10 ? `0${s}` : `${s}`,
    d = a < 10 ? `0${a}` : `${a}`;
  return `${BD[o]}, ${c} ${zp[n]} ${t} ${u}:${l}:${d} GMT`;
}
var BD,
  zp,
  CV,
  FD,
  Mp,
  VD,
  GD,
  ZD,
  ki,
  jp,
  Ca,
  HD,
  KD,
  qD,
  Up,
  WD,
  JD,
  XD,
  hr,
  YD,
  QD,
  Ai,
  LS = _(() => {
    zS();
    (BD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']),
      (zp = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    (CV = new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/)),
      (FD = new RegExp(
        /^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/,
      )),
      (Mp = (e) => {
        if (e == null) return;
        if (typeof e != 'string') throw new TypeError('RFC-3339 date-times must be expressed as strings');
        const t = FD.exec(e);
        if (!t) throw new TypeError('Invalid RFC-3339 date-time value');
        const [n, o, r, i, s, a, c, u, l] = t,
          d = Ti(Ai(o)),
          p = hr(r, 'month', 1, 12),
          m = hr(i, 'day', 1, 31),
          f = Ca(d, p, m, { hours: s, minutes: a, seconds: c, fractionalMilliseconds: u });
        return (l.toUpperCase() != 'Z' && f.setTime(f.getTime() - QD(l)), f);
      }),
      (VD = new RegExp(
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/,
      )),
      (GD = new RegExp(
        /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/,
      )),
      (ZD = new RegExp(
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/,
      )),
      (ki = (e) => {
        if (e == null) return;
        if (typeof e != 'string') throw new TypeError('RFC-7231 date-times must be expressed as strings');
        let t = VD.exec(e);
        if (t) {
          const [n, o, r, i, s, a, c, u] = t;
          return Ca(Ti(Ai(i)), Up(r), hr(o, 'day', 1, 31), {
            hours: s,
            minutes: a,
            seconds: c,
            fractionalMilliseconds: u,
          });
        }
        if (((t = GD.exec(e)), t)) {
          const [n, o, r, i, s, a, c, u] = t;
          return qD(
            Ca(HD(i), Up(r), hr(o, 'day', 1, 31), {
              hours: s,
              minutes: a,
              seconds: c,
              fractionalMilliseconds: u,
            }),
          );
        }
        if (((t = ZD.exec(e)), t)) {
          const [n, o, r, i, s, a, c, u] = t;
          return Ca(Ti(Ai(u)), Up(o), hr(r.trimLeft(), 'day', 1, 31), {
            hours: i,
            minutes: s,
            seconds: a,
            fractionalMilliseconds: c,
          });
        }
        throw new TypeError('Invalid RFC-7231 date-time value');
      }),
      (jp = (e) => {
        if (e == null) return;
        let t;
        if (typeof e == 'number') t = e;
        else if (typeof e == 'string') t = OS(e);
        else if (typeof e == 'object' && e.tag === 1) t = e.value;
        else
          throw new TypeError(
            'Epoch timestamps must be expressed as floating point numbers or their string representation',
          );
        if (Number.isNaN(t) || t === 1 / 0 || t === -1 / 0)
          throw new TypeError('Epoch timestamps must be valid, non-Infinite, non-NaN numerics');
        return new Date(Math.round(t * 1e3));
      }),
      (Ca = (e, t, n, o) => {
        const r = t - 1;
        return (
          JD(e, r, n),
          new Date(
            Date.UTC(
              e,
              r,
              n,
              hr(o.hours, 'hour', 0, 23),
              hr(o.minutes, 'minute', 0, 59),
              hr(o.seconds, 'seconds', 0, 60),
              YD(o.fractionalMilliseconds),
            ),
          )
        );
      }),
      (HD = (e) => {
        const t = new Date().getUTCFullYear(),
          n = Math.floor(t / 100) * 100 + Ti(Ai(e));
        return n < t ? n + 100 : n;
      }),
      (KD = 50 * 365 * 24 * 60 * 60 * 1e3),
      (qD = (e) =>
        e.getTime() - new Date().getTime() > KD
          ? new Date(
              Date.UTC(
                e.getUTCFullYear() - 100,
                e.getUTCMonth(),
                e.getUTCDate(),
                e.getUTCHours(),
                e.getUTCMinutes(),
                e.getUTCSeconds(),
                e.getUTCMilliseconds(),
              ),
            )
          : e),
      (Up = (e) => {
        const t = zp.indexOf(e);
        if (t < 0) throw new TypeError(`Invalid month: ${e}`);
        return t + 1;
      }),
      (WD = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]),
      (JD = (e, t, n) => {
        let o = WD[t];
        if ((t === 1 && XD(e) && (o = 29), n > o))
          throw new TypeError(`Invalid day for ${zp[t]} in ${e}: ${n}`);
      }),
      (XD = (e) => e % 4 === 0 && (e % 100 !== 0 || e % 400 === 0)),
      (hr = (e, t, n, o) => {
        const r = US(Ai(e));
        if (r < n || r > o) throw new TypeError(`${t} must be between ${n} and ${o}, inclusive`);
        return r;
      }),
      (YD = (e) => (e == null ? 0 : NS('0.' + e) * 1e3)),
      (QD = (e) => {
        let t = e[0],
          n = 1;
        if (t == '+') n = 1;
        else if (t == '-') n = -1;
        else throw new TypeError(`Offset direction, ${t}, must be "+" or "-"`);
        const o = Number(e.substring(1, 3)),
          r = Number(e.substring(4, 6));
        return n * (o * 60 + r) * 60 * 1e3;
      }),
      (Ai = (e) => {
        let t = 0;
        for (; t < e.length - 1 && e.charAt(t) === '0'; ) t++;
        return t === 0 ? e : e.slice(t);
      });
  });
var St,
  MS = _(() => {
    St = (t) =>
      Object.assign(new String(t), {
        deserializeJSON() {
          return JSON.parse(String(t));
        },
        toString() {
          return String(t);
        },
        toJSON() {
          return String(t);
        },
      });
    St.from = (e) =>
      e && typeof e == 'object' && (e instanceof St || 'deserializeJSON' in e)
        ? e
        : typeof e == 'string' || Object.getPrototypeOf(e) === String.prototype
          ? St(String(e))
          : St(JSON.stringify(e));
    St.fromObject = St.from;
  });
var jS,
  De,
  BS = _(() => {
    (jS = /^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/),
      (De = class e {
        string;
        type;
        constructor(t, n) {
          if (((this.string = t), (this.type = n), !jS.test(t)))
            throw new Error(
              `@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${t}"`,
            );
        }
        toString() {
          return this.string;
        }
        static [Symbol.hasInstance](t) {
          if (!t || typeof t != 'object') return !1;
          const n = t;
          return e.prototype.isPrototypeOf(t) || (n.type === 'bigDecimal' && jS.test(n.string));
        }
      });
  });
function Pi(e) {
  if (e.length % 2 !== 0) throw new Error('Hex encoded strings must have an even number length');
  const t = new Uint8Array(e.length / 2);
  for (let n = 0; n < e.length; n += 2) {
    const o = e.slice(n, n + 2).toLowerCase();
    if (o in Bp) t[n / 2] = Bp[o];
    else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`);
  }
  return t;
}
function de(e) {
  let t = '';
  for (let n = 0; n < e.byteLength; n++) t += FS[e[n]];
  return t;
}
var FS,
  Bp,
  VS = _(() => {
    (FS = {}), (Bp = {});
    for (let e = 0; e < 256; e++) {
      let t = e.toString(16).toLowerCase();
      t.length === 1 && (t = `0${t}`), (FS[e] = t), (Bp[t] = e);
    }
  });

import { ReadStream as eC, lstatSync as rC, fstatSync as tC } from 'node:fs';

var sn,
  GS = _(() => {
    sn = (e) => {
      if (!e) return 0;
      if (typeof e == 'string') return Buffer.byteLength(e);
      if (typeof e.byteLength == 'number') return e.byteLength;
      if (typeof e.size == 'number') return e.size;
      if (typeof e.start == 'number' && typeof e.end == 'number') return e.end + 1 - e.start;
      if (e instanceof eC) {
        if (e.path != null) return rC(e.path).size;
        if (typeof e.fd == 'number') return tC(e.fd).size;
      }
      throw new Error(`Body Length computation failed for ${e}`);
    };
  });
var Qe,
  ZS = _(() => {
    ka();
    Qe = (e) =>
      e instanceof Uint8Array
        ? e
        : typeof e == 'string'
          ? $e(e)
          : ArrayBuffer.isView(e)
            ? new Uint8Array(e.buffer, e.byteOffset, e.byteLength / Uint8Array.BYTES_PER_ELEMENT)
            : new Uint8Array(e);
  });
function Oa(e, t) {
  if (t === void 0) {
    t = 0;
    for (const r of e) t += r.byteLength;
  }
  let n = new Uint8Array(t),
    o = 0;
  for (const r of e) n.set(r, o), (o += r.byteLength);
  return n;
}
var Fp = _(() => {});
var Ot,
  Na = _(() => {
    Ot = class e extends Error {
      name = 'ProviderError';
      tryNextLink;
      constructor(t, n = !0) {
        let o,
          r = !0;
        typeof n == 'boolean'
          ? ((o = void 0), (r = n))
          : n != null && typeof n == 'object' && ((o = n.logger), (r = n.tryNextLink ?? !0)),
          super(t),
          (this.tryNextLink = r),
          Object.setPrototypeOf(this, e.prototype),
          o?.debug?.(`@smithy/property-provider ${r ? '->' : '(!)'} ${t}`);
      }
      static from(t, n = !0) {
        return Object.assign(new this(t.message, n), t);
      }
    };
  });
var qt,
  Ua = _(() => {
    Na();
    qt = class e extends Ot {
      name = 'CredentialsProviderError';
      constructor(t, n = !0) {
        super(t, n), Object.setPrototypeOf(this, e.prototype);
      }
    };
  });
var HS,
  KS = _(() => {
    Na();
    HS =
      (...e) =>
      async () => {
        if (e.length === 0) throw new Ot('No providers in chain');
        let t;
        for (const n of e)
          try {
            return await n();
          } catch (o) {
            if (((t = o), o?.tryNextLink)) continue;
            throw o;
          }
        throw t;
      };
  });
var qS,
  WS = _(() => {
    qS = (e) => () => Promise.resolve(e);
  });
var za,
  Vp = _(() => {
    za = (e, t, n) => {
      let o,
        r,
        i,
        s = !1,
        a = async () => {
          r || (r = e());
          try {
            (o = await r), (i = !0), (s = !1);
          } finally {
            r = void 0;
          }
          return o;
        };
      return t === void 0
        ? async (c) => ((!i || c?.forceRefresh) && (o = await a()), o)
        : async (c) => (
            (!i || c?.forceRefresh) && (o = await a()),
            s ? o : n && !n(o) ? ((s = !0), o) : (t(o) && (await a()), o)
          );
    };
  });
var et,
  La = _(() => {
    et = (e, t, n) => {
      if (t in e) {
        if (e[t] === 'true') return !0;
        if (e[t] === 'false') return !1;
        throw new Error(`Cannot load ${n} "${t}". Expected "true" or "false", got ${e[t]}.`);
      }
    };
  });
var Ce,
  Ma = _(() => {
    ((e) => {
      (e.ENV = 'env'), (e.CONFIG = 'shared config entry');
    })(Ce || (Ce = {}));
  });

import { homedir as nC } from 'node:os';
import { sep as oC } from 'node:path';

var Gp,
  iC,
  ao,
  ja = _(() => {
    (Gp = {}),
      (iC = () => (process && process.geteuid ? `${process.geteuid()}` : 'DEFAULT')),
      (ao = () => {
        const { HOME: e, USERPROFILE: t, HOMEPATH: n, HOMEDRIVE: o = `C:${oC}` } = process.env;
        if (e) return e;
        if (t) return t;
        if (n) return `${o}${n}`;
        const r = iC();
        return (Gp[r] || (Gp[r] = nC()), Gp[r]);
      });
  });
var sC,
  aC,
  JS,
  XS = _(() => {
    (sC = 'AWS_PROFILE'), (aC = 'default'), (JS = (e) => e.profile || process.env[sC] || aC);
  });
var YS,
  QS = _(() => {
    Zt();
    YS = (e) =>
      Object.entries(e)
        .filter(([t]) => {
          const n = t.indexOf('.');
          return n === -1 ? !1 : Object.values(mr).includes(t.substring(0, n));
        })
        .reduce(
          (t, [n, o]) => {
            const r = n.indexOf('.'),
              i = n.substring(0, r) === mr.PROFILE ? n.substring(r + 1) : n;
            return ((t[i] = o), t);
          },
          { ...(e.default && { default: e.default }) },
        );
  });

import { join as cC } from 'node:path';

var uC,
  eb,
  tb = _(() => {
    ja();
    (uC = 'AWS_CONFIG_FILE'), (eb = () => process.env[uC] || cC(ao(), '.aws', 'config'));
  });

import { join as lC } from 'node:path';

var dC,
  rb,
  nb = _(() => {
    ja();
    (dC = 'AWS_SHARED_CREDENTIALS_FILE'), (rb = () => process.env[dC] || lC(ao(), '.aws', 'credentials'));
  });
var pC,
  mC,
  Zp,
  ob = _(() => {
    Zt();
    (pC = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/),
      (mC = ['__proto__', 'profile __proto__']),
      (Zp = (e) => {
        let t = {},
          n,
          o;
        for (const r of e.split(/\r?\n/)) {
          const i = r.split(/(^|\s)[;#]/)[0].trim();
          if (i[0] === '[' && i[i.length - 1] === ']') {
            (n = void 0), (o = void 0);
            const a = i.substring(1, i.length - 1),
              c = pC.exec(a);
            if (c) {
              const [, u, , l] = c;
              Object.values(mr).includes(u) && (n = [u, l].join('.'));
            } else n = a;
            if (mC.includes(a)) throw new Error(`Found invalid profile name "${a}"`);
          } else if (n) {
            const a = i.indexOf('=');
            if (![0, -1].includes(a)) {
              const [c, u] = [i.substring(0, a).trim(), i.substring(a + 1).trim()];
              if (u === '') o = c;
              else {
                o && r.trimStart() === r && (o = void 0), (t[n] = t[n] || {});
                const l = o ? [o, c].join('.') : c;
                t[n][l] = u;
              }
            }
          }
        }
        return t;
      });
  });

import { readFile as fC } from 'node:fs/promises';

var Hp,
  ib,
  Kp,
  sb = _(() => {
    (Hp = {}),
      (ib = {}),
      (Kp = (e, t) =>
        ib[e] !== void 0 ? ib[e] : ((!Hp[e] || t?.ignoreCache) && (Hp[e] = fC(e, 'utf8')), Hp[e]));
  });

import { join as ab } from 'node:path';

var cb,
  ub,
  lb = _(() => {
    QS();
    tb();
    nb();
    ja();
    ob();
    sb();
    (cb = () => ({})),
      (ub = async (e = {}) => {
        let { filepath: t = rb(), configFilepath: n = eb() } = e,
          o = ao(),
          r = '~/',
          i = t;
        t.startsWith(r) && (i = ab(o, t.slice(2)));
        let s = n;
        n.startsWith(r) && (s = ab(o, n.slice(2)));
        const a = await Promise.all([
          Kp(s, { ignoreCache: e.ignoreCache }).then(Zp).then(YS).catch(cb),
          Kp(i, { ignoreCache: e.ignoreCache }).then(Zp).catch(cb),
        ]);
        return { configFile: a[0], credentialsFile: a[1] };
      });
  });
function Ba(e) {
  try {
    const t = new Set(Array.from(e.match(/([A-Z_]){3,}/g) ?? []));
    return (t.delete('CONFIG'), t.delete('CONFIG_PREFIX_SEPARATOR'), t.delete('ENV'), [...t].join(', '));
  } catch {
    return e;
  }
}
var qp = _(() => {});
var db,
  pb = _(() => {
    Ua();
    qp();
    db = (e, t) => async () => {
      try {
        const n = e(process.env, t);
        if (n === void 0) throw new Error();
        return n;
      } catch (n) {
        throw new qt(n.message || `Not found in ENV: ${Ba(e.toString())}`, { logger: t?.logger });
      }
    };
  });
var mb,
  fb = _(() => {
    Ua();
    XS();
    lb();
    qp();
    mb =
      (e, { preferredFile: t = 'config', ...n } = {}) =>
      async () => {
        const o = JS(n),
          { configFile: r, credentialsFile: i } = await ub(n),
          s = i[o] || {},
          a = r[o] || {},
          c = t === 'config' ? { ...s, ...a } : { ...a, ...s };
        try {
          const l = e(c, t === 'config' ? r : i);
          if (l === void 0) throw new Error();
          return l;
        } catch (u) {
          throw new qt(u.message || `Not found in config files w/ profile [${o}]: ${Ba(e.toString())}`, {
            logger: n.logger,
          });
        }
      };
  });
var gC,
  gb,
  hb = _(() => {
    WS();
    (gC = (e) => typeof e == 'function'), (gb = (e) => (gC(e) ? async () => await e() : qS(e)));
  });
var F,
  Wp = _(() => {
    KS();
    Vp();
    pb();
    fb();
    hb();
    F = ({ environmentVariableSelector: e, configFileSelector: t, default: n }, o = {}) => {
      const { signingName: r, logger: i } = o;
      return za(HS(db(e, { signingName: r, logger: i }), mb(t, o), gb(n)));
    };
  });
var vb,
  yb,
  an,
  _b = _(() => {
    La();
    Ma();
    (vb = 'AWS_USE_DUALSTACK_ENDPOINT'),
      (yb = 'use_dualstack_endpoint'),
      (an = {
        environmentVariableSelector: (e) => et(e, vb, Ce.ENV),
        configFileSelector: (e) => et(e, yb, Ce.CONFIG),
        default: !1,
      });
  });
var xb,
  Sb,
  cn,
  bb = _(() => {
    La();
    Ma();
    (xb = 'AWS_USE_FIPS_ENDPOINT'),
      (Sb = 'use_fips_endpoint'),
      (cn = {
        environmentVariableSelector: (e) => et(e, xb, Ce.ENV),
        configFileSelector: (e) => et(e, Sb, Ce.CONFIG),
        default: !1,
      });
  });
var $b,
  Jp,
  Xp,
  Eb,
  Ib,
  wb,
  Rb,
  Tb,
  Ab,
  Yp = _(() => {
    ($b = 'AWS_EXECUTION_ENV'),
      (Jp = 'AWS_REGION'),
      (Xp = 'AWS_DEFAULT_REGION'),
      (Eb = 'AWS_EC2_METADATA_DISABLED'),
      (Ib = ['in-region', 'cross-region', 'mobile', 'standard', 'legacy']),
      (wb = '/latest/meta-data/placement/region'),
      (Rb = '/latest/api/token'),
      (Tb = 'x-aws-ec2-metadata-token'),
      (Ab = 'x-aws-ec2-metadata-token-ttl-seconds');
  });
var kb,
  hC,
  Cb,
  Fa,
  Pb,
  vC,
  Db,
  Qp = _(() => {
    Yp();
    (kb = 1e3),
      (hC = 6e4),
      (Cb = 0),
      (Fa = async () => {
        if (!process.env[Eb] && !(Date.now() < Cb))
          try {
            const e = vC(),
              t = (await Db({ ...e, path: Rb, method: 'PUT', headers: { [Ab]: '21600' } })).toString();
            return (
              (await Db({ ...e, path: wb, method: 'GET', headers: { [Tb]: t } })).toString().trim() || Pb()
            );
          } catch {
            return Pb();
          }
      }),
      (Pb = () => {
        Cb = Date.now() + hC;
      }),
      (vC = () => {
        const e = process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;
        if (e) {
          const t = new URL(e);
          return { hostname: t.hostname.replace(/^\[(.+)]$/, '$1'), port: t.port ? Number(t.port) : void 0 };
        }
        return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE === 'IPv6'
          ? { hostname: 'fd00:ec2::254' }
          : { hostname: '169.254.169.254' };
      }),
      (Db = async (e) => {
        const { request: t } = await import('node:http');
        return new Promise((n, o) => {
          const r = t({
            hostname: e.hostname,
            port: e.port,
            path: e.path,
            method: e.method,
            headers: e.headers,
            timeout: kb,
            signal: AbortSignal.timeout(kb),
          });
          r.on('error', (i) => {
            o(i), r.destroy();
          }),
            r.on('timeout', () => {
              o(new Error('TimeoutError from instance metadata service')), r.destroy();
            }),
            r.on('response', (i) => {
              const { statusCode: s = 400 } = i;
              if (s < 200 || s >= 300) {
                o(
                  Object.assign(new Error('Error response received from instance metadata service'), {
                    statusCode: s,
                  }),
                ),
                  r.destroy();
                return;
              }
              const a = [];
              i.on('data', (c) => a.push(c)),
                i.on('end', () => {
                  n(Buffer.concat(a)), r.destroy();
                });
            }),
            r.end();
        });
      });
  });
var Ob,
  Nb,
  Wt,
  un,
  em = _(() => {
    Qp();
    (Ob = 'AWS_REGION'),
      (Nb = 'region'),
      (Wt = {
        environmentVariableSelector: (e) => e[Ob],
        configFileSelector: (e) => e[Nb],
        default: async () => {
          const e = await Fa();
          if (e) return e;
          throw new Error('Region is missing');
        },
      }),
      (un = { preferredFile: 'credentials' });
  });
var Ub,
  zb,
  Lb = _(() => {
    te();
    (Ub = new Set()),
      (zb = (e, t = Dt) => {
        if (!Ub.has(e) && !t(e))
          if (e === '*')
            console.warn(
              '@smithy/config-resolver WARN - Please use the caller region instead of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.',
            );
          else throw new Error(`Region not accepted: region="${e}" is not a valid hostname component.`);
        else Ub.add(e);
      });
  });
var Va,
  tm = _(() => {
    Va = (e) => typeof e == 'string' && (e.startsWith('fips-') || e.endsWith('-fips'));
  });
var Mb,
  jb = _(() => {
    tm();
    Mb = (e) =>
      Va(e)
        ? ['fips-aws-global', 'aws-fips'].includes(e)
          ? 'us-east-1'
          : e.replace(/fips-(dkr-|prod-)?|-fips/, '')
        : e;
  });
var ln,
  Bb = _(() => {
    Lb();
    jb();
    tm();
    ln = (e) => {
      const { region: t, useFipsEndpoint: n } = e;
      if (!t) throw new Error('Region is missing');
      return Object.assign(e, {
        region: async () => {
          const o = typeof t == 'function' ? await t() : t,
            r = Mb(o);
          return (zb(r), r);
        },
        useFipsEndpoint: async () => {
          const o = typeof t == 'string' ? t : await t();
          return Va(o) ? !0 : typeof n != 'function' ? Promise.resolve(!!n) : n();
        },
      });
    };
  });
var yC,
  _C,
  Fb,
  Vb = _(() => {
    (yC = 'AWS_DEFAULTS_MODE'),
      (_C = 'defaults_mode'),
      (Fb = {
        environmentVariableSelector: (e) => e[yC],
        configFileSelector: (e) => e[_C],
        default: 'legacy',
      });
  });
var dn,
  xC,
  SC,
  Gb = _(() => {
    em();
    Qp();
    Wp();
    Vp();
    Yp();
    Vb();
    (dn = ({ region: e = F(Wt), defaultsMode: t = F(Fb) } = {}) =>
      za(async () => {
        const n = typeof t == 'function' ? await t() : t;
        switch (n?.toLowerCase()) {
          case 'auto':
            return xC(e);
          case 'in-region':
          case 'cross-region':
          case 'mobile':
          case 'standard':
          case 'legacy':
            return Promise.resolve(n?.toLocaleLowerCase());
          case void 0:
            return Promise.resolve('legacy');
          default:
            throw new Error(`Invalid parameter for "defaultsMode", expect ${Ib.join(', ')}, got ${n}`);
        }
      })),
      (xC = async (e) => {
        if (e) {
          const t = typeof e == 'function' ? await e() : e,
            n = await SC();
          return n ? (t === n ? 'in-region' : 'cross-region') : 'standard';
        }
        return 'standard';
      }),
      (SC = async () =>
        process.env[$b] && (process.env[Jp] || process.env[Xp])
          ? (process.env[Jp] ?? process.env[Xp])
          : Fa());
  });
var tt = _(() => {
  Na();
  Ua();
  La();
  Ma();
  Wp();
  _b();
  bb();
  em();
  Bb();
  Gb();
});
var Zb,
  Hb,
  Kb,
  qb = _(() => {
    (Zb = 'AWS_ENDPOINT_URL'),
      (Hb = 'endpoint_url'),
      (Kb = (e) => ({
        environmentVariableSelector: (t) => {
          const n = e.split(' ').map((i) => i.toUpperCase()),
            o = t[[Zb, ...n].join('_')];
          if (o) return o;
          const r = t[Zb];
          if (r) return r;
        },
        configFileSelector: (t, n) => {
          if (t.services) {
            const r = ['services', t.services].join('.');
            if (!n || !n[r])
              throw new Error(
                `The services section "${t.services}" specified in the profile is not present in the shared configuration file.`,
              );
            const i = n[r],
              s = e.split(' ').map((c) => c.toLowerCase()),
              a = i[[s.join('_'), Hb].join('.')];
            if (a) return a;
          }
          const o = t[Hb];
          if (o) return o;
        },
        default: void 0,
      }));
  });
var bC,
  $C,
  Wb,
  Jb = _(() => {
    tt();
    (bC = 'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'),
      ($C = 'ignore_configured_endpoint_urls'),
      (Wb = {
        environmentVariableSelector: (e) => et(e, bC, Ce.ENV),
        configFileSelector: (e) => et(e, $C, Ce.CONFIG),
        default: !1,
      });
  });
var Ci,
  Xb = _(() => {
    tt();
    qb();
    Jb();
    Ci = async (e) => {
      if (!(await F(Wb)())) return F(Kb(e ?? ''))();
    };
  });
var rm,
  EC,
  IC,
  wC,
  Yb,
  Qb,
  e$ = _(() => {
    (rm = async (e) => {
      const t = e?.Bucket || '';
      if (
        (typeof e.Bucket == 'string' &&
          (e.Bucket = t.replace(/#/g, encodeURIComponent('#')).replace(/\?/g, encodeURIComponent('?'))),
        Qb(t))
      ) {
        if (e.ForcePathStyle === !0) throw new Error('Path-style addressing cannot be used with ARN buckets');
      } else
        (!Yb(t) ||
          (t.indexOf('.') !== -1 && !String(e.Endpoint).startsWith('http:')) ||
          t.toLowerCase() !== t ||
          t.length < 3) &&
          (e.ForcePathStyle = !0);
      return (
        e.DisableMultiRegionAccessPoints && ((e.disableMultiRegionAccessPoints = !0), (e.DisableMRAP = !0)), e
      );
    }),
      (EC = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/),
      (IC = /(\d+\.){3}\d+/),
      (wC = /\.\./),
      (Yb = (e) => EC.test(e) && !IC.test(e) && !wC.test(e)),
      (Qb = (e) => {
        const [t, n, o, , , r] = e.split(':'),
          i = t === 'arn' && e.split(':').length >= 6,
          s = !!(i && n && o && r);
        if (i && !s) throw new Error(`Invalid ARN: ${e} was an invalid ARN.`);
        return s;
      });
  });
var t$ = _(() => {
  e$();
});
var r$,
  n$ = _(() => {
    r$ = (e, t, n, o = !1) => {
      const r = async () => {
        let i;
        return (
          o ? (i = n.clientContextParams?.[e] ?? n[e] ?? n[t]) : (i = n[e] ?? n[t]),
          typeof i == 'function' ? i() : i
        );
      };
      return e === 'credentialScope' || t === 'CredentialScope'
        ? async () => {
            const i = typeof n.credentials == 'function' ? await n.credentials() : n.credentials;
            return i?.credentialScope ?? i?.CredentialScope;
          }
        : e === 'accountId' || t === 'AccountId'
          ? async () => {
              const i = typeof n.credentials == 'function' ? await n.credentials() : n.credentials;
              return i?.accountId ?? i?.AccountId;
            }
          : e === 'endpoint' || t === 'endpoint'
            ? async () => {
                if (n.isCustomEndpoint === !1) return;
                const i = await r();
                if (i && typeof i == 'object') {
                  if ('url' in i) return i.url.href;
                  if ('hostname' in i) {
                    const { protocol: s, hostname: a, port: c, path: u } = i;
                    return `${s}//${a}${c ? ':' + c : ''}${u}`;
                  }
                }
                return i;
              }
            : r;
    };
  });
var nm = _(() => {
  te();
});
function Ga(e) {
  return async (t, n, o, r) => {
    if (!o.isCustomEndpoint && !o.ignoreConfiguredEndpointUrls) {
      let a;
      o.serviceConfiguredEndpoint ? (a = await o.serviceConfiguredEndpoint()) : (a = await e(o.serviceId)),
        a &&
          ((o.endpoint = () => Promise.resolve(fr(a))),
          (o.isCustomEndpoint = !0),
          r?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from config: ${a}`));
    }
    const i = await Za(t, n, o);
    if (typeof o.endpointProvider != 'function') throw new Error('config.endpointProvider is not set.');
    const s = o.endpointProvider(i, r);
    if (o.isCustomEndpoint && o.endpoint) {
      const a = await o.endpoint();
      if (a?.headers) {
        s.headers ??= {};
        for (const [c, u] of Object.entries(a.headers)) s.headers[c] = Array.isArray(u) ? u : [u];
      }
    }
    return s;
  };
}
var Za,
  Ha = _(() => {
    t$();
    n$();
    nm();
    Za = async (e, t, n) => {
      const o = {},
        r = t?.getEndpointParameterInstructions?.() || {};
      for (const [i, s] of Object.entries(r))
        switch (s.type) {
          case 'staticContextParams':
            o[i] = s.value;
            break;
          case 'contextParams':
            o[i] = e[s.name];
            break;
          case 'clientContextParams':
          case 'builtInParams':
            o[i] = await r$(s.name, i, n, s.type !== 'builtInParams')();
            break;
          case 'operationContextParams':
            o[i] = s.get(e);
            break;
          default:
            throw new Error('Unrecognized endpoint parameter instruction: ' + JSON.stringify(s));
        }
      return (
        Object.keys(r).length === 0 && Object.assign(o, n),
        String(n.serviceId).toLowerCase() === 's3' && (await rm(o)),
        o
      );
    };
  });
function RC(e, t, n) {
  e.__smithy_context
    ? e.__smithy_context.features || (e.__smithy_context.features = {})
    : (e.__smithy_context = { features: {} }),
    (e.__smithy_context.features[t] = n);
}
function Ka(e) {
  const t = Ga(e);
  return ({ config: n, instructions: o }) =>
    (r, i) =>
    async (s) => {
      n.isCustomEndpoint && RC(i, 'ENDPOINT_OVERRIDE', 'N');
      const a = await t(
        s.input,
        {
          getEndpointParameterInstructions() {
            return o;
          },
        },
        { ...n },
        i,
      );
      (i.endpointV2 = a), (i.authSchemes = a.properties?.authSchemes);
      const c = i.authSchemes?.[0];
      if (c) {
        (i.signing_region = c.signingRegion), (i.signing_service = c.signingName);
        const l = fe(i)?.selectedHttpAuthScheme?.httpAuthOption;
        l &&
          (l.signingProperties = Object.assign(
            l.signingProperties || {},
            {
              signing_region: c.signingRegion,
              signingRegion: c.signingRegion,
              signing_service: c.signingName,
              signingName: c.signingName,
              signingRegionSet: c.signingRegionSet,
            },
            c.properties,
          ));
      }
      return r({ ...s });
    };
}
var om = _(() => {
  te();
  Ha();
});
function o$(e) {
  const t = Ka(e);
  return (n, o) => ({
    applyToStack: (r) => {
      r.addRelativeTo(t({ config: n, instructions: o }), AC);
    },
  });
}
var TC,
  AC,
  i$ = _(() => {
    om();
    (TC = { name: 'serializerMiddleware', step: 'serialize', tags: ['SERIALIZER'], override: !0 }),
      (AC = {
        step: 'serialize',
        tags: ['ENDPOINT_PARAMETERS', 'ENDPOINT_V2', 'ENDPOINT'],
        name: 'endpointV2Middleware',
        override: !0,
        relation: 'before',
        toMiddleware: TC.name,
      });
  });
function s$(e) {
  return (t) => {
    let n = t.tls ?? !0,
      { endpoint: o, useDualstackEndpoint: r, useFipsEndpoint: i } = t,
      s = o != null ? async () => fr(await se(o)()) : void 0,
      c = Object.assign(t, {
        endpoint: s,
        tls: n,
        isCustomEndpoint: !!o,
        useDualstackEndpoint: se(r ?? !1),
        useFipsEndpoint: se(i ?? !1),
        ignoreConfiguredEndpointUrls: !!t.ignoreConfiguredEndpointUrls,
      }),
      u;
    return ((c.serviceConfiguredEndpoint = async () => (t.serviceId && !u && (u = e(t.serviceId)), u)), c);
  };
}
var a$ = _(() => {
  te();
  nm();
});
var Jt,
  c$ = _(() => {
    Jt = class e {
      nodes;
      root;
      conditions;
      results;
      constructor(t, n, o, r) {
        (this.nodes = t), (this.root = n), (this.conditions = o), (this.results = r);
      }
      static from(t, n, o, r) {
        return new e(t, n, o, r);
      }
    };
  });
var Xt,
  u$ = _(() => {
    Xt = class {
      capacity;
      data = new Map();
      parameters = [];
      constructor({ size: t, params: n }) {
        (this.capacity = t ?? 50), n && (this.parameters = n);
      }
      get(t, n) {
        const o = this.hash(t);
        if (o === !1) return n();
        if (!this.data.has(o)) {
          if (this.data.size > this.capacity + 10) {
            let r = this.data.keys(),
              i = 0;
            for (;;) {
              const { value: s, done: a } = r.next();
              if ((this.data.delete(s), a || ++i > 10)) break;
            }
          }
          this.data.set(o, n());
        }
        return this.data.get(o);
      }
      size() {
        return this.data.size;
      }
      hash(t) {
        let n = '',
          { parameters: o } = this;
        if (o.length === 0) return !1;
        for (const r of o) {
          const i = t[r],
            s = i == null ? '\0' : String(i);
          if (s.includes('|;')) return !1;
          n += s + '|;';
        }
        return n;
      }
    };
  });
var ue,
  l$ = _(() => {
    ue = class extends Error {
      constructor(t) {
        super(t), (this.name = 'EndpointError');
      }
    };
  });
var Yt = _(() => {
  l$();
});
var im,
  d$ = _(() => {
    im = 'endpoints';
  });
function co(e) {
  return typeof e != 'object' || e == null
    ? e
    : 'ref' in e
      ? `$${co(e.ref)}`
      : 'fn' in e
        ? `${e.fn}(${(e.argv || []).map(co).join(', ')})`
        : JSON.stringify(e, null, 2);
}
var p$ = _(() => {});
var m$ = _(() => {
  d$();
  p$();
});
var bt,
  sm = _(() => {
    bt = {};
  });
var am,
  f$ = _(() => {
    am = (e, t) => e === t;
  });
function cm(...e) {
  for (const t of e) if (t != null) return t;
}
var g$ = _(() => {});
var h$,
  v$ = _(() => {
    Yt();
    h$ = (e) => {
      const t = e.split('.'),
        n = [];
      for (const o of t) {
        const r = o.indexOf('[');
        if (r !== -1) {
          if (o.indexOf(']') !== o.length - 1) throw new ue(`Path: '${e}' does not end with ']'`);
          const i = o.slice(r + 1, -1);
          if (Number.isNaN(parseInt(i))) throw new ue(`Invalid array index: '${i}' in path: '${e}'`);
          r !== 0 && n.push(o.slice(0, r)), n.push(i);
        } else n.push(o);
      }
      return n;
    };
  });
var Oi,
  y$ = _(() => {
    Yt();
    v$();
    Oi = (e, t) =>
      h$(t).reduce((n, o) => {
        if (typeof n != 'object') throw new ue(`Index '${o}' in '${t}' not found in '${JSON.stringify(e)}'`);
        if (Array.isArray(n)) {
          const r = parseInt(o);
          return n[r < 0 ? n.length + r : r];
        }
        return n[o];
      }, e);
  });
var um,
  _$ = _(() => {
    um = (e) => e != null;
  });
function lm(e, t, n) {
  return e ? t : n;
}
var x$ = _(() => {});
var dm,
  S$ = _(() => {
    dm = (e) => !e;
  });
var kC,
  uo,
  pm = _(() => {
    (kC = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)){3}$/),
      (uo = (e) => kC.test(e) || (e.startsWith('[') && e.endsWith(']')));
  });
var mm,
  fm,
  b$ = _(() => {
    Zt();
    pm();
    (mm = { [Wr.HTTP]: 80, [Wr.HTTPS]: 443 }),
      (fm = (e) => {
        const t = (() => {
          try {
            if (e instanceof URL) return e;
            if (typeof e == 'object' && 'hostname' in e) {
              const { hostname: p, port: m, protocol: f = '', path: g = '', query: h = {} } = e,
                x = new URL(`${f}//${p}${m ? `:${m}` : ''}${g}`);
              return (
                (x.search = Object.entries(h)
                  .map(([S, R]) => `${S}=${R}`)
                  .join('&')),
                x
              );
            }
            return new URL(e);
          } catch {
            return null;
          }
        })();
        if (!t) return (console.error(`Unable to parse ${JSON.stringify(e)} as a whatwg URL.`), null);
        const n = t.href,
          { host: o, hostname: r, pathname: i, protocol: s, search: a } = t;
        if (a) return null;
        const c = s.slice(0, -1);
        if (!Object.values(Wr).includes(c)) return null;
        const u = uo(r),
          l = n.includes(`${o}:${mm[c]}`) || (typeof e == 'string' && e.includes(`${o}:${mm[c]}`)),
          d = `${o}${l ? `:${mm[c]}` : ''}`;
        return { scheme: c, authority: d, path: i, normalizedPath: i.endsWith('/') ? i : `${i}/`, isIp: u };
      });
  });
function gm(e, t, n) {
  if (n === 1) return [e];
  if (e === '') return [''];
  const o = e.split(t);
  return n === 0 ? o : o.slice(0, n - 1).concat(o.slice(1).join(t));
}
var $$ = _(() => {});
var hm,
  E$ = _(() => {
    hm = (e, t) => e === t;
  });
var vm,
  I$ = _(() => {
    vm = (e, t, n, o) =>
      e == null || t >= n || e.length < n || /[^\u0000-\u007f]/.test(e)
        ? null
        : o
          ? e.substring(e.length - n, e.length - t)
          : e.substring(t, n);
  });
var ym,
  w$ = _(() => {
    ym = (e) =>
      encodeURIComponent(e).replace(/[!*'()]/g, (t) => `%${t.charCodeAt(0).toString(16).toUpperCase()}`);
  });
var _m = _(() => {
  f$();
  g$();
  y$();
  _$();
  te();
  x$();
  S$();
  b$();
  $$();
  E$();
  I$();
  w$();
});
var R$,
  T$ = _(() => {
    _m();
    R$ = {
      booleanEquals: am,
      coalesce: cm,
      getAttr: Oi,
      isSet: um,
      isValidHostLabel: Dt,
      ite: lm,
      not: dm,
      parseURL: fm,
      split: gm,
      stringEquals: hm,
      substring: vm,
      uriEncode: ym,
    };
  });
var qa,
  xm = _(() => {
    _m();
    qa = (e, t) => {
      let n = [],
        { referenceRecord: o, endpointParams: r } = t,
        i = 0;
      for (; i < e.length; ) {
        const s = e.indexOf('{', i);
        if (s === -1) {
          n.push(e.slice(i));
          break;
        }
        n.push(e.slice(i, s));
        const a = e.indexOf('}', s);
        if (a === -1) {
          n.push(e.slice(s));
          break;
        }
        e[s + 1] === '{' && e[a + 1] === '}' && (n.push(e.slice(s + 1, a)), (i = a + 2));
        const c = e.substring(s + 1, a);
        if (c.includes('#')) {
          const [u, l] = c.split('#');
          n.push(Oi(o[u] ?? r[u], l));
        } else n.push(o[c] ?? r[c]);
        i = a + 1;
      }
      return n.join('');
    };
  });
var A$,
  k$ = _(() => {
    A$ = ({ ref: e }, t) => t.referenceRecord[e] ?? t.endpointParams[e];
  });
var pn,
  Wa,
  P$,
  Ni = _(() => {
    Yt();
    sm();
    T$();
    xm();
    k$();
    (pn = (e, t, n) => {
      if (typeof e == 'string') return qa(e, n);
      if (e.fn) return P$.callFunction(e, n);
      if (e.ref) return A$(e, n);
      throw new ue(`'${t}': ${String(e)} is not a string, function or reference.`);
    }),
      (Wa = ({ fn: e, argv: t }, n) => {
        const o = Array(t.length);
        for (let s = 0; s < o.length; ++s) {
          const a = t[s];
          typeof a == 'boolean' || typeof a == 'number'
            ? (o[s] = a)
            : (o[s] = P$.evaluateExpression(a, 'arg', n));
        }
        const r = e.indexOf('.');
        if (r !== -1) {
          const a = bt[e.slice(0, r)]?.[e.slice(r + 1)];
          if (typeof a == 'function') return a(...o);
        }
        const i = R$[e];
        if (typeof i == 'function') return i(...o);
        throw new Error(`function ${e} not loaded in endpointFunctions.`);
      }),
      (P$ = { evaluateExpression: pn, callFunction: Wa });
  });
var D$ = _(() => {
  Ni();
});
var C$,
  O$ = _(() => {
    m$();
    Yt();
    D$();
    C$ = (e, t) => {
      const { assign: n } = e;
      if (n && n in t.referenceRecord) throw new ue(`'${n}' is already defined in Reference Record.`);
      const o = Wa(e, t);
      t.logger?.debug?.(`${im} evaluateCondition: ${co(e)} = ${co(o)}`);
      const r = o === '' ? !0 : !!o;
      return n != null ? { result: r, toAssign: { name: n, value: o } } : { result: r };
    };
  });
var N$,
  U$ = _(() => {
    Yt();
    Ni();
    N$ = (e, t) =>
      Object.entries(e ?? {}).reduce(
        (n, [o, r]) => (
          (n[o] = r.map((i) => {
            const s = pn(i, 'Header value entry', t);
            if (typeof s != 'string') throw new ue(`Header '${o}' value '${s}' is not a string`);
            return s;
          })),
          n
        ),
        {},
      );
  });
var Sm,
  z$,
  L$,
  M$ = _(() => {
    Yt();
    xm();
    (Sm = (e, t) => Object.entries(e).reduce((n, [o, r]) => ((n[o] = L$.getEndpointProperty(r, t)), n), {})),
      (z$ = (e, t) => {
        if (Array.isArray(e)) return e.map((n) => z$(n, t));
        switch (typeof e) {
          case 'string':
            return qa(e, t);
          case 'object':
            if (e === null) throw new ue(`Unexpected endpoint property: ${e}`);
            return L$.getEndpointProperties(e, t);
          case 'boolean':
            return e;
          default:
            throw new ue(`Unexpected endpoint property type: ${typeof e}`);
        }
      }),
      (L$ = { getEndpointProperty: z$, getEndpointProperties: Sm });
  });
var j$,
  B$ = _(() => {
    Yt();
    Ni();
    j$ = (e, t) => {
      const n = pn(e, 'Endpoint URL', t);
      if (typeof n == 'string')
        try {
          return new URL(n);
        } catch (o) {
          throw (console.error(`Failed to construct URL with ${n}`, o), o);
        }
      throw new ue(`Endpoint URL must be a string, got ${typeof n}`);
    };
  });
var bm,
  mn,
  F$ = _(() => {
    Yt();
    O$();
    Ni();
    U$();
    M$();
    B$();
    (bm = 1e8),
      (mn = (e, t) => {
        let { nodes: n, root: o, results: r, conditions: i } = e,
          s = o,
          a = {},
          c = { referenceRecord: a, endpointParams: t.endpointParams, logger: t.logger };
        for (; s !== 1 && s !== -1 && s < bm; ) {
          const u = 3 * (Math.abs(s) - 1),
            [l, d, p] = [n[u], n[u + 1], n[u + 2]],
            [m, f, g] = i[l],
            h = C$({ fn: m, assign: g, argv: f }, c);
          if (h.toAssign) {
            const { name: x, value: S } = h.toAssign;
            a[x] = S;
          }
          s = s >= 0 === h.result ? d : p;
        }
        if (s >= bm) {
          const u = r[s - bm];
          if (u[0] === -1) {
            const [, m] = u;
            throw new ue(pn(m, 'Error', c));
          }
          const [l, d, p] = u;
          return { url: j$(l, c), properties: Sm(d, c), headers: N$(p ?? {}, c) };
        }
        throw new ue('No matching endpoint.');
      });
  });
var RK,
  lo,
  TK,
  po,
  Ee = _(() => {
    Xb();
    Ha();
    om();
    i$();
    a$();
    c$();
    u$();
    F$();
    pm();
    te();
    sm();
    Ha();
    (RK = Ga(Ci)), (lo = s$(Ci)), (TK = Ka(Ci)), (po = o$(Ci));
  });
var V$,
  G$,
  Z$ = _(() => {
    (V$ = (e) =>
      typeof ReadableStream == 'function' &&
      (e?.constructor?.name === ReadableStream.name || e instanceof ReadableStream)),
      (G$ = (e) => typeof Blob == 'function' && (e?.constructor?.name === Blob.name || e instanceof Blob));
  });
async function H$(e) {
  return e.arrayBuffer().then((t) => new Uint8Array(t));
}
async function K$(e) {
  let t = [],
    n = e.getReader(),
    o = 0;
  for (;;) {
    const { done: r, value: i } = await n.read();
    if ((i && (t.push(i), (o += i.length)), r)) break;
  }
  return Oa(t, o);
}
var q$ = _(() => {
  Fp();
});

import { Writable as PC } from 'node:stream';

var vr,
  $m,
  W$ = _(() => {
    Fp();
    q$();
    Z$();
    (vr = (e) =>
      G$(e)
        ? H$(e)
        : V$(e)
          ? K$(e)
          : new Promise((t, n) => {
              const o = new $m(),
                r = e;
              r.pipe(o),
                r.on('error', (i) => {
                  o.end(), n(i);
                }),
                o.on('error', n),
                o.on('finish', function () {
                  const i = Oa(this.bufferedBytes);
                  t(i);
                });
            })),
      ($m = class extends PC {
        bufferedBytes = [];
        _write(t, n, o) {
          this.bufferedBytes.push(t), o();
        }
      });
  });
function Qt(e) {
  Object.defineProperty(e, '__proto__', { value: void 0, writable: !0, enumerable: !0, configurable: !0 });
}
var J$ = _(() => {});

import { getRandomValues as DC } from 'node:crypto';

var mo,
  CC,
  Em,
  X$,
  V = _(() => {
    $S();
    ES();
    wS();
    ka();
    RS();
    AS();
    LS();
    MS();
    BS();
    VS();
    GS();
    ZS();
    Op();
    W$();
    te();
    J$();
    (mo = class extends IS(Fe, $e, dt, lt) {}), (CC = DC), (Em = TS(CC)), (X$ = Em);
  });
var tE,
  Im,
  Xa,
  rE = _(() => {
    tE = new Uint32Array(256);
    for (let e = 0; e < 256; ++e) {
      let t = e;
      for (let n = 0; n < 8; ++n) t = t & 1 ? 3988292384 ^ (t >>> 1) : t >>> 1;
      tE[e] = t >>> 0;
    }
    (Im = 4294967295),
      (Xa = class {
        digestLength = 4;
        checksum = Im;
        update(t) {
          for (let n = 0; n < t.length; ++n)
            this.checksum = (this.checksum >>> 8) ^ tE[(this.checksum ^ t[n]) & 255];
        }
        digestSync() {
          return (this.checksum ^ Im) >>> 0;
        }
        async digest() {
          const t = this.digestSync(),
            n = new Uint8Array(4);
          return (new DataView(n.buffer).setUint32(0, t, !1), n);
        }
        reset() {
          this.checksum = Im;
        }
      });
  });

import * as wm from 'node:zlib';

function LC(e) {
  return class {
    digestLength = 4;
    value = 0;
    update(n) {
      this.value = e(n, this.value);
    }
    digestSync() {
      return this.value >>> 0;
    }
    async digest() {
      const n = new Uint8Array(4);
      return (new DataView(n.buffer).setUint32(0, this.digestSync(), !1), n);
    }
    reset() {
      this.value = 0;
    }
  };
}
var nE,
  fo,
  oE = _(() => {
    rE();
    (nE = typeof wm.crc32 == 'function' ? wm.crc32 : void 0), (fo = nE ? LC(nE) : Xa);
  });
var Ie,
  iE,
  MC,
  Ya,
  sE,
  jC,
  aE = _(() => {
    V();
    (Ie = 64),
      (iE = 32),
      (MC = 2 ** 53 - 1),
      (Ya = class e {
        digestLength = iE;
        state = Int32Array.from(sE);
        w;
        buffer = new Uint8Array(64);
        bufferLength = 0;
        bytesHashed = 0;
        finished = !1;
        inner;
        outer;
        constructor(t) {
          if (t) {
            const n = e.normalizeKey(t);
            (this.inner = new e()), (this.outer = new e());
            const { inner: o, outer: r } = this,
              i = new Uint8Array(Ie * 2);
            for (let s = 0; s < Ie; ++s) (i[s] = 54 ^ n[s]), (i[s + Ie] = 92 ^ n[s]);
            o.update(i.subarray(0, Ie)), r.update(i.subarray(Ie));
          }
        }
        update(t) {
          if (this.finished) throw new Error('Attempted to update an already finished HMAC.');
          if (this.inner) {
            this.inner.update(t);
            return;
          }
          let n = Qe(t),
            o = 0,
            { byteLength: r } = n;
          if (((this.bytesHashed += r), this.bytesHashed * 8 > MC))
            throw new Error('Cannot hash more than 2^53 - 1 bits');
          for (; r > 0; )
            (this.buffer[this.bufferLength++] = n[o++]),
              r--,
              this.bufferLength === Ie && (this.hashBuffer(), (this.bufferLength = 0));
        }
        async digest() {
          const { inner: t, outer: n } = this;
          if (t && n) {
            if (this.finished) throw new Error('Attempted to digest an already finished HMAC.');
            this.finished = !0;
            const o = t.digestSync();
            return (n.update(o), n.digestSync());
          }
          return this.digestSync();
        }
        reset() {
          (this.state = Int32Array.from(sE)),
            (this.buffer = new Uint8Array(64)),
            (this.bufferLength = 0),
            (this.bytesHashed = 0);
        }
        digestSync() {
          let t = this.state.slice(),
            n = this.buffer.slice(),
            o = this.bufferLength,
            r = this.bytesHashed * 8,
            i = new DataView(n.buffer, n.byteOffset, n.byteLength);
          if ((i.setUint8(o++, 128), (o - 1) % Ie >= Ie - 8)) {
            for (let a = o; a < Ie; ++a) i.setUint8(a, 0);
            this.hashBufferWith(t, n), (o = 0);
          }
          for (let a = o; a < Ie - 8; ++a) i.setUint8(a, 0);
          i.setUint32(Ie - 8, Math.floor(r / 4294967296), !1),
            i.setUint32(Ie - 4, r, !1),
            this.hashBufferWith(t, n);
          const s = new Uint8Array(iE);
          for (let a = 0; a < 8; ++a)
            (s[a * 4] = (t[a] >>> 24) & 255),
              (s[a * 4 + 1] = (t[a] >>> 16) & 255),
              (s[a * 4 + 2] = (t[a] >>> 8) & 255),
              (s[a * 4 + 3] = (t[a] >>> 0) & 255);
          return s;
        }
        static normalizeKey(t) {
          const n = Qe(t);
          if (n.byteLength > Ie) {
            const o = new e();
            o.update(n);
            const r = o.digestSync(),
              i = new Uint8Array(Ie);
            return (i.set(r), i);
          }
          if (n.byteLength < Ie) {
            const o = new Uint8Array(Ie);
            return (o.set(n), o);
          }
          return n;
        }
        hashBuffer() {
          this.hashBufferWith(this.state, this.buffer);
        }
        hashBufferWith(t, n) {
          let o = (this.w ??= new Int32Array(64)),
            r = t[0],
            i = t[1],
            s = t[2],
            a = t[3],
            c = t[4],
            u = t[5],
            l = t[6],
            d = t[7];
          for (let p = 0; p < Ie; ++p) {
            if (p < 16)
              o[p] =
                ((n[p * 4] & 255) << 24) |
                ((n[p * 4 + 1] & 255) << 16) |
                ((n[p * 4 + 2] & 255) << 8) |
                (n[p * 4 + 3] & 255);
            else {
              let g = o[p - 2],
                h = ((g >>> 17) | (g << 15)) ^ ((g >>> 19) | (g << 13)) ^ (g >>> 10);
              g = o[p - 15];
              const x = ((g >>> 7) | (g << 25)) ^ ((g >>> 18) | (g << 14)) ^ (g >>> 3);
              o[p] = ((h + o[p - 7]) | 0) + ((x + o[p - 16]) | 0);
            }
            const m =
                ((((((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7))) +
                  ((c & u) ^ (~c & l))) |
                  0) +
                  ((d + ((jC[p] + o[p]) | 0)) | 0)) |
                0,
              f =
                ((((r >>> 2) | (r << 30)) ^ ((r >>> 13) | (r << 19)) ^ ((r >>> 22) | (r << 10))) +
                  ((r & i) ^ (r & s) ^ (i & s))) |
                0;
            (d = l), (l = u), (u = c), (c = (a + m) | 0), (a = s), (s = i), (i = r), (r = (m + f) | 0);
          }
          (t[0] += r),
            (t[1] += i),
            (t[2] += s),
            (t[3] += a),
            (t[4] += c),
            (t[5] += u),
            (t[6] += l),
            (t[7] += d);
        }
      }),
      (sE = new Int32Array([
        1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225,
      ])),
      (jC = new Int32Array([
        1116352408, 1899447441, 3049323471, 3921009573, 961987163, 1508970993, 2453635748, 2870763221,
        3624381080, 310598401, 607225278, 1426881987, 1925078388, 2162078206, 2614888103, 3248222580,
        3835390401, 4022224774, 264347078, 604807628, 770255983, 1249150122, 1555081692, 1996064986,
        2554220882, 2821834349, 2952996808, 3210313671, 3336571891, 3584528711, 113926993, 338241895,
        666307205, 773529912, 1294757372, 1396182291, 1695183700, 1986661051, 2177026350, 2456956037,
        2730485921, 2820302411, 3259730800, 3345764771, 3516065817, 3600352804, 4094571909, 275423344,
        430227734, 506948616, 659060556, 883997877, 958139571, 1322822218, 1537002063, 1747873779, 1955562222,
        2024104815, 2227730452, 2361852424, 2428436474, 2756734187, 3204031479, 3329325298,
      ]));
  });

import { createHmac as BC, createHash as cE } from 'node:crypto';

function VC() {
  return class {
    digestLength = 32;
    secret;
    hash;
    isHmac;
    finished = !1;
    constructor(t) {
      (this.secret = t), (this.isHmac = !!t), (this.hash = this.createHash());
    }
    update(t) {
      if (this.finished) throw new Error('Attempted to update an already finished hash.');
      this.hash.update(t);
    }
    async digest() {
      let t;
      return (
        this.isHmac ? ((this.finished = !0), (t = this.hash.digest())) : (t = this.hash.copy().digest()),
        new Uint8Array(t.buffer, t.byteOffset, t.byteLength)
      );
    }
    reset() {
      (this.hash = this.createHash()), (this.finished = !1);
    }
    createHash() {
      return this.secret ? BC('sha256', GC(this.secret)) : cE('sha256');
    }
  };
}
function GC(e) {
  return typeof e == 'string'
    ? e
    : ArrayBuffer.isView(e)
      ? Buffer.from(e.buffer, e.byteOffset, e.byteLength)
      : Buffer.from(e);
}
var FC,
  yr,
  uE = _(() => {
    aE();
    (FC = (() => {
      try {
        return (cE('sha256'), !0);
      } catch {
        return !1;
      }
    })()),
      (yr = FC ? VC() : Ya);
  });
var go = _(() => {
  oE();
  uE();
});
function lE(e) {
  for (let t = 0; t < 8; t++) e[t] ^= 255;
  for (let t = 7; t > -1 && (e[t]++, e[t] === 0); t--);
}
var _r,
  Rm = _(() => {
    V();
    _r = class e {
      bytes;
      constructor(t) {
        if (((this.bytes = t), t.byteLength !== 8)) throw new Error('Int64 buffers must be exactly 8 bytes');
      }
      static fromNumber(t) {
        if (t > 9223372036854776e3 || t < -9223372036854776e3)
          throw new Error(`${t} is too large (or, if negative, too small) to represent as an Int64`);
        const n = new Uint8Array(8);
        for (let o = 7, r = Math.abs(Math.round(t)); o > -1 && r > 0; o--, r /= 256) n[o] = r;
        return (t < 0 && lE(n), new e(n));
      }
      valueOf() {
        const t = this.bytes.slice(0),
          n = t[0] & 128;
        return (n && lE(t), parseInt(de(t), 16) * (n ? -1 : 1));
      }
      toString() {
        return String(this.valueOf());
      }
    };
  });
var ho,
  dE,
  pE,
  ZC,
  HC,
  KC,
  qC,
  WC,
  JC,
  XC,
  YC,
  QC,
  Qa,
  Tm = _(() => {
    te();
    V();
    Rm();
    ho = class {
      toUtf8;
      fromUtf8;
      constructor(t, n) {
        (this.toUtf8 = t), (this.fromUtf8 = n);
      }
      format(t) {
        const n = [];
        for (const i in t) {
          if (!N(t, i)) continue;
          const s = this.fromUtf8(i);
          if (s.byteLength > 255)
            throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${s.byteLength}`);
          n.push(Uint8Array.from([s.byteLength]), s, this.formatHeaderValue(t[i]));
        }
        let o = new Uint8Array(n.reduce((i, s) => i + s.byteLength, 0)),
          r = 0;
        for (const i of n) o.set(i, r), (r += i.byteLength);
        return o;
      }
      formatHeaderValue(t) {
        switch (t.type) {
          case 'boolean':
            return Uint8Array.from([t.value ? 0 : 1]);
          case 'byte':
            return Uint8Array.from([2, t.value]);
          case 'short': {
            const n = new DataView(new ArrayBuffer(3));
            return (n.setUint8(0, 3), n.setInt16(1, t.value, !1), new Uint8Array(n.buffer));
          }
          case 'integer': {
            const o = new DataView(new ArrayBuffer(5));
            return (o.setUint8(0, 4), o.setInt32(1, t.value, !1), new Uint8Array(o.buffer));
          }
          case 'long': {
            const r = new Uint8Array(9);
            return ((r[0] = 5), r.set(t.value.bytes, 1), r);
          }
          case 'binary': {
            if (t.value.byteLength > Qa)
              throw new Error(
                `@smithy/core/event-streams - header value (binary) exceeds ${Qa} bytes: ${t.value.byteLength}`,
              );
            const i = new DataView(new ArrayBuffer(3 + t.value.byteLength));
            i.setUint8(0, 6), i.setUint16(1, t.value.byteLength, !1);
            const s = new Uint8Array(i.buffer);
            return (s.set(t.value, 3), s);
          }
          case 'string': {
            const a = this.fromUtf8(t.value);
            if (a.byteLength > Qa)
              throw new Error(
                `@smithy/core/event-streams - header value (string) exceeds ${Qa} bytes: ${a.byteLength}`,
              );
            const c = new DataView(new ArrayBuffer(3 + a.byteLength));
            c.setUint8(0, 7), c.setUint16(1, a.byteLength, !1);
            const u = new Uint8Array(c.buffer);
            return (u.set(a, 3), u);
          }
          case 'timestamp': {
            const l = new Uint8Array(9);
            return ((l[0] = 8), l.set(_r.fromNumber(t.value.valueOf()).bytes, 1), l);
          }
          case 'uuid': {
            if (!QC.test(t.value)) throw new Error(`Invalid UUID received: ${t.value}`);
            const d = new Uint8Array(17);
            return ((d[0] = 9), d.set(Pi(t.value.replace(/-/g, '')), 1), d);
          }
        }
      }
      parse(t) {
        let n = {},
          o = 0;
        for (; o < t.byteLength; ) {
          const r = t.getUint8(o++),
            i = this.toUtf8(new Uint8Array(t.buffer, t.byteOffset + o, r));
          switch (((o += r), t.getUint8(o++))) {
            case 0:
              n[i] = { type: pE, value: !0 };
              break;
            case 1:
              n[i] = { type: pE, value: !1 };
              break;
            case 2:
              n[i] = { type: ZC, value: t.getInt8(o++) };
              break;
            case 3:
              (n[i] = { type: HC, value: t.getInt16(o, !1) }), (o += 2);
              break;
            case 4:
              (n[i] = { type: KC, value: t.getInt32(o, !1) }), (o += 4);
              break;
            case 5:
              (n[i] = { type: qC, value: new _r(new Uint8Array(t.buffer, t.byteOffset + o, 8)) }), (o += 8);
              break;
            case 6: {
              const s = t.getUint16(o, !1);
              (o += 2), (n[i] = { type: WC, value: new Uint8Array(t.buffer, t.byteOffset + o, s) }), (o += s);
              break;
            }
            case 7: {
              const a = t.getUint16(o, !1);
              (o += 2),
                (n[i] = { type: JC, value: this.toUtf8(new Uint8Array(t.buffer, t.byteOffset + o, a)) }),
                (o += a);
              break;
            }
            case 8:
              (n[i] = {
                type: XC,
                value: new Date(new _r(new Uint8Array(t.buffer, t.byteOffset + o, 8)).valueOf()),
              }),
                (o += 8);
              break;
            case 9: {
              const c = new Uint8Array(t.buffer, t.byteOffset + o, 16);
              (o += 16),
                (n[i] = {
                  type: YC,
                  value: `${de(c.subarray(0, 4))}-${de(c.subarray(4, 6))}-${de(c.subarray(6, 8))}-${de(c.subarray(8, 10))}-${de(c.subarray(10))}`,
                });
              break;
            }
            default:
              throw new Error('Unrecognized header type tag');
          }
        }
        return n;
      }
    };
    ((e) => {
      (e[(e.boolTrue = 0)] = 'boolTrue'),
        (e[(e.boolFalse = 1)] = 'boolFalse'),
        (e[(e.byte = 2)] = 'byte'),
        (e[(e.short = 3)] = 'short'),
        (e[(e.integer = 4)] = 'integer'),
        (e[(e.long = 5)] = 'long'),
        (e[(e.byteArray = 6)] = 'byteArray'),
        (e[(e.string = 7)] = 'string'),
        (e[(e.timestamp = 8)] = 'timestamp'),
        (e[(e.uuid = 9)] = 'uuid');
    })(dE || (dE = {}));
    (pE = 'boolean'),
      (ZC = 'byte'),
      (HC = 'short'),
      (KC = 'integer'),
      (qC = 'long'),
      (WC = 'binary'),
      (JC = 'string'),
      (XC = 'timestamp'),
      (YC = 'uuid'),
      (QC = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/),
      (Qa = 32767);
  });
function fE({ byteLength: e, byteOffset: t, buffer: n }) {
  if (e < eO) throw new Error('Provided message too short to accommodate event stream message overhead');
  const o = new DataView(n, t, e),
    r = o.getUint32(0, !1);
  if (e !== r) throw new Error('Reported message length does not match received message length');
  const i = o.getUint32(mE, !1),
    s = o.getUint32(xr, !1),
    a = o.getUint32(e - gn, !1),
    c = new fo();
  if ((c.update(new Uint8Array(n, t, xr)), s !== c.digestSync()))
    throw new Error(
      `The prelude checksum specified in the message (${s}) does not match the calculated CRC32 checksum (${c.digestSync()})`,
    );
  if ((c.update(new Uint8Array(n, t + xr, e - (xr + gn))), a !== c.digestSync()))
    throw new Error(`The message checksum (${c.digestSync()}) did not match the expected value of ${a}`);
  return {
    headers: new DataView(n, t + xr + gn, i),
    body: new Uint8Array(n, t + xr + gn + i, r - i - (xr + gn + gn)),
  };
}
var mE,
  xr,
  gn,
  eO,
  gE = _(() => {
    go();
    (mE = 4), (xr = mE * 2), (gn = 4), (eO = xr + gn * 2);
  });
var vo,
  Am = _(() => {
    go();
    Tm();
    gE();
    vo = class {
      headerMarshaller;
      messageBuffer;
      isEndOfStream;
      constructor(t, n) {
        (this.headerMarshaller = new ho(t, n)), (this.messageBuffer = []), (this.isEndOfStream = !1);
      }
      feed(t) {
        this.messageBuffer.push(this.decode(t));
      }
      endOfStream() {
        this.isEndOfStream = !0;
      }
      getMessage() {
        const t = this.messageBuffer.pop(),
          n = this.isEndOfStream;
        return {
          getMessage() {
            return t;
          },
          isEndOfStream() {
            return n;
          },
        };
      }
      getAvailableMessages() {
        const t = this.messageBuffer;
        this.messageBuffer = [];
        const n = this.isEndOfStream;
        return {
          getMessages() {
            return t;
          },
          isEndOfStream() {
            return n;
          },
        };
      }
      encode({ headers: t, body: n }) {
        const o = this.headerMarshaller.format(t),
          r = o.byteLength + n.byteLength + 16,
          i = new Uint8Array(r),
          s = new DataView(i.buffer, i.byteOffset, i.byteLength),
          a = new fo();
        return (
          s.setUint32(0, r, !1),
          s.setUint32(4, o.byteLength, !1),
          a.update(i.subarray(0, 8)),
          s.setUint32(8, a.digestSync(), !1),
          i.set(o, 12),
          i.set(n, o.byteLength + 12),
          a.update(i.subarray(8, r - 4)),
          s.setUint32(r - 4, a.digestSync(), !1),
          i
        );
      }
      decode(t) {
        const { headers: n, body: o } = fE(t);
        return { headers: this.headerMarshaller.parse(n), body: o };
      }
      formatHeaders(t) {
        return this.headerMarshaller.format(t);
      }
    };
  });
var yo,
  km = _(() => {
    yo = class {
      options;
      constructor(t) {
        this.options = t;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (const t of this.options.inputStream) yield this.options.decoder.decode(t);
      }
    };
  });
var _o,
  Pm = _(() => {
    _o = class {
      options;
      constructor(t) {
        this.options = t;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (const t of this.options.messageStream) yield this.options.encoder.encode(t);
        this.options.includeEndFrame && (yield new Uint8Array(0));
      }
    };
  });
var xo,
  Dm = _(() => {
    xo = class {
      options;
      constructor(t) {
        this.options = t;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (const t of this.options.messageStream) {
          const n = await this.options.deserializer(t);
          n !== void 0 && (yield n);
        }
      }
    };
  });
var So,
  Cm = _(() => {
    So = class {
      options;
      constructor(t) {
        this.options = t;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (const t of this.options.inputStream) yield this.options.serializer(t);
      }
    };
  });
function ec(e) {
  let t = 0,
    n = 0,
    o = null,
    r = null,
    i = (a) => {
      if (typeof a != 'number')
        throw new Error('Attempted to allocate an event message where size was not a number: ' + a);
      (t = a), (n = 4), (o = new Uint8Array(a)), new DataView(o.buffer).setUint32(0, a, !1);
    },
    s = async function* () {
      const a = e[Symbol.asyncIterator]();
      for (;;) {
        const { value: c, done: u } = await a.next();
        if (u) {
          if (t)
            if (t === n) yield o;
            else throw new Error('Truncated event message received.');
          else return;
          return;
        }
        let l = c.length,
          d = 0;
        for (; d < l; ) {
          if (!o) {
            const m = l - d;
            r || (r = new Uint8Array(4));
            const f = Math.min(4 - n, m);
            if ((r.set(c.slice(d, d + f), n), (n += f), (d += f), n < 4)) break;
            i(new DataView(r.buffer).getUint32(0, !1)), (r = null);
          }
          const p = Math.min(t - n, l - d);
          o.set(c.slice(d, d + p), n),
            (n += p),
            (d += p),
            t && t === n && (yield o, (o = null), (t = 0), (n = 0));
        }
      }
    };
  return { [Symbol.asyncIterator]: s };
}
var Om = _(() => {});
function hE(e, t) {
  const n = zi(t.deserializer, t.toUtf8);
  return {
    [Symbol.asyncIterator]: async function* () {
      for await (const o of e) {
        const r = t.eventStreamCodec.decode(o),
          i = await n(r);
        i !== void 0 && (yield i);
      }
    },
  };
}
function zi(e, t) {
  return async (n) => {
    const { value: o } = n.headers[':message-type'];
    if (o === 'error') {
      const r = new Error(n.headers[':error-message'].value || 'UnknownError');
      throw ((r.name = n.headers[':error-code'].value), r);
    } else if (o === 'exception') {
      const r = n.headers[':exception-type'].value,
        i = { [r]: n },
        s = await e(i);
      if (s.$unknown) {
        const a = new Error(t(n.body));
        throw ((a.name = r), a);
      }
      throw s[r];
    } else if (o === 'event') {
      const r = { [n.headers[':event-type'].value]: n },
        i = await e(r);
      return i.$unknown ? void 0 : i;
    } else throw Error(`Unrecognizable event type: ${n.headers[':event-type'].value}`);
  };
}
var Nm = _(() => {});
var hn,
  vE,
  Um = _(() => {
    Am();
    km();
    Pm();
    Dm();
    Cm();
    Om();
    Nm();
    (hn = class {
      eventStreamCodec;
      utfEncoder;
      constructor({ utf8Encoder: t, utf8Decoder: n }) {
        (this.eventStreamCodec = new vo(t, n)), (this.utfEncoder = t);
      }
      deserialize(t, n) {
        const o = ec(t);
        return new xo({
          messageStream: new yo({ inputStream: o, decoder: this.eventStreamCodec }),
          deserializer: zi(n, this.utfEncoder),
        });
      }
      serialize(t, n) {
        return new _o({
          messageStream: new So({ inputStream: t, serializer: n }),
          encoder: this.eventStreamCodec,
          includeEndFrame: !0,
        });
      }
    }),
      (vE = (e) => new hn(e));
  });

import { Readable as tO } from 'node:stream';

async function* rO(e) {
  let t = !1,
    n = !1,
    o = [];
  for (
    e.on('error', (r) => {
      if ((t || (t = !0), r)) throw r;
    }),
      e.on('data', (r) => {
        o.push(r);
      }),
      e.on('end', () => {
        t = !0;
      });
    !n;
  ) {
    const r = await new Promise((i) => setTimeout(() => i(o.shift()), 0));
    r && (yield r), (n = t && o.length === 0);
  }
}
var Li,
  yE,
  _E = _(() => {
    Um();
    (Li = class {
      universalMarshaller;
      constructor({ utf8Encoder: t, utf8Decoder: n }) {
        this.universalMarshaller = new hn({ utf8Decoder: n, utf8Encoder: t });
      }
      deserialize(t, n) {
        const o = typeof t[Symbol.asyncIterator] == 'function' ? t : rO(t);
        return this.universalMarshaller.deserialize(o, n);
      }
      serialize(t, n) {
        return tO.from(this.universalMarshaller.serialize(t, n));
      }
    }),
      (yE = (e) => new Li(e));
  });
var xE,
  SE,
  bE = _(() => {
    (xE = (e) => ({
      [Symbol.asyncIterator]: async function* () {
        const t = e.getReader();
        try {
          for (;;) {
            const { done: n, value: o } = await t.read();
            if (n) return;
            yield o;
          }
        } finally {
          t.releaseLock();
        }
      },
    })),
      (SE = (e) => {
        const t = e[Symbol.asyncIterator]();
        return new ReadableStream({
          async pull(n) {
            const { done: o, value: r } = await t.next();
            if (o) return n.close();
            n.enqueue(r);
          },
        });
      });
  });
var $E,
  EE = _(() => {
    $E = (e) => Object.assign(e, { eventStreamMarshaller: e.eventStreamSerdeProvider(e) });
  });
var tc,
  IE = _(() => {
    te();
    he();
    V();
    tc = class {
      marshaller;
      serializer;
      deserializer;
      serdeContext;
      defaultContentType;
      compositeErrorRegistry;
      constructor({
        marshaller: t,
        serializer: n,
        deserializer: o,
        serdeContext: r,
        defaultContentType: i,
        compositeErrorRegistry: s,
      }) {
        (this.marshaller = t),
          (this.serializer = n),
          (this.deserializer = o),
          (this.serdeContext = r),
          (this.defaultContentType = i),
          (this.compositeErrorRegistry = s);
      }
      async serializeEventStream({
        eventStream: t,
        requestSchema: n,
        initialRequest: o,
        initialMessageType: r,
      }) {
        const i = this.marshaller,
          s = n.getEventStreamMember(),
          a = n.getMemberSchema(s),
          c = this.serializer,
          u = this.defaultContentType,
          l = Symbol('initialRequestMarker'),
          d = {
            async *[Symbol.asyncIterator]() {
              if (o) {
                const p = {
                  ':event-type': { type: 'string', value: r ?? 'initial-request' },
                  ':message-type': { type: 'string', value: 'event' },
                  ':content-type': { type: 'string', value: u },
                };
                c.write(n, o);
                const m = c.flush();
                yield { [l]: !0, headers: p, body: m };
              }
              for await (const p of t) yield p;
            },
          };
        return i.serialize(d, (p) => {
          if (p[l]) return { headers: p.headers, body: p.body };
          let m = '';
          for (const R in p)
            if (N(p, R) && R !== '__type') {
              m = R;
              break;
            }
          const {
            additionalHeaders: f,
            body: g,
            eventType: h,
            explicitPayloadContentType: x,
          } = this.writeEventBody(m, a, p);
          return {
            headers: {
              ':event-type': { type: 'string', value: h },
              ':message-type': { type: 'string', value: 'event' },
              ':content-type': { type: 'string', value: x ?? u },
              ...f,
            },
            body: g,
          };
        });
      }
      async deserializeEventStream({
        response: t,
        responseSchema: n,
        initialResponseContainer: o,
        initialMessageType: r,
      }) {
        const i = this.marshaller,
          s = n.getEventStreamMember(),
          c = n.getMemberSchema(s).getMemberSchemas(),
          u = Symbol('initialResponseMarker'),
          l = i.deserialize(t.body, async (m) => {
            let f = '';
            for (const h in m)
              if (N(m, h) && h !== '__type') {
                f = h;
                break;
              }
            const g = m[f].body;
            if (f === (r ?? 'initial-response')) {
              const h = await this.deserializer.read(n, g);
              return (delete h[s], { [u]: !0, ...h });
            } else if (f in c) {
              const h = c[f];
              if (h.isStructSchema()) {
                let x = {},
                  S = !1;
                for (const [R, I] of h.structIterator()) {
                  const { eventHeader: k, eventPayload: P } = I.getMergedTraits();
                  if (((S = S || !!(k || P)), P))
                    I.isBlobSchema()
                      ? (x[R] = g)
                      : I.isStringSchema()
                        ? (x[R] = (this.serdeContext?.utf8Encoder ?? Fe)(g))
                        : I.isStructSchema() && (x[R] = await this.deserializer.read(I, g));
                  else if (k) {
                    const j = m[f].headers[R]?.value;
                    j != null &&
                      (I.isNumericSchema()
                        ? j && typeof j == 'object' && 'bytes' in j
                          ? (x[R] = BigInt(j.toString()))
                          : (x[R] = Number(j))
                        : (x[R] = j));
                  }
                }
                return { [f]: await this.readEventMember(h, g, S, x) };
              }
              return { [f]: await this.deserializer.read(h, g) };
            } else return { $unknown: m };
          }),
          d = l[Symbol.asyncIterator](),
          p = await d.next();
        if (p.done) return l;
        if (p.value?.[u]) {
          if (!n)
            throw new Error(
              '@smithy::core/protocols - initial-response event encountered in event stream but no response schema given.',
            );
          for (const m in p.value) N(p.value, m) && (o[m] = p.value[m]);
        }
        return {
          async *[Symbol.asyncIterator]() {
            for (p?.value?.[u] || (yield p.value); ; ) {
              const { done: m, value: f } = await d.next();
              if (m) break;
              yield f;
            }
          },
        };
      }
      async readEventMember(t, n, o, r) {
        let i,
          s = t.getSchema();
        if (Array.isArray(s) && s[0] === -3) {
          const c = s[1],
            u = ge.for(c);
          this.compositeErrorRegistry?.copyFrom(u), (i = (this.compositeErrorRegistry ?? u)?.getErrorCtor(s));
        }
        const a = o ? r : n.byteLength === 0 ? {} : await this.deserializer.read(t, n);
        if (i) {
          const c = a.message ?? a.Message ?? 'Unknown',
            u = {},
            l = t.getMergedTraits().error;
          return (l && (u.$fault = l), Object.assign(new i({}), u, { message: c }, a));
        }
        return a;
      }
      writeEventBody(t, n, o) {
        let r = this.serializer,
          i = t,
          s = null,
          a,
          c = n.getSchema()[4].includes(t),
          u = {};
        if (c) {
          const p = n.getMemberSchema(t);
          if (p.isStructSchema()) {
            for (const [m, f] of p.structIterator()) {
              const { eventHeader: g, eventPayload: h } = f.getMergedTraits();
              if (h) s = m;
              else if (g) {
                let x = o[t][m],
                  S = 'binary';
                f.isNumericSchema()
                  ? (-2) ** 31 <= x && x <= 2 ** 31 - 1
                    ? (S = 'integer')
                    : (S = 'long')
                  : f.isTimestampSchema()
                    ? (S = 'timestamp')
                    : f.isStringSchema()
                      ? (S = 'string')
                      : f.isBooleanSchema() && (S = 'boolean'),
                  x != null && ((u[m] = { type: S, value: x }), delete o[t][m]);
              }
            }
            if (s !== null) {
              const m = p.getMemberSchema(s);
              m.isBlobSchema() ? (a = 'application/octet-stream') : m.isStringSchema() && (a = 'text/plain'),
                r.write(m, o[t][s]);
            } else r.write(p, o[t]);
          } else if (p.isUnitSchema()) r.write(p, {});
          else
            throw new Error(
              '@smithy/core/event-streams - non-struct member not supported in event stream union.',
            );
        } else {
          const [p, m] = o[t];
          (i = p), r.write(15, m);
        }
        const l = r.flush() ?? new Uint8Array();
        return {
          body: typeof l == 'string' ? (this.serdeContext?.utf8Decoder ?? $e)(l) : l,
          eventType: i,
          explicitPayloadContentType: a,
          additionalHeaders: u,
        };
      }
    };
  });
var wE = {};
Pt(wE, {
  EventStreamCodec: () => vo,
  EventStreamMarshaller: () => Li,
  EventStreamSerde: () => tc,
  HeaderMarshaller: () => ho,
  Int64: () => _r,
  MessageDecoderStream: () => yo,
  MessageEncoderStream: () => _o,
  SmithyMessageDecoderStream: () => xo,
  SmithyMessageEncoderStream: () => So,
  UniversalEventStreamMarshaller: () => hn,
  eventStreamSerdeProvider: () => yE,
  getChunkedStream: () => ec,
  getMessageUnmarshaller: () => zi,
  getUnmarshalledStream: () => hE,
  iterableToReadableStream: () => SE,
  readableStreamToIterable: () => xE,
  resolveEventStreamSerdeConfig: () => $E,
  universalEventStreamSerdeProvider: () => vE,
});
var RE = _(() => {
  Am();
  Tm();
  Rm();
  km();
  Pm();
  Dm();
  Cm();
  _E();
  bE();
  Um();
  Om();
  Nm();
  EE();
  IE();
});
var RI = xi((CJ, wI) => {
  function tr(e) {
    Object.defineProperty(this, '_next', { writable: !1, enumerable: !1, value: e }), (this.done = !1);
  }
  tr.prototype.next = function () {
    if (this.done) return { done: !0 };
    var e = this._next();
    return (e.done && (this.done = !0), e);
  };
  typeof Symbol < 'u' &&
    (tr.prototype[Symbol.iterator] = function () {
      return this;
    });
  tr.of = function () {
    var e = arguments,
      t = e.length,
      n = 0;
    return new tr(() => (n >= t ? { done: !0 } : { done: !1, value: e[n++] }));
  };
  tr.empty = () => {
    var e = new tr(null);
    return ((e.done = !0), e);
  };
  tr.is = (e) => (e instanceof tr ? !0 : typeof e == 'object' && e !== null && typeof e.next == 'function');
  wI.exports = tr;
});
var df = xi((OJ, PI) => {
  var TI = typeof ArrayBuffer < 'u',
    AI = typeof Symbol < 'u';
  function kI(e, t) {
    var n, o, r, i, s;
    if (!e) throw new Error('obliterator/forEach: invalid iterable.');
    if (typeof t != 'function') throw new Error('obliterator/forEach: expecting a callback.');
    if (
      Array.isArray(e) ||
      (TI && ArrayBuffer.isView(e)) ||
      typeof e == 'string' ||
      e.toString() === '[object Arguments]'
    ) {
      for (r = 0, i = e.length; r < i; r++) t(e[r], r);
      return;
    }
    if (typeof e.forEach == 'function') {
      e.forEach(t);
      return;
    }
    if (
      (AI && Symbol.iterator in e && typeof e.next != 'function' && (e = e[Symbol.iterator]()),
      typeof e.next == 'function')
    ) {
      for (n = e, r = 0; (s = n.next()), s.done !== !0; ) t(s.value, r), r++;
      return;
    }
    for (o in e) Object.hasOwn(e, o) && t(e[o], o);
  }
  kI.forEachWithNullKeys = (e, t) => {
    var n, o, r, i, s;
    if (!e) throw new Error('obliterator/forEachWithNullKeys: invalid iterable.');
    if (typeof t != 'function') throw new Error('obliterator/forEachWithNullKeys: expecting a callback.');
    if (
      Array.isArray(e) ||
      (TI && ArrayBuffer.isView(e)) ||
      typeof e == 'string' ||
      e.toString() === '[object Arguments]'
    ) {
      for (r = 0, i = e.length; r < i; r++) t(e[r], null);
      return;
    }
    if (e instanceof Set) {
      e.forEach((a) => {
        t(a, null);
      });
      return;
    }
    if (typeof e.forEach == 'function') {
      e.forEach(t);
      return;
    }
    if (
      (AI && Symbol.iterator in e && typeof e.next != 'function' && (e = e[Symbol.iterator]()),
      typeof e.next == 'function')
    ) {
      for (n = e, r = 0; (s = n.next()), s.done !== !0; ) t(s.value, null), r++;
      return;
    }
    for (o in e) Object.hasOwn(e, o) && t(e[o], o);
  };
  PI.exports = kI;
});
var pf = xi((zt) => {
  var BO = 2 ** 8 - 1,
    FO = 2 ** 16 - 1,
    VO = 2 ** 32 - 1,
    GO = 2 ** 7 - 1,
    ZO = 2 ** 15 - 1,
    HO = 2 ** 31 - 1;
  zt.getPointerArray = (e) => {
    var t = e - 1;
    return t <= BO ? Uint8Array : t <= FO ? Uint16Array : t <= VO ? Uint32Array : Float64Array;
  };
  zt.getSignedPointerArray = (e) => {
    var t = e - 1;
    return t <= GO ? Int8Array : t <= ZO ? Int16Array : t <= HO ? Int32Array : Float64Array;
  };
  zt.getNumberType = (e) =>
    e === (e | 0)
      ? Math.sign(e) === -1
        ? e <= 127 && e >= -128
          ? Int8Array
          : e <= 32767 && e >= -32768
            ? Int16Array
            : Int32Array
        : e <= 255
          ? Uint8Array
          : e <= 65535
            ? Uint16Array
            : Uint32Array
      : Float64Array;
  var KO = {
    Uint8Array: 1,
    Int8Array: 2,
    Uint16Array: 3,
    Int16Array: 4,
    Uint32Array: 5,
    Int32Array: 6,
    Float32Array: 7,
    Float64Array: 8,
  };
  zt.getMinimalRepresentation = (e, t) => {
    var n = null,
      o = 0,
      r,
      i,
      s,
      a,
      c;
    for (a = 0, c = e.length; a < c; a++)
      (s = t ? t(e[a]) : e[a]), (i = zt.getNumberType(s)), (r = KO[i.name]), r > o && ((o = r), (n = i));
    return n;
  };
  zt.isTypedArray = (e) => typeof ArrayBuffer < 'u' && ArrayBuffer.isView(e);
  zt.concat = function () {
    var e = 0,
      t,
      n,
      o;
    for (t = 0, o = arguments.length; t < o; t++) e += arguments[t].length;
    var r = new arguments[0].constructor(e);
    for (t = 0, n = 0; t < o; t++) r.set(arguments[t], n), (n += arguments[t].length);
    return r;
  };
  zt.indices = (e) => {
    for (var t = zt.getPointerArray(e), n = new t(e), o = 0; o < e; o++) n[o] = o;
    return n;
  };
});
var OI = xi((Gi) => {
  var DI = df(),
    CI = pf();
  function qO(e) {
    return Array.isArray(e) || CI.isTypedArray(e);
  }
  function mf(e) {
    if (typeof e.length == 'number') return e.length;
    if (typeof e.size == 'number') return e.size;
  }
  function WO(e) {
    var t = mf(e),
      n = typeof t == 'number' ? new Array(t) : [],
      o = 0;
    return (
      DI(e, (r) => {
        n[o++] = r;
      }),
      n
    );
  }
  function JO(e) {
    var t = mf(e),
      n = typeof t == 'number' ? CI.getPointerArray(t) : Array,
      o = typeof t == 'number' ? new Array(t) : [],
      r = typeof t == 'number' ? new n(t) : [],
      i = 0;
    return (
      DI(e, (s) => {
        (o[i] = s), (r[i] = i++);
      }),
      [o, r]
    );
  }
  Gi.isArrayLike = qO;
  Gi.guessLength = mf;
  Gi.toArray = WO;
  Gi.toArrayWithIndices = JO;
});
var UI = xi((zJ, NI) => {
  var ff = RI(),
    XO = df(),
    YO = pf(),
    QO = OI();
  function me(e, t, n) {
    if (
      (arguments.length < 2 && ((n = e), (e = null), (t = null)),
      (this.capacity = n),
      typeof this.capacity != 'number' || this.capacity <= 0)
    )
      throw new Error('mnemonist/lru-cache: capacity should be positive number.');
    var o = YO.getPointerArray(n);
    (this.forward = new o(n)),
      (this.backward = new o(n)),
      (this.K = typeof e == 'function' ? new e(n) : new Array(n)),
      (this.V = typeof t == 'function' ? new t(n) : new Array(n)),
      (this.size = 0),
      (this.head = 0),
      (this.tail = 0),
      (this.items = {});
  }
  me.prototype.clear = function () {
    (this.size = 0), (this.head = 0), (this.tail = 0), (this.items = {});
  };
  me.prototype.splayOnTop = function (e) {
    var t = this.head;
    if (this.head === e) return this;
    var n = this.backward[e],
      o = this.forward[e];
    return (
      this.tail === e ? (this.tail = n) : (this.backward[o] = n),
      (this.forward[n] = o),
      (this.backward[t] = e),
      (this.head = e),
      (this.forward[e] = t),
      this
    );
  };
  me.prototype.set = function (e, t) {
    var n = this.items[e];
    if (typeof n < 'u') {
      this.splayOnTop(n), (this.V[n] = t);
      return;
    }
    this.size < this.capacity
      ? (n = this.size++)
      : ((n = this.tail), (this.tail = this.backward[n]), delete this.items[this.K[n]]),
      (this.items[e] = n),
      (this.K[n] = e),
      (this.V[n] = t),
      (this.forward[n] = this.head),
      (this.backward[this.head] = n),
      (this.head = n);
  };
  me.prototype.setpop = function (e, t) {
    var n = null,
      o = null,
      r = this.items[e];
    return typeof r < 'u'
      ? (this.splayOnTop(r), (n = this.V[r]), (this.V[r] = t), { evicted: !1, key: e, value: n })
      : (this.size < this.capacity
          ? (r = this.size++)
          : ((r = this.tail),
            (this.tail = this.backward[r]),
            (n = this.V[r]),
            (o = this.K[r]),
            delete this.items[this.K[r]]),
        (this.items[e] = r),
        (this.K[r] = e),
        (this.V[r] = t),
        (this.forward[r] = this.head),
        (this.backward[this.head] = r),
        (this.head = r),
        o ? { evicted: !0, key: o, value: n } : null);
  };
  me.prototype.has = function (e) {
    return e in this.items;
  };
  me.prototype.get = function (e) {
    var t = this.items[e];
    if (!(typeof t > 'u')) return (this.splayOnTop(t), this.V[t]);
  };
  me.prototype.peek = function (e) {
    var t = this.items[e];
    if (!(typeof t > 'u')) return this.V[t];
  };
  me.prototype.forEach = function (e, t) {
    t = arguments.length > 1 ? t : this;
    for (var n = 0, o = this.size, r = this.head, i = this.K, s = this.V, a = this.forward; n < o; )
      e.call(t, s[r], i[r], this), (r = a[r]), n++;
  };
  me.prototype.keys = function () {
    var e = 0,
      t = this.size,
      n = this.head,
      o = this.K,
      r = this.forward;
    return new ff(() => {
      if (e >= t) return { done: !0 };
      var i = o[n];
      return (e++, e < t && (n = r[n]), { done: !1, value: i });
    });
  };
  me.prototype.values = function () {
    var e = 0,
      t = this.size,
      n = this.head,
      o = this.V,
      r = this.forward;
    return new ff(() => {
      if (e >= t) return { done: !0 };
      var i = o[n];
      return (e++, e < t && (n = r[n]), { done: !1, value: i });
    });
  };
  me.prototype.entries = function () {
    var e = 0,
      t = this.size,
      n = this.head,
      o = this.K,
      r = this.V,
      i = this.forward;
    return new ff(() => {
      if (e >= t) return { done: !0 };
      var s = o[n],
        a = r[n];
      return (e++, e < t && (n = i[n]), { done: !1, value: [s, a] });
    });
  };
  typeof Symbol < 'u' && (me.prototype[Symbol.iterator] = me.prototype.entries);
  me.prototype.inspect = function () {
    for (var e = new Map(), t = this.entries(), n; (n = t.next()), !n.done; ) e.set(n.value[0], n.value[1]);
    return (Object.defineProperty(e, 'constructor', { value: me, enumerable: !1 }), e);
  };
  typeof Symbol < 'u' && (me.prototype[Symbol.for('nodejs.util.inspect.custom')] = me.prototype.inspect);
  me.from = function (e, t, n, o) {
    if (arguments.length < 2) {
      if (((o = QO.guessLength(e)), typeof o != 'number'))
        throw new Error(
          'mnemonist/lru-cache.from: could not guess iterable length. Please provide desired capacity as last argument.',
        );
    } else arguments.length === 2 && ((o = t), (t = null), (n = null));
    var r = new me(t, n, o);
    return (
      XO(e, (i, s) => {
        r.set(s, i);
      }),
      r
    );
  };
  NI.exports = me;
});
re();
var wa = 'preferred',
  DD = ['disabled', 'preferred', 'required'];
function Ei(e) {
  return DD.includes(e);
}
var Dp = (e) => {
  const { accountIdEndpointMode: t } = e,
    n = se(t ?? wa);
  return Object.assign(e, {
    accountIdEndpointMode: async () => {
      const o = await n();
      if (!Ei(o))
        throw new Error(
          `Invalid value for accountIdEndpointMode: ${o}. Valid values are: "required", "preferred", "disabled".`,
        );
      return o;
    },
  });
};
var _S = 'Invalid AccountIdEndpointMode value',
  xS = (e) => {
    throw new Error(e);
  },
  SS = 'AWS_ACCOUNT_ID_ENDPOINT_MODE',
  bS = 'account_id_endpoint_mode',
  Cp = {
    environmentVariableSelector: (e) => {
      const t = e[SS];
      return (t && !Ei(t) && xS(_S), t);
    },
    configFileSelector: (e) => {
      const t = e[bS];
      return (t && !Ei(t) && xS(_S), t);
    },
    default: wa,
  };
var Ra = { warningEmitted: !1 },
  nn = (e) => {
    if (e && !Ra.warningEmitted) {
      if (process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === 'true') {
        Ra.warningEmitted = !0;
        return;
      }
      const t = parseInt(e.substring(1, e.indexOf('.'))),
        n = 22;
      t < n &&
        ((Ra.warningEmitted = !0),
        process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)
versions published after the first week of January 2027
will require node >=${n}. You are running node ${e}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${n}.

More information can be found at: https://a.co/c895JFp`));
    }
  };
function Ii(e, t, n) {
  return (e.$source || (e.$source = {}), (e.$source[t] = n), e);
}
function Ct(e, t, n) {
  e.__aws_sdk_context
    ? e.__aws_sdk_context.features || (e.__aws_sdk_context.features = {})
    : (e.__aws_sdk_context = { features: {} }),
    (e.__aws_sdk_context.features[t] = n);
}
var CD = () => typeof process == 'object' && process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026 === 'true',
  on = (e, t) => {
    if (CD() && typeof e?.handle != 'function') return t;
  };
V();
var fn = async (e = new Uint8Array(), t) => {
  if (e instanceof Uint8Array) return mo.mutate(e);
  if (!e) return mo.mutate(new Uint8Array());
  const n = t.streamCollector(e);
  return mo.mutate(await n);
};
he();
V();
var Q$ = Symbol.for('@smithy/schema-x'),
  Ui = class e extends q {
    static identity = Symbol.for('@smithy/HttpBindingNormalizedSchema');
    identity = e.identity;
    bindings;
    constructor(t) {
      super(t);
    }
    static of(t) {
      const n = q.of(t);
      if (n.identity === e.identity) return n;
      const o = n.isMemberSchema() ? n : n.getSchema(),
        r = typeof o == 'object' && o !== null ? o : n;
      return (r[Q$] ??= new e(n));
    }
    getHttpBindingLocation(t) {
      return t.httpPayload
        ? 36
        : t.httpLabel
          ? 33
          : t.httpHeader
            ? 38
            : typeof t.httpPrefixHeaders == 'string'
              ? 39
              : t.httpQuery
                ? 34
                : t.httpQueryParams
                  ? 35
                  : t.httpResponseCode
                    ? 37
                    : 32;
    }
    getHttpBindingValue(t, n, o = !1) {
      let r = this.getSchema(),
        i = typeof r == 'number' ? r & 255 : this.isListSchema() ? 64 : 255,
        s = t & 7,
        a = n.mediaType ? (n.mediaType === 'application/json' || n.mediaType.endsWith('+json') ? 2 : 1) : 0,
        c = n.streaming || i === 42 ? (this.isStructSchema() ? 2 : 1) : 0,
        u = i >= 4 && i <= 7 ? (s >= 6 ? 2 : s > 0 && s < 4 ? 1 : 0) : 0,
        l =
          i |
          (a << 8) |
          ((n.idempotencyToken ? 1 : 0) << 10) |
          (c << 11) |
          ((n.sparse ? 1 : 0) << 13) |
          (u << 14) |
          ((n.hostLabel ? 1 : 0) << 17) |
          ((t === 36 && typeof r != 'object' ? 1 : 0) << 18),
        d = i & 192,
        p = s & 2 && (d === 64 || (!o && s & 1)) ? this.getHttpBindingCollectionValue(t, n) : void 0,
        m = (p?.[1] ?? 0) & 255;
      return ((l |= (s >= 6 && (m === 4 || m === 6) ? 1 : 0) << 16), [this, l, p]);
    }
    getHttpBindingCollectionValue(t, n = this.getMergedTraits()) {
      const o = e.of(this.getValueSchema());
      return o.getHttpBindingValue(t, { ...o.getMergedTraits(), ...n }, !0);
    }
    getHttpBindings() {
      const t = this.getSchema();
      return typeof t != 'object' || t === null ? zC : (this.bindings ??= OC(this));
    }
  },
  OC = (e) => {
    const t = [],
      n = [],
      o = [],
      r = [],
      i = [],
      s = {},
      a = {},
      c = [],
      u = { headers: a, prefixHeaders: c },
      l = { request: { memberBindings: i, byName: s }, response: { bodyMemberNames: t, bindings: u } },
      { request: d, response: p } = l;
    for (const [m, f] of e.structIterator()) {
      const g = Ui.of(f),
        h = g.getMergedTraits(),
        x = g.getHttpBindingLocation(h),
        S = h.httpHeader?.toLowerCase() ?? h.httpPrefixHeaders?.toLowerCase() ?? h.httpQuery,
        R = g.getHttpBindingValue(x, h),
        I = [m, R, x, S];
      m === '__proto__' && Qt(s), (s[m] = I), (R[1] >> 10) & 1 && (d.hasIdempotency = !0), i.push(I);
      const k = x & 7;
      if ((k === 0 && (o.push(m), r.push(f)), (k & 4) === 0)) t.push(m), n.push(f);
      else if ((k & 6) === 4)
        if (k & 1) u.statusCode = I;
        else {
          u.payload = I;
          const P = R[1] & 255;
          d.contentTypeInstruction =
            h.mediaType ??
            (P === 0 ? 'text/plain' : P === 21 || P === 42 ? 'application/octet-stream' : null);
        }
      else k & 1 ? ((d.hasPrefixHeaders = !0), c.push(I)) : (S === '__proto__' && Qt(a), (a[S] = I));
    }
    return (
      d.contentTypeInstruction === void 0 && o.length && (d.contentTypeInstruction = null),
      (d.syntheticBodySchema = Y$(e, o, r)),
      (p.syntheticBodySchema = Y$(e, t, n)),
      l
    );
  },
  NC = (e) => {
    let t = [],
      n = 0;
    for (const o of e.matchAll(/\{([^{}+]+)(\+)?\}/g))
      o.index > n && t.push([e.slice(n, o.index), 0]),
        t.push([o[1], o[2] ? 2 : 1]),
        (n = o.index + o[0].length);
    return (t.length && n < e.length && t.push([e.slice(n), 0]), t.length ? t : void 0);
  },
  UC = (e) => {
    const { http: t, endpoint: n } = gr(e.traits ?? {}),
      [o, r] = t?.[1].split('?') ?? [];
    return [t?.[0], o, r ? [...new URLSearchParams(r)] : [], o ? NC(o) : void 0, n?.[0]];
  },
  zC = {
    request: { memberBindings: [], byName: {} },
    response: { bodyMemberNames: [], bindings: { headers: {}, prefixHeaders: [] } },
  },
  eE = (e) => (e[Q$] ??= UC(e)),
  Y$ = (e, t, n) => {
    if (!t.length) return;
    const o = e.getSchema(),
      r = [3, o[1], o[2], e.getMergedTraits(), t, n],
      i = o[6],
      s = i && t.reduce((a, c) => a + (o[4].indexOf(c) < i ? 1 : 0), 0);
    return (s && (r[6] = s), r);
  };
te();
he();
var Ja = class {
  serdeContext;
  setSerdeContext(t) {
    this.serdeContext = t;
  }
};
var rc = class extends Ja {
  options;
  compositeErrorRegistry;
  constructor(t) {
    super(), (this.options = t), (this.compositeErrorRegistry = new ge(t.defaultNamespace));
    for (const n of t.errorTypeRegistries ?? []) this.compositeErrorRegistry.copyFrom(n);
  }
  getRequestType() {
    return ee;
  }
  getResponseType() {
    return Pe;
  }
  setSerdeContext(t) {
    (this.serdeContext = t),
      this.serializer.setSerdeContext(t),
      this.deserializer.setSerdeContext(t),
      this.getPayloadCodec() && this.getPayloadCodec().setSerdeContext(t);
  }
  updateServiceEndpoint(t, n) {
    if ('url' in n) {
      (t.protocol = n.url.protocol),
        (t.hostname = n.url.hostname),
        (t.port = n.url.port ? Number(n.url.port) : void 0),
        (t.path = n.url.pathname),
        (t.fragment = n.url.hash || void 0),
        (t.username = n.url.username || void 0),
        (t.password = n.url.password || void 0),
        t.query || (t.query = {});
      for (const [o, r] of n.url.searchParams.entries()) t.query[o] = r;
      if (n.headers) for (const o in n.headers) N(n.headers, o) && (t.headers[o] = n.headers[o].join(', '));
      return t;
    } else {
      if (
        ((t.protocol = n.protocol),
        (t.hostname = n.hostname),
        (t.port = n.port ? Number(n.port) : void 0),
        (t.path = n.path),
        (t.query = { ...n.query }),
        n.headers)
      )
        for (const o in n.headers) N(n.headers, o) && (t.headers[o] = n.headers[o]);
      return t;
    }
  }
  setHostPrefix(t, n, o, r = eE(n)) {
    if (this.serdeContext?.disableHostPrefix) return;
    const i = r[4];
    if (typeof i != 'string') return;
    let s = i;
    for (const [a, [, c]] of Ui.of(n.input).getHttpBindings().request.memberBindings) {
      if (!((c >> 17) & 1)) continue;
      const u = o[a];
      if (typeof u != 'string')
        throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);
      s = s.replace(`{${a}}`, u);
    }
    if (((t.hostname = s + t.hostname), !$p(t.hostname)))
      throw new Error(`[${t.hostname}] is not a valid hostname.`);
  }
  deserializeMetadata(t) {
    return {
      httpStatusCode: t.statusCode,
      requestId:
        t.headers['x-amzn-requestid'] ?? t.headers['x-amzn-request-id'] ?? t.headers['x-amz-request-id'],
      extendedRequestId: t.headers['x-amz-id-2'],
      cfId: t.headers['x-amz-cf-id'],
    };
  }
  resolveError(t, n, o) {
    let r = [-3, '', 'Error', 0, [], [], 0],
      i;
    for (const s of o)
      for (const a of n)
        try {
          a === '*' ? (i = s.getSchema(t)) : (i = s.getSchema(a + '#' + t));
          const c = s.getErrorCtor(i);
          if (c) return [i, c, 'modeled'];
          {
            const u = s.getBaseException();
            if (u) {
              const l = s.getErrorCtor(u);
              if (l) return [i, l, 'synthetic'];
            }
          }
        } catch {}
    for (const s of o) {
      const a = s.getBaseException();
      if (a) {
        const c = s.getErrorCtor(a);
        if (c) return [a, c, 'synthetic'];
      }
    }
    return [r, Error, 'native'];
  }
  async serializeEventStream({ eventStream: t, requestSchema: n, initialRequest: o }) {
    return (await this.loadEventStreamCapability()).serializeEventStream({
      eventStream: t,
      requestSchema: n,
      initialRequest: o,
    });
  }
  async deserializeEventStream({ response: t, responseSchema: n, initialResponseContainer: o }) {
    return (await this.loadEventStreamCapability()).deserializeEventStream({
      response: t,
      responseSchema: n,
      initialResponseContainer: o,
    });
  }
  async loadEventStreamCapability() {
    const { EventStreamSerde: t, eventStreamSerdeProvider: n } = await Promise.resolve().then(
        () => (RE(), wE),
      ),
      o = this.resolveEventStreamMarshaller(n);
    return new t({
      marshaller: o,
      serializer: this.serializer,
      deserializer: this.deserializer,
      serdeContext: this.serdeContext,
      defaultContentType: this.getDefaultContentType(),
      compositeErrorRegistry: this.compositeErrorRegistry,
    });
  }
  getDefaultContentType() {
    throw new Error(
      `@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missing.`,
    );
  }
  async deserializeHttpMessage(t, n, o, r, i) {
    return [];
  }
  getEventStreamMarshaller() {
    const t = this.serdeContext;
    if (!t.eventStreamMarshaller)
      throw new Error('@smithy/core - HttpProtocol: eventStreamMarshaller missing in serdeContext.');
    return t.eventStreamMarshaller;
  }
  resolveEventStreamMarshaller(t) {
    const n = this.serdeContext;
    return n.eventStreamMarshaller ? n.eventStreamMarshaller : t(this.serdeContext);
  }
};
te();
he();
te();
var Mi = class extends rc {
  async serializeRequest(t, n, o) {
    let r = this.serializer,
      i = {},
      s = {},
      a = await o.endpoint(),
      c = q.of(t?.input),
      u = c.getSchema(),
      l,
      d = n && typeof n == 'object' ? n : {},
      p = new ee({
        protocol: '',
        hostname: '',
        port: void 0,
        path: '/',
        fragment: void 0,
        query: i,
        headers: s,
        body: void 0,
      });
    if ((a && (this.updateServiceEndpoint(p, a), this.setHostPrefix(p, t, d)), d)) {
      const m = c.getEventStreamMember();
      if (m) {
        if (d[m]) {
          const f = {};
          for (const [g] of c.structIterator()) g !== m && d[g] != null && (f[g] = d[g]);
          l = await this.serializeEventStream({ eventStream: d[m], requestSchema: c, initialRequest: f });
        }
      } else r.write(u, d), (l = r.flush());
    }
    return ((p.headers = Object.assign(p.headers, s)), (p.query = i), (p.body = l), (p.method = 'POST'), p);
  }
  async deserializeResponse(t, n, o) {
    const r = this.deserializer,
      i = q.of(t.output),
      s = {};
    if (this.isErrorResponse(o.statusCode)) {
      const c = await fn(o.body, n);
      throw (
        c.byteLength > 0 && Object.assign(s, await r.read(15, c)),
        await this.handleError(t, n, o, s, this.deserializeMetadata(o)),
        new Error('@smithy/core/protocols - RPC Protocol error handler failed to throw.')
      );
    }
    for (const c in o.headers) {
      if (!N(o.headers, c)) continue;
      const u = o.headers[c];
      delete o.headers[c], (o.headers[c.toLowerCase()] = u);
    }
    const a = i.getEventStreamMember();
    if (a)
      s[a] = await this.deserializeEventStream({
        response: o,
        responseSchema: i,
        initialResponseContainer: s,
      });
    else {
      const c = await fn(o.body, n);
      c.byteLength > 0 && Object.assign(s, await r.read(i, c));
    }
    return ((s.$metadata = this.deserializeMetadata(o)), s);
  }
  isErrorResponse(t) {
    return t >= 300;
  }
};
function nc(e, t) {
  if (t.timestampFormat.useTrait) {
    const a = e.getSchema();
    if (a === 5 || a === 6 || a === 7) return a;
  }
  const { httpLabel: n, httpPrefixHeaders: o, httpHeader: r, httpQuery: i } = e.getMergedTraits();
  return (
    (t.httpBindings ? (typeof o == 'string' || r ? 6 : i || n ? 5 : void 0) : void 0) ??
    t.timestampFormat.default
  );
}
te();
te();
var vn = (e) => (
    e.logger &&
      e.logger.constructor?.name !== 'NoOpLogger' &&
      e.requestHandler?.updateHttpClientConfig?.(Symbol.for('logger'), e.logger),
    e.defaultSocketTimeout &&
      e.requestHandler?.updateHttpClientConfig?.(
        Symbol.for('@smithy/defaultSocketTimeout'),
        e.defaultSocketTimeout,
      ),
    {
      setHttpHandler(t) {
        e.requestHandler = t;
      },
      httpHandler() {
        return e.requestHandler;
      },
      updateHttpClientConfig(t, n) {
        e.requestHandler?.updateHttpClientConfig(t, n);
      },
      httpHandlerConfigs() {
        return e.requestHandler.httpHandlerConfigs();
      },
    }
  ),
  yn = (e) => ({ requestHandler: e.httpHandler() });
te();
var TE = 'content-length';
function AE(e) {
  return (t) => async (n) => {
    const o = n.request;
    if (ee.isInstance(o)) {
      const { body: r, headers: i } = o;
      if (
        r &&
        Object.keys(i)
          .map((s) => s.toLowerCase())
          .indexOf(TE) === -1
      )
        try {
          const s = e(r);
          s != null && (o.headers = { ...o.headers, [TE]: String(s) });
        } catch {}
    }
    return t({ ...n, request: o });
  };
}
var kE = {
    step: 'build',
    tags: ['SET_CONTENT_LENGTH', 'CONTENT_LENGTH'],
    name: 'contentLengthMiddleware',
    override: !0,
  },
  _n = (e) => ({
    applyToStack: (t) => {
      t.add(AE(e.bodyLengthChecker), kE);
    },
  });
var $t = (e) => encodeURIComponent(e).replace(/[!'()*]/g, nO),
  nO = (e) => `%${e.charCodeAt(0).toString(16).toUpperCase()}`;
function zm(e) {
  const t = [];
  for (let n of Object.keys(e).sort()) {
    const o = e[n];
    if (((n = $t(n)), Array.isArray(o))) for (let r = 0, i = o.length; r < i; r++) t.push(`${n}=${$t(o[r])}`);
    else {
      let r = n;
      (o || typeof o == 'string') && (r += `=${$t(o)}`), t.push(r);
    }
  }
  return t.join('&');
}
te();
var Sr = class {
  serdeContext;
  setSerdeContext(t) {
    this.serdeContext = t;
  }
};
he();
V();
var oc = class {
  from;
  to;
  keys;
  constructor(t, n) {
    (this.from = t), (this.to = n);
    const o = Object.keys(this.from),
      r = new Set(o);
    r.delete('__type'), (this.keys = r);
  }
  mark(t) {
    this.keys.delete(t);
  }
  hasUnknown() {
    return this.keys.size === 1 && Object.keys(this.to).length === 0;
  }
  writeUnknown() {
    if (this.hasUnknown()) {
      const t = this.keys.values().next().value,
        n = this.from[t];
      this.to.$unknown = [t, n];
    }
  }
};
var ji;
function ic() {
  if (ji === void 0)
    try {
      if (typeof Buffer != 'function') ji = !1;
      else {
        const e = JSON.parse(Buffer.from([123, 125]));
        ji = e !== null && typeof e == 'object';
      }
    } catch {
      ji = !1;
    }
  return ji;
}
V();
function sc(e, t, n) {
  if (n?.source) {
    const o = n.source;
    if (typeof t == 'number')
      return t <= Number.MAX_SAFE_INTEGER && t >= Number.MIN_SAFE_INTEGER
        ? iO(o, t)
          ? t
          : new De(o, 'bigDecimal')
        : oO(o)
          ? new De(o, 'bigDecimal')
          : /[eE]/.test(o)
            ? sO(o)
            : BigInt(o);
  }
  return t;
}
function oO(e) {
  const t = e.indexOf('.');
  if (t === -1) return !1;
  const n = e.search(/[eE]/);
  if (n === -1) return !0;
  const o = n - t - 1;
  return parseInt(e.slice(n + 1), 10) < o;
}
function iO(e, t) {
  if (e === String(t) || Object.is(t, -0)) return !0;
  if (/[eE]/.test(e)) return Lm(e) === Lm(String(t));
  const n = e.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''),
    o = String(t);
  return n === o ? !0 : /[eE]/.test(o) ? n === Lm(o) : !1;
}
function Lm(e) {
  let t = e.startsWith('-'),
    n = t ? e.slice(1) : e,
    o = n.search(/[eE]/),
    r;
  if (o === -1) r = n;
  else {
    let i = parseInt(n.slice(o + 1), 10),
      s = n.slice(0, o),
      a = s.indexOf('.'),
      c,
      u;
    a === -1 ? ((c = s), (u = s.length)) : ((c = s.slice(0, a) + s.slice(a + 1)), (u = a)),
      (c = c.replace(/0+$/, '') || '0');
    const l = u + i;
    c === '0'
      ? (r = '0')
      : l <= 0
        ? (r = '0.' + '0'.repeat(-l) + c)
        : l >= c.length
          ? (r = c + '0'.repeat(l - c.length))
          : (r = c.slice(0, l) + '.' + c.slice(l));
  }
  return (r.includes('.') && (r = r.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')), (t ? '-' : '') + r);
}
function sO(e) {
  let t = e.search(/[eE]/),
    n = parseInt(e.slice(t + 1), 10),
    o = e.startsWith('-'),
    r = e.slice(o ? 1 : 0, t),
    i = r.indexOf('.'),
    s,
    a;
  if (i === -1) (s = r), (a = n);
  else {
    s = r.slice(0, i) + r.slice(i + 1);
    const u = r.length - i - 1;
    a = n - u;
  }
  s = s.replace(/0+$/, '') || '0';
  const c = BigInt(s) * 10n ** BigInt(a + (r.replace('.', '').length - s.length));
  return o ? -c : c;
}
he();
var Mm = Symbol.for('@aws-sdk/reviver');
function cc(e) {
  const t = q.of(e),
    n = t.getSchema();
  if (Array.isArray(n) && t.isStructSchema()) {
    if (Mm in n) return n[Mm];
    const o = ac(t, new Set());
    return ((n[Mm] = o), o);
  }
  return ac(t, new Set());
}
function ac(e, t) {
  const n = e.getSchema();
  if (t.has(n)) return !1;
  if ((t.add(n), e.isBigIntegerSchema() || e.isBigDecimalSchema())) return !0;
  if (e.isStructSchema()) {
    for (const [, o] of e.structIterator()) if (ac(o, t)) return !0;
  } else if (e.isListSchema() || e.isMapSchema()) {
    if (ac(e.getValueSchema(), t)) return !0;
  } else if (e.isDocumentSchema()) return !0;
  return !1;
}
V();
var PE = (e, t) => fn(e, t).then((n) => (t?.utf8Encoder ?? Fe)(n));
async function uc(e, t, n) {
  let o;
  if (ic() && typeof e?.[Symbol.asyncIterator] == 'function') {
    const i = await fn(e, t);
    typeof Buffer == 'function' &&
      (Buffer.isBuffer(i) ? (o = i) : (o = Buffer.from(i.buffer, i.byteOffset, i.byteLength)));
  }
  if ((o || (o = await PE(e, t)), o.length === 0)) return {};
  const r = n && cc(n) ? sc : void 0;
  try {
    return JSON.parse(o, r);
  } catch (i) {
    throw (
      i?.name === 'SyntaxError' &&
        Object.defineProperty(i, '$responseBodyText', {
          value: typeof o == 'string' ? o : o.toString('utf8'),
        }),
      i
    );
  }
}
var DE = (e, t) => Object.keys(e).find((n) => n.toLowerCase() === t.toLowerCase()),
  jm = (e) => {
    let t = e;
    return (
      typeof t == 'number' && (t = t.toString()),
      t.indexOf(',') >= 0 && (t = t.split(',')[0]),
      t.indexOf(':') >= 0 && (t = t.split(':')[0]),
      t.indexOf('#') >= 0 && (t = t.split('#')[1]),
      t
    );
  };
var lc = (e, t, n = !1) => aO(e, t, n ? ['code', 'header', 'type'] : ['type', 'code', 'header']);
var aO = ({ headers: e }, t, n) => {
  for (; n.length > 0; )
    switch (n.shift()) {
      case 'header': {
        const r = DE(e ?? {}, 'x-amzn-errortype');
        if (r !== void 0) return jm(e[r]);
        break;
      }
      case 'code': {
        const i = DE(t ?? {}, 'code');
        if (i && t[i] !== void 0) return jm(t[i]);
        break;
      }
      case 'type':
        if (t?.__type !== void 0) return jm(t.__type);
        break;
    }
};
te();
var br = class extends Sr {
  settings;
  constructor(t) {
    super(), (this.settings = t);
  }
  async read(t, n) {
    let o = cc(t) ? sc : void 0,
      r;
    if (typeof n == 'string') {
      if (n.length === 0) return {};
      r = JSON.parse(n, o);
    } else if (n instanceof Uint8Array && ic()) {
      if (n.byteLength === 0) return {};
      const i = Buffer.isBuffer(n) ? n : Buffer.from(n.buffer, n.byteOffset, n.byteLength);
      r = JSON.parse(i, o);
    } else r = await uc(n, this.serdeContext, t);
    return this._read(t, r);
  }
  readObject(t, n) {
    return this._read(t, n);
  }
  _read(t, n) {
    const o = n !== null && typeof n == 'object',
      r = q.of(t);
    if (o) {
      if (r.isStructSchema()) return this._readStruct(r, n);
      if (Array.isArray(n) && r.isListSchema()) {
        const s = r.getValueSchema();
        if (this.needsTransform(s)) for (let a = 0; a < n.length; ++a) n[a] = this._read(s, n[a]);
        return n;
      }
      if (r.isMapSchema()) {
        const s = r.getValueSchema(),
          a = n;
        if (this.needsTransform(s))
          for (const c in a) N(a, c) && (c === '__proto__' && Qt(a), (a[c] = this._read(s, a[c])));
        return a;
      }
    }
    if (r.isBlobSchema() && typeof n == 'string') return lt(n);
    const i = r.getMergedTraits().mediaType;
    if (r.isStringSchema() && typeof n == 'string' && i)
      return i === 'application/json' || i.endsWith('+json') ? St.from(n) : n;
    if (r.isTimestampSchema() && n != null)
      switch (nc(r, this.settings)) {
        case 5:
          return Mp(n);
        case 6:
          return ki(n);
        case 7:
          return jp(n);
        default:
          return (
            console.warn('Missing timestamp format, parsing value with Date constructor:', n), new Date(n)
          );
      }
    if (r.isBigIntegerSchema() && (typeof n == 'number' || typeof n == 'string')) return BigInt(n);
    if (r.isBigDecimalSchema() && n != null) {
      if (n instanceof De) return n;
      const s = n;
      return s.type === 'bigDecimal' && 'string' in s
        ? new De(s.string, s.type)
        : new De(String(n), 'bigDecimal');
    }
    if (r.isNumericSchema() && typeof n == 'string') {
      switch (n) {
        case 'Infinity':
          return 1 / 0;
        case '-Infinity':
          return -1 / 0;
        case 'NaN':
          return NaN;
      }
      return n;
    }
    if (r.isDocumentSchema() && o)
      if (Array.isArray(n))
        for (let s = 0; s < n.length; ++s) {
          const a = n[s];
          a instanceof De || (n[s] = this._read(r, a));
        }
      else {
        const s = n;
        for (const a in s) {
          if (!N(s, a)) continue;
          a === '__proto__' && Qt(s);
          const c = s[a];
          c instanceof De || (s[a] = this._read(r, c));
        }
      }
    return n;
  }
  _readStruct(t, n) {
    let o = t.isUnionSchema(),
      r = {},
      i,
      s = typeof n.__type == 'string',
      { jsonName: a } = this.settings;
    a && s && (i = {});
    let c;
    o && (c = new oc(n, r));
    for (const [u, l] of t.structIterator()) {
      let d = u;
      a && ((d = l.getMergedTraits().jsonName ?? d), s && (i[d] = u)),
        o && c.mark(d),
        n[d] != null && (r[u] = this._read(l, n[d]));
    }
    if (o) c.writeUnknown();
    else if (s)
      for (const u in n) {
        if (!N(n, u)) continue;
        const l = n[u],
          d = a ? (i[u] ?? u) : u;
        d in r || (r[d] = l);
      }
    return r;
  }
  needsTransform(t) {
    return !!(
      t.isBlobSchema() ||
      t.isTimestampSchema() ||
      t.isBigIntegerSchema() ||
      t.isBigDecimalSchema() ||
      t.isNumericSchema() ||
      t.isDocumentSchema() ||
      t.isStructSchema() ||
      t.isListSchema() ||
      t.isMapSchema() ||
      (t.isStringSchema() && t.getMergedTraits().mediaType)
    );
  }
};
he();
V();
te();
V();
var dc = class e extends Uint8Array {
    string = null;
    static allocUnsafe(t) {
      if (typeof Buffer == 'function') {
        const n = Buffer.allocUnsafe(t);
        return new e(n.buffer, n.byteOffset, n.byteLength);
      }
      return new e(t);
    }
    toString() {
      return this.s();
    }
    valueOf() {
      return this.s();
    }
    includes(t, n) {
      return typeof t == 'string' ? this.s().includes(t, n) : Uint8Array.prototype.includes.call(this, t, n);
    }
    indexOf(t, n) {
      return typeof t == 'string' ? this.s().indexOf(t, n) : Uint8Array.prototype.indexOf.call(this, t, n);
    }
    lastIndexOf(t, n) {
      if (typeof t == 'string') return this.s().lastIndexOf(t, n);
      const o = Uint8Array.prototype.lastIndexOf;
      return n !== void 0 ? o.call(this, t, n) : o.call(this, t);
    }
    startsWith(t, n) {
      return this.s().startsWith(t, n);
    }
    endsWith(t, n) {
      return this.s().endsWith(t, n);
    }
    match(t) {
      return this.s().match(t);
    }
    replace(t, n) {
      return this.s().replace(t, n);
    }
    search(t) {
      return this.s().search(t);
    }
    split(t, n) {
      return this.s().split(t, n);
    }
    substring(t, n) {
      return this.s().substring(t, n);
    }
    trim() {
      return this.s().trim();
    }
    trimStart() {
      return this.s().trimStart();
    }
    trimEnd() {
      return this.s().trimEnd();
    }
    charAt(t) {
      return this.s().charAt(t);
    }
    charCodeAt(t) {
      return this.s().charCodeAt(t);
    }
    padStart(t, n) {
      return this.s().padStart(t, n);
    }
    padEnd(t, n) {
      return this.s().padEnd(t, n);
    }
    repeat(t) {
      return this.s().repeat(t);
    }
    toUpperCase() {
      return this.s().toUpperCase();
    }
    toLowerCase() {
      return this.s().toLowerCase();
    }
    s() {
      if (this.string == null) {
        const t = Date.now();
        t > CE + 6e4 &&
          (console.warn(
            '@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string method on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error.',
          ),
          (CE = t)),
          (this.string = Fe(this));
      }
      return this.string;
    }
  },
  CE = 0;
var pc = new TextEncoder(),
  OE = 123,
  NE = 125,
  cO = 91,
  uO = 93,
  bo = 34,
  mc = 58,
  fc = 44,
  UE = 92,
  lO = new Uint8Array([116, 114, 117, 101]),
  dO = new Uint8Array([102, 97, 108, 115, 101]),
  pO = new Uint8Array([110, 117, 108, 108]),
  Nt = new Array(128).fill(null);
Nt[8] = 'b';
Nt[9] = 't';
Nt[10] = 'n';
Nt[12] = 'f';
Nt[13] = 'r';
Nt[34] = '"';
Nt[92] = '\\';
for (let e = 0; e < 32; e++) Nt[e] === null && (Nt[e] = 'u00' + e.toString(16).padStart(2, '0'));
var zE = 2048;
function Bm(e) {
  return dc.allocUnsafe(e);
}
var $r = class e extends Sr {
  settings;
  json;
  i = 0;
  rootSchema;
  rawValue;
  passthrough = !1;
  constructor(t) {
    super(), (this.settings = t), (this.json = Bm(zE));
  }
  write(t, n) {
    (this.i = 0),
      (this.rawValue = n),
      (this.rootSchema = q.of(t)),
      (this.passthrough = this.rootSchema.isBlobSchema() || this.rootSchema.isStringSchema()),
      this.passthrough || this.writeValue(this.rootSchema, n, void 0);
  }
  writeDiscriminatedDocument(t, n) {
    (this.i = 0), (this.rootSchema = q.of(t));
    const o = this.rootSchema;
    if (o.isStructSchema() && n != null && typeof n == 'object') {
      this.writeValue(o, n, void 0);
      const r = `"__type":"${o.getName(!0) ?? 'Unknown'}",`,
        i = r.length;
      this.ensure(i),
        this.json.copyWithin(1 + i, 1, this.i),
        pc.encodeInto(r, this.json.subarray(1)),
        (this.i += i);
    } else this.writeValue(o, n, void 0);
  }
  flush() {
    this.rootSchema = void 0;
    const t = this.i;
    this.i = 0;
    const n = this.rawValue;
    if (((this.rawValue = void 0), t === 0)) return n;
    const o = this.json.subarray(0, t);
    return ((this.json = Bm(zE)), o);
  }
  ensure(t) {
    const { i: n, json: o } = this;
    if (n + t > o.length) {
      let r = o.length * 2;
      for (; r < n + t; ) r *= 2;
      const i = Bm(r);
      i.set(this.json), (this.json = i);
    }
  }
  writeAscii(t) {
    const n = t.length;
    this.ensure(n);
    let { i: o, json: r } = this;
    for (let i = 0; i < n; ++i) (r[o] = t.charCodeAt(i)), (o += 1);
    this.i = o;
  }
  writeAsciiQuoted(t) {
    const n = t.length;
    this.ensure(n + 4);
    let { json: o, i: r } = this;
    o[r++] = bo;
    for (let i = 0; i < n; ++i) o[r++] = t.charCodeAt(i);
    (o[r++] = bo), (this.i = r);
  }
  writeJsonString(t) {
    const n = t.length;
    this.ensure(n * 3 + 2), (this.json[this.i++] = bo);
    for (let o = 0; o < n; ++o) {
      const r = t.charCodeAt(o);
      if (r > 34 && r < 92) this.json[this.i++] = r;
      else if (r < 128) {
        const i = Nt[r];
        if (i !== null) {
          this.ensure(i.length + 1 + (n - o - 1) * 3 + 1), (this.json[this.i++] = UE);
          for (let s = 0; s < i.length; s++) this.json[this.i++] = i.charCodeAt(s);
        } else this.json[this.i++] = r;
      } else if (r >= 55296 && r <= 56319) {
        const i = o + 1 < n ? t.charCodeAt(o + 1) : 0;
        if (i >= 56320 && i <= 57343) {
          this.ensure(4);
          const { written: s } = pc.encodeInto(t.substring(o, o + 2), this.json.subarray(this.i));
          (this.i += s), ++o;
        } else this.ensure(6 + (n - o - 1) * 3 + 1), this.writeUnicodeEscape(r);
      } else if (r >= 56320 && r <= 57343) this.ensure(6 + (n - o - 1) * 3 + 1), this.writeUnicodeEscape(r);
      else {
        let { i, json: s } = this;
        r < 2048
          ? ((s[i++] = 192 | (r >> 6)), (s[i++] = 128 | (r & 63)))
          : ((s[i++] = 224 | (r >> 12)), (s[i++] = 128 | ((r >> 6) & 63)), (s[i++] = 128 | (r & 63))),
          (this.i = i);
      }
    }
    this.json[this.i++] = bo;
  }
  writeUnicodeEscape(t) {
    let { json: n, i: o } = this;
    (n[o++] = UE), (n[o++] = 117);
    const r = t.toString(16).padStart(4, '0');
    for (let i = 0; i < 4; ++i) n[o++] = r.charCodeAt(i);
    this.i = o;
  }
  static B64 = (() => {
    const t = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
      n = new Uint8Array(64);
    for (let o = 0; o < 64; ++o) n[o] = t.charCodeAt(o);
    return n;
  })();
  writeBase64(t) {
    const n = Math.ceil(t.length / 3) * 4;
    this.ensure(n + 2);
    let o = this.json,
      r = e.B64,
      i = this.i;
    o[i++] = bo;
    const s = t.length,
      a = s % 3,
      c = s - a;
    for (let u = 0; u < c; u += 3) {
      const l = t[u],
        d = t[u + 1],
        p = t[u + 2];
      (o[i++] = r[l >> 2]),
        (o[i++] = r[((l & 3) << 4) | (d >> 4)]),
        (o[i++] = r[((d & 15) << 2) | (p >> 6)]),
        (o[i++] = r[p & 63]);
    }
    if (a === 2) {
      const u = t[c],
        l = t[c + 1];
      (o[i++] = r[u >> 2]),
        (o[i++] = r[((u & 3) << 4) | (l >> 4)]),
        (o[i++] = r[(l & 15) << 2]),
        (o[i++] = 61);
    } else if (a === 1) {
      const u = t[c];
      (o[i++] = r[u >> 2]), (o[i++] = r[(u & 3) << 4]), (o[i++] = 61), (o[i++] = 61);
    }
    (o[i++] = bo), (this.i = i);
  }
  writeValue(t, n, o) {
    if (n == null) {
      if (o?.isStructSchema()) {
        if (n === void 0 && q.of(t).isIdempotencyToken()) {
          this.writeAsciiQuoted(X$());
          return;
        }
        return;
      }
      this.ensure(4), this.json.set(pO, this.i), (this.i += 4);
      return;
    }
    const r = q.of(t),
      i = typeof n == 'object';
    if (r.isStringSchema()) {
      const s = r.getMergedTraits().mediaType;
      if (s && (s === 'application/json' || s.endsWith('+json'))) {
        this.writeJsonString(St.from(n).toString());
        return;
      }
    }
    if (this.settings.bigNumberAsString && n != null && (r.isBigIntegerSchema() || r.isBigDecimalSchema())) {
      const s = n instanceof De ? n.string : String(n);
      this.writeAsciiQuoted(s);
      return;
    }
    if (i) {
      if (r.isStructSchema()) {
        this.writeStruct(r, n);
        return;
      }
      if (Array.isArray(n) && (r.isListSchema() || r.isDocumentSchema())) {
        this.writeList(r, n, r.isDocumentSchema());
        return;
      }
      if (r.isMapSchema()) {
        this.writeMap(r, n, !1);
        return;
      }
      if (n instanceof Uint8Array && (r.isBlobSchema() || r.isDocumentSchema())) {
        this.writeBase64(n);
        return;
      }
      if (n instanceof Date && (r.isTimestampSchema() || r.isDocumentSchema())) {
        this.writeTimestamp(r, n);
        return;
      }
      if (n instanceof De) {
        this.writeAscii(n.string);
        return;
      }
      if (r.isDocumentSchema()) {
        Array.isArray(n) ? this.writeList(r, n, !0) : this.writeMap(r, n, !0);
        return;
      }
      const s = JSON.stringify(n);
      this.writeAscii(s);
      return;
    }
    if (typeof n == 'string') {
      if (r.isBlobSchema()) {
        const s = (this.serdeContext?.base64Encoder ?? dt)(n);
        this.writeAsciiQuoted(s);
        return;
      }
      this.writeJsonString(n);
      return;
    }
    if (typeof n == 'number') {
      if (Math.abs(n) === 1 / 0 || Number.isNaN(n)) {
        this.writeAsciiQuoted(String(n));
        return;
      }
      const s = String(n);
      this.writeAscii(s);
      return;
    }
    if (typeof n == 'boolean') {
      this.ensure(5);
      let { i: s, json: a } = this;
      n ? (a.set(lO, s), (s += 4)) : (a.set(dO, s), (s += 5)), (this.i = s);
      return;
    }
    if (typeof n == 'bigint') {
      this.writeAscii(n.toString());
      return;
    }
    this.writeAscii(String(n));
  }
  writeStruct(t, n) {
    this.ensure(2), (this.json[this.i++] = OE);
    let o = !1,
      r = typeof n.__type == 'string',
      i;
    r && (i = new Set());
    for (const [s, a] of t.structIterator()) {
      const c = n[s];
      if (c == null && !a.isIdempotencyToken()) continue;
      o && (this.ensure(1), (this.json[this.i++] = fc)), (o = !0);
      const u = this.settings.jsonName ? (a.getMergedTraits().jsonName ?? s) : s;
      i && (i.add(s), i.add(u)),
        this.writeAsciiQuoted(u),
        (this.json[this.i++] = mc),
        this.writeValue(a, c, t);
    }
    if (!o && t.isUnionSchema()) {
      const { $unknown: s } = n;
      if (Array.isArray(s)) {
        const [a, c] = s;
        this.writeAsciiQuoted(a), this.ensure(1), (this.json[this.i++] = mc), this.writeValue(15, c, t);
      }
    } else if (r)
      for (const s in n) {
        if (i.has(s)) continue;
        i.add(s);
        const a = n[s];
        o && (this.ensure(1), (this.json[this.i++] = fc)),
          (o = !0),
          this.writeAsciiQuoted(s),
          this.ensure(1),
          (this.json[this.i++] = mc),
          this.writeValue(15, a, void 0);
      }
    this.ensure(1), (this.json[this.i++] = NE);
  }
  writeList(t, n, o) {
    const r = !!t.getMergedTraits().sparse,
      i = t.getValueSchema();
    if (!o && (i.isStringSchema() || i.isNumericSchema() || i.isBooleanSchema())) {
      let a = !1;
      for (let u = 0; u < n.length; ++u) {
        const l = n[u];
        if (Number.isNaN(l) || l === 1 / 0 || l === -1 / 0 || (l == null && !r)) {
          a = !0;
          break;
        }
      }
      let c;
      if (!a) c = JSON.stringify(n);
      else {
        const u = [];
        for (let l = 0; l < n.length; ++l) {
          const d = n[l];
          (d == null && !r) ||
            (Number.isNaN(d) || d === 1 / 0 || d === -1 / 0 ? u.push(String(d)) : u.push(d));
        }
        c = JSON.stringify(u);
      }
      this.ensure(c.length * 3), (this.i += pc.encodeInto(c, this.json.subarray(this.i)).written);
      return;
    }
    this.ensure(2), (this.json[this.i++] = cO);
    let s = !1;
    for (let a = 0; a < n.length; ++a) {
      const c = n[a];
      (o ? c === void 0 : c == null && !r) ||
        (s && (this.ensure(1), (this.json[this.i++] = fc)), this.writeValue(i, c, void 0), (s = !0));
    }
    this.ensure(1), (this.json[this.i++] = uO);
  }
  writeMap(t, n, o) {
    const r = !!t.getMergedTraits().sparse,
      i = t.getValueSchema();
    if (!o && (i.isStringSchema() || i.isNumericSchema() || i.isBooleanSchema())) {
      let a;
      for (const u in n) {
        if (!N(n, u)) continue;
        const l = n[u];
        Number.isNaN(l) || l === 1 / 0 || l === -1 / 0
          ? (((a ??= {})[u] = l), (n[u] = String(l)))
          : l === null && !r && (((a ??= {})[u] = null), (n[u] = void 0));
      }
      const c = JSON.stringify(n);
      a && Object.assign(n, a),
        this.ensure(c.length * 3),
        (this.i += pc.encodeInto(c, this.json.subarray(this.i)).written);
      return;
    }
    this.ensure(2), (this.json[this.i++] = OE);
    let s = !0;
    for (const a in n) {
      if (!N(n, a)) continue;
      const c = n[a];
      (o ? c === void 0 : c == null && !r) ||
        (s || (this.ensure(1), (this.json[this.i++] = fc)),
        (s = !1),
        this.writeJsonString(a),
        this.ensure(1),
        (this.json[this.i++] = mc),
        this.writeValue(i, c, void 0));
    }
    this.ensure(1), (this.json[this.i++] = NE);
  }
  writeTimestamp(t, n) {
    switch (nc(t, this.settings)) {
      case 5: {
        const r = n.toISOString().replace('.000Z', 'Z');
        this.writeAsciiQuoted(r);
        return;
      }
      case 6: {
        this.writeAsciiQuoted(Lp(n));
        return;
      }
      case 7: {
        const r = String(n.getTime() / 1e3);
        this.writeAscii(r);
        return;
      }
      default: {
        const r = String(n.getTime() / 1e3);
        this.writeAscii(r);
        return;
      }
    }
  }
};
var Er = class extends Sr {
  settings;
  constructor(t) {
    super(), (this.settings = t);
  }
  createSerializer() {
    const t = new $r(this.settings);
    return (t.setSerdeContext(this.serdeContext), t);
  }
  createDeserializer() {
    const t = new br(this.settings);
    return (t.setSerdeContext(this.serdeContext), t);
  }
};
var LE = (e) => (t) => async (n) => {
    if (!ee.isInstance(n.request)) return t(n);
    const { request: o } = n,
      { handlerProtocol: r = '' } = e.requestHandler.metadata || {};
    if (r.indexOf('h2') >= 0 && !o.headers[':authority'])
      delete o.headers.host, (o.headers[':authority'] = o.hostname + (o.port ? ':' + o.port : ''));
    else if (!o.headers.host) {
      let i = o.hostname;
      o.port != null && (i += `:${o.port}`), (o.headers.host = i);
    }
    return t(n);
  },
  ME = { name: 'hostHeaderMiddleware', step: 'build', priority: 'low', tags: ['HOST'], override: !0 },
  xn = (e) => ({
    applyToStack: (t) => {
      t.add(LE(e), ME);
    },
  });
re();
var jE = () => (e, t) => async (n) => {
    try {
      const o = await e(n),
        { logger: r } = t,
        i = r instanceof Ye;
      if (r && !i) {
        const { clientName: s, commandName: a, dynamoDbDocumentClientOptions: c = {} } = t,
          { overrideInputFilterSensitiveLog: u, overrideOutputFilterSensitiveLog: l } = c,
          d = u ?? t.inputFilterSensitiveLog,
          p = l ?? t.outputFilterSensitiveLog,
          { $metadata: m, ...f } = o.output;
        r.info?.({ clientName: s, commandName: a, input: d(n.input), output: p(f), metadata: m });
      }
      return o;
    } catch (o) {
      const { clientName: r, commandName: i, logger: s, dynamoDbDocumentClientOptions: a = {} } = t,
        { overrideInputFilterSensitiveLog: c } = a,
        u = c ?? t.inputFilterSensitiveLog;
      throw (
        s?.error?.({ clientName: r, commandName: i, input: u(n.input), error: o, metadata: o.$metadata }), o
      );
    }
  },
  BE = { name: 'loggerMiddleware', tags: ['LOGGER'], step: 'initialize', override: !0 },
  Sn = (e) => ({
    applyToStack: (t) => {
      t.add(jE(), BE);
    },
  });
var FE = {
  step: 'build',
  tags: ['RECURSION_DETECTION', 'TRACE_CONTEXT_PROPAGATION'],
  name: 'recursionDetectionMiddleware',
  override: !0,
  priority: 'low',
};
var Ir = {
    REQUEST_ID: Symbol.for('_AWS_LAMBDA_REQUEST_ID'),
    X_RAY_TRACE_ID: Symbol.for('_AWS_LAMBDA_X_RAY_TRACE_ID'),
    TENANT_ID: Symbol.for('_AWS_LAMBDA_TENANT_ID'),
    TRACEPARENT: Symbol.for('_AWS_LAMBDA_TRACEPARENT'),
    TRACESTATE: Symbol.for('_AWS_LAMBDA_TRACESTATE'),
    BAGGAGE: Symbol.for('_AWS_LAMBDA_BAGGAGE'),
  },
  Fm = ['true', '1'].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA ?? '');
Fm || (globalThis.awslambda = globalThis.awslambda || {});
var gc = class {
    static PROTECTED_KEYS = Ir;
    isProtectedKey(t) {
      return Object.values(Ir).includes(t);
    }
    getRequestId() {
      return this.get(Ir.REQUEST_ID) ?? '-';
    }
    getXRayTraceId() {
      return this.get(Ir.X_RAY_TRACE_ID);
    }
    getTenantId() {
      return this.get(Ir.TENANT_ID);
    }
    getTraceparent() {
      return this.get(Ir.TRACEPARENT);
    }
    getTracestate() {
      return this.get(Ir.TRACESTATE);
    }
    getBaggage() {
      return this.get(Ir.BAGGAGE);
    }
  },
  Vm = class extends gc {
    currentContext;
    getContext() {
      return this.currentContext;
    }
    hasContext() {
      return this.currentContext !== void 0;
    }
    get(t) {
      return this.currentContext?.[t];
    }
    set(t, n) {
      if (this.isProtectedKey(t))
        throw new Error(`Cannot modify protected Lambda context field: ${String(t)}`);
      (this.currentContext = this.currentContext || {}), (this.currentContext[t] = n);
    }
    run(t, n) {
      return ((this.currentContext = t), n());
    }
  },
  Gm = class e extends gc {
    als;
    static async create() {
      const t = new e(),
        n = await import('node:async_hooks');
      return ((t.als = new n.AsyncLocalStorage()), t);
    }
    getContext() {
      return this.als.getStore();
    }
    hasContext() {
      return this.als.getStore() !== void 0;
    }
    get(t) {
      return this.als.getStore()?.[t];
    }
    set(t, n) {
      if (this.isProtectedKey(t))
        throw new Error(`Cannot modify protected Lambda context field: ${String(t)}`);
      const o = this.als.getStore();
      if (!o) throw new Error('No context available');
      o[t] = n;
    }
    run(t, n) {
      return this.als.run(t, n);
    }
  },
  Bi;
((e) => {
  let t = null;
  async function n(o) {
    return (
      t ||
        (t = (async () => {
          const i = o === !0 || 'AWS_LAMBDA_MAX_CONCURRENCY' in process.env ? await Gm.create() : new Vm();
          return !Fm && globalThis.awslambda?.InvokeStore
            ? globalThis.awslambda.InvokeStore
            : (!Fm && globalThis.awslambda && (globalThis.awslambda.InvokeStore = i), i);
        })()),
      t
    );
  }
  (e.getInstanceAsync = n),
    (e._testing =
      process.env.AWS_LAMBDA_BENCHMARK_MODE === '1'
        ? {
            reset: () => {
              (t = null),
                globalThis.awslambda?.InvokeStore && delete globalThis.awslambda.InvokeStore,
                (globalThis.awslambda = { InvokeStore: void 0 });
            },
          }
        : void 0);
})(Bi || (Bi = {}));
var gO = 'AWS_LAMBDA_FUNCTION_NAME',
  hO = '_X_AMZN_TRACE_ID',
  Zm = 'X-Amzn-Trace-Id',
  Hm = 'traceparent',
  VE = 'tracestate',
  GE = 'baggage',
  ZE = () => (e) => async (t) => {
    const { request: n } = t;
    if (!ee.isInstance(n)) return e(t);
    let o;
    {
      const r = Object.keys(n.headers ?? {}).find((i) => i.toLowerCase() === Zm.toLowerCase()) ?? Zm;
      if (!Object.hasOwn(n.headers, r)) {
        const i = process.env[gO],
          s = process.env[hO];
        o ??= await Bi.getInstanceAsync();
        const c = o?.getXRayTraceId() ?? s,
          u = (l) => typeof l == 'string' && l.length > 0;
        u(i) && u(c) && (n.headers[Zm] = c);
      }
    }
    if ((vO(n.headers), !n.headers[Hm])) {
      const i = (o ??= await Bi.getInstanceAsync())?.getTraceparent?.();
      if (i) {
        n.headers[Hm] = i;
        const s = o?.getTracestate?.();
        s && (n.headers[VE] = s);
        const a = o?.getBaggage?.();
        a && (n.headers[GE] = a);
      }
    }
    return e(t);
  };
function vO(e) {
  for (const t of Object.keys(e)) {
    const n = t.toLowerCase();
    t !== n && (n === Hm || n === VE || n === GE) && ((e[n] = e[t]), delete e[t]);
  }
}
var bn = (e) => ({
  applyToStack: (t) => {
    t.add(ZE(), FE);
  },
});
te();
var HE = (e, t) => {
  if (!t || t.length === 0) return e;
  const n = [];
  for (const o of t) for (const r of e) r.schemeId.split('#')[1] === o && n.push(r);
  for (const o of e) n.find(({ schemeId: r }) => r === o.schemeId) || n.push(o);
  return n;
};
function yO(e) {
  const t = new Map();
  for (const n of e) t.set(n.schemeId, n);
  return t;
}
var Km = (e, t) => (n, o) => async (r) => {
  const i = e.httpAuthSchemeProvider(await t.httpAuthSchemeParametersProvider(e, o, r.input)),
    s = e.authSchemePreference ? await e.authSchemePreference() : [],
    a = HE(i, s),
    c = yO(e.httpAuthSchemes),
    u = fe(o),
    l = [];
  for (const d of a) {
    const p = c.get(d.schemeId);
    if (!p) {
      l.push(`HttpAuthScheme \`${d.schemeId}\` was not enabled for this service.`);
      continue;
    }
    const m = p.identityProvider(await t.identityProviderConfigProvider(e));
    if (!m) {
      l.push(`HttpAuthScheme \`${d.schemeId}\` did not have an IdentityProvider configured.`);
      continue;
    }
    const { identityProperties: f = {}, signingProperties: g = {} } = d.propertiesExtractor?.(e, o) || {};
    (d.identityProperties = Object.assign(d.identityProperties || {}, f)),
      (d.signingProperties = Object.assign(d.signingProperties || {}, g)),
      (u.selectedHttpAuthScheme = {
        httpAuthOption: d,
        identity: await m(d.identityProperties),
        signer: p.signer,
      });
    break;
  }
  if (!u.selectedHttpAuthScheme)
    throw new Error(
      l.join(`
`),
    );
  return n(r);
};
var qm = {
    step: 'serialize',
    tags: ['HTTP_AUTH_SCHEME'],
    name: 'httpAuthSchemeMiddleware',
    override: !0,
    relation: 'before',
    toMiddleware: 'endpointV2Middleware',
  },
  wr = (e, { httpAuthSchemeParametersProvider: t, identityProviderConfigProvider: n }) => ({
    applyToStack: (o) => {
      o.addRelativeTo(Km(e, { httpAuthSchemeParametersProvider: t, identityProviderConfigProvider: n }), qm);
    },
  });
te();
var _O = (e) => (t) => {
    throw t;
  },
  xO = (e, t) => {},
  Wm = (e) => (t, n) => async (o) => {
    if (!ee.isInstance(o.request)) return t(o);
    const i = fe(n).selectedHttpAuthScheme;
    if (!i) throw new Error('No HttpAuthScheme was selected: unable to sign request');
    const {
        httpAuthOption: { signingProperties: s = {} },
        identity: a,
        signer: c,
      } = i,
      u = await t({ ...o, request: await c.sign(o.request, a, s) }).catch((c.errorHandler || _O)(s));
    return ((c.successHandler || xO)(u.response, s), u);
  };
var Jm = {
    step: 'finalizeRequest',
    tags: ['HTTP_SIGNING'],
    name: 'httpSigningMiddleware',
    aliases: ['apiKeyMiddleware', 'tokenMiddleware', 'awsAuthMiddleware'],
    override: !0,
    relation: 'after',
    toMiddleware: 'retryMiddleware',
  },
  Rr = (e) => ({
    applyToStack: (t) => {
      t.addRelativeTo(Wm(e), Jm);
    },
  });
var Et = (e) => {
  if (typeof e == 'function') return e;
  const t = Promise.resolve(e);
  return () => t;
};
te();
var Ut = class {
  authSchemes = new Map();
  constructor(t) {
    for (const n in t) {
      if (!N(t, n)) continue;
      const o = t[n];
      o !== void 0 && this.authSchemes.set(n, o);
    }
  }
  getIdentityProvider(t) {
    return this.authSchemes.get(t);
  }
};
var Xm = (e) => (n) => Fi(n) && n.expiration.getTime() - Date.now() < e;
var hc = Xm(3e5),
  Fi = (e) => e.expiration !== void 0,
  vc = (e, t, n) => {
    if (e === void 0) return;
    let o = typeof e != 'function' ? async () => Promise.resolve(e) : e,
      r,
      i,
      s,
      a = !1,
      c = async (u) => {
        i || (i = o(u));
        try {
          (r = await i), (s = !0), (a = !1);
        } finally {
          i = void 0;
        }
        return r;
      };
    return t === void 0
      ? async (u) => ((!s || u?.forceRefresh) && (r = await c(u)), r)
      : async (u) => (
          (!s || u?.forceRefresh) && (r = await c(u)),
          a ? r : n(r) ? (t(r) && (await c(u)), r) : ((a = !0), r)
        );
  };
var yc = void 0;
function bO(e) {
  return e === void 0 ? !0 : typeof e == 'string' && e.length <= 50;
}
function $n(e) {
  const t = Et(e.userAgentAppId ?? yc),
    { customUserAgent: n } = e;
  return Object.assign(e, {
    customUserAgent: typeof n == 'string' ? [[n]] : n,
    userAgentAppId: async () => {
      const o = await t();
      if (!bO(o)) {
        const r = e.logger?.constructor?.name === 'NoOpLogger' || !e.logger ? console : e.logger;
        typeof o != 'string'
          ? r?.warn('userAgentAppId must be a string or undefined.')
          : o.length > 50 &&
            r?.warn('The provided userAgentAppId exceeds the maximum length of 50 characters.');
      }
      return o;
    },
  });
}
var KE = {
  partitions: [
    {
      id: 'aws',
      outputs: {
        dnsSuffix: 'amazonaws.com',
        dualStackDnsSuffix: 'api.aws',
        implicitGlobalRegion: 'us-east-1',
        name: 'aws',
        supportsDualStack: !0,
        supportsFIPS: !0,
      },
      regionRegex: '^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$',
      regions: {
        'af-south-1': { description: 'Africa (Cape Town)' },
        'ap-east-1': { description: 'Asia Pacific (Hong Kong)' },
        'ap-east-2': { description: 'Asia Pacific (Taipei)' },
        'ap-northeast-1': { description: 'Asia Pacific (Tokyo)' },
        'ap-northeast-2': { description: 'Asia Pacific (Seoul)' },
        'ap-northeast-3': { description: 'Asia Pacific (Osaka)' },
        'ap-south-1': { description: 'Asia Pacific (Mumbai)' },
        'ap-south-2': { description: 'Asia Pacific (Hyderabad)' },
        'ap-southeast-1': { description: 'Asia Pacific (Singapore)' },
        'ap-southeast-2': { description: 'Asia Pacific (Sydney)' },
        'ap-southeast-3': { description: 'Asia Pacific (Jakarta)' },
        'ap-southeast-4': { description: 'Asia Pacific (Melbourne)' },
        'ap-southeast-5': { description: 'Asia Pacific (Malaysia)' },
        'ap-southeast-6': { description: 'Asia Pacific (New Zealand)' },
        'ap-southeast-7': { description: 'Asia Pacific (Thailand)' },
        'aws-global': { description: 'aws global region' },
        'ca-central-1': { description: 'Canada (Central)' },
        'ca-west-1': { description: 'Canada West (Calgary)' },
        'eu-central-1': { description: 'Europe (Frankfurt)' },
        'eu-central-2': { description: 'Europe (Zurich)' },
        'eu-north-1': { description: 'Europe (Stockholm)' },
        'eu-south-1': { description: 'Europe (Milan)' },
        'eu-south-2': { description: 'Europe (Spain)' },
        'eu-west-1': { description: 'Europe (Ireland)' },
        'eu-west-2': { description: 'Europe (London)' },
        'eu-west-3': { description: 'Europe (Paris)' },
        'il-central-1': { description: 'Israel (Tel Aviv)' },
        'me-central-1': { description: 'Middle East (UAE)' },
        'me-south-1': { description: 'Middle East (Bahrain)' },
        'me-west-1': { description: 'Middle East (Saudi Arabia)' },
        'mx-central-1': { description: 'Mexico (Central)' },
        'sa-east-1': { description: 'South America (Sao Paulo)' },
        'sa-west-1': { description: 'South America (Chile)' },
        'us-east-1': { description: 'US East (N. Virginia)' },
        'us-east-2': { description: 'US East (Ohio)' },
        'us-west-1': { description: 'US West (N. California)' },
        'us-west-2': { description: 'US West (Oregon)' },
      },
    },
    {
      id: 'aws-cn',
      outputs: {
        dnsSuffix: 'amazonaws.com.cn',
        dualStackDnsSuffix: 'api.amazonwebservices.com.cn',
        implicitGlobalRegion: 'cn-northwest-1',
        name: 'aws-cn',
        supportsDualStack: !0,
        supportsFIPS: !0,
      },
      regionRegex: '^cn\\-\\w+\\-\\d+$',
      regions: {
        'aws-cn-global': { description: 'aws-cn global region' },
        'cn-north-1': { description: 'China (Beijing)' },
        'cn-northwest-1': { description: 'China (Ningxia)' },
      },
    },
    {
      id: 'aws-eusc',
      outputs: {
        dnsSuffix: 'amazonaws.eu',
        dualStackDnsSuffix: 'api.amazonwebservices.eu',
        implicitGlobalRegion: 'eusc-de-east-1',
        name: 'aws-eusc',
        supportsDualStack: !0,
        supportsFIPS: !0,
      },
      regionRegex: '^eusc\\-(de)\\-\\w+\\-\\d+$',
      regions: { 'eusc-de-east-1': { description: 'AWS European Sovereign Cloud (Germany)' } },
    },
    {
      id: 'aws-iso',
      outputs: {
        dnsSuffix: 'c2s.ic.gov',
        dualStackDnsSuffix: 'api.aws.ic.gov',
        implicitGlobalRegion: 'us-iso-east-1',
        name: 'aws-iso',
        supportsDualStack: !0,
        supportsFIPS: !0,
      },
      regionRegex: '^us\\-iso\\-\\w+\\-\\d+$',
      regions: {
        'aws-iso-global': { description: 'aws-iso global region' },
        'us-iso-east-1': { description: 'US ISO East' },
        'us-iso-west-1': { description: 'US ISO WEST' },
      },
    },
    {
      id: 'aws-iso-b',
      outputs: {
        dnsSuffix: 'sc2s.sgov.gov',
        dualStackDnsSuffix: 'api.aws.scloud',
        implicitGlobalRegion: 'us-isob-east-1',
        name: 'aws-iso-b',
        supportsDualStack: !0,
        supportsFIPS: !0,
      },
      regionRegex: '^us\\-isob\\-\\w+\\-\\d+$',
      regions: {
        'aws-iso-b-global': { description: 'aws-iso-b global region' },
        'us-isob-east-1': { description: 'US ISOB East (Ohio)' },
        'us-isob-west-1': { description: 'US ISOB West' },
      },
    },
    {
      id: 'aws-iso-e',
      outputs: {
        dnsSuffix: 'cloud.adc-e.uk',
        dualStackDnsSuffix: 'api.cloud-aws.adc-e.uk',
        implicitGlobalRegion: 'eu-isoe-west-1',
        name: 'aws-iso-e',
        supportsDualStack: !0,
        supportsFIPS: !0,
      },
      regionRegex: '^eu\\-isoe\\-\\w+\\-\\d+$',
      regions: {
        'aws-iso-e-global': { description: 'aws-iso-e global region' },
        'eu-isoe-west-1': { description: 'EU ISOE West' },
      },
    },
    {
      id: 'aws-iso-f',
      outputs: {
        dnsSuffix: 'csp.hci.ic.gov',
        dualStackDnsSuffix: 'api.aws.hci.ic.gov',
        implicitGlobalRegion: 'us-isof-south-1',
        name: 'aws-iso-f',
        supportsDualStack: !0,
        supportsFIPS: !0,
      },
      regionRegex: '^us\\-isof\\-\\w+\\-\\d+$',
      regions: {
        'aws-iso-f-global': { description: 'aws-iso-f global region' },
        'us-isof-east-1': { description: 'US ISOF EAST' },
        'us-isof-south-1': { description: 'US ISOF SOUTH' },
      },
    },
    {
      id: 'aws-us-gov',
      outputs: {
        dnsSuffix: 'amazonaws.com',
        dualStackDnsSuffix: 'api.aws',
        implicitGlobalRegion: 'us-gov-west-1',
        name: 'aws-us-gov',
        supportsDualStack: !0,
        supportsFIPS: !0,
      },
      regionRegex: '^us\\-gov\\-\\w+\\-\\d+$',
      regions: {
        'aws-us-gov-global': { description: 'aws-us-gov global region' },
        'us-gov-east-1': { description: 'AWS GovCloud (US-East)' },
        'us-gov-west-1': { description: 'AWS GovCloud (US-West)' },
      },
    },
  ],
  version: '1.1',
};
var $O = KE,
  EO = '',
  qE = (e) => {
    const { partitions: t } = $O;
    for (const o of t) {
      const { regions: r, outputs: i } = o;
      for (const [s, a] of Object.entries(r)) if (s === e) return { ...i, ...a };
    }
    for (const o of t) {
      const { regionRegex: r, outputs: i } = o;
      if (new RegExp(r).test(e)) return { ...i };
    }
    const n = t.find((o) => o.id === 'aws');
    if (!n)
      throw new Error(
        "Provided region was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.",
      );
    return { ...n.outputs };
  };
var WE = () => EO;

import { Readable as IO } from 'node:stream';

var Ym = (e) => e?.body instanceof IO || (typeof ReadableStream < 'u' && e?.body instanceof ReadableStream);
re();
V();
Zt();
var JE = [
    'BandwidthLimitExceeded',
    'EC2ThrottledException',
    'LimitExceededException',
    'PriorRequestNotComplete',
    'ProvisionedThroughputExceededException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'SlowDown',
    'ThrottledException',
    'Throttling',
    'ThrottlingException',
    'TooManyRequestsException',
    'TransactionInProgressException',
  ],
  XE = ['TimeoutError', 'RequestTimeout', 'RequestTimeoutException'],
  YE = [500, 502, 503, 504],
  QE = ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT'],
  eI = ['EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'];
var wO = (e) => e?.$retryable !== void 0;
var RO = (e) => e.$metadata?.clockSkewCorrected,
  TO = (e) => {
    const t = new Set([
      'Failed to fetch',
      'NetworkError when attempting to fetch resource',
      'The Internet connection appears to be offline',
      'Load failed',
      'Network request failed',
    ]);
    return e && e instanceof TypeError ? t.has(e.message) : !1;
  },
  _c = (e) => e.$metadata?.httpStatusCode === 429 || JE.includes(e.name) || e.$retryable?.throttling == !0,
  xc = (e, t = 0) =>
    e?.name !== 'AbortError' &&
    (wO(e) ||
      RO(e) ||
      (e.name === 'InvalidSignatureException' && e.message?.includes('Signature expired')) ||
      XE.includes(e.name) ||
      QE.includes(e?.code || '') ||
      eI.includes(e?.code || '') ||
      YE.includes(e.$metadata?.httpStatusCode || 0) ||
      TO(e) ||
      AO(e) ||
      (e.cause !== void 0 && t <= 10 && xc(e.cause, t + 1))),
  tI = (e) => {
    if (e.$metadata?.httpStatusCode !== void 0) {
      const t = e.$metadata.httpStatusCode;
      return 500 <= t && t <= 599 && !xc(e);
    }
    return !1;
  };
function AO(e) {
  return e.code === 'ERR_HTTP2_STREAM_ERROR' && e.message.includes('NGHTTP2_REFUSED_STREAM');
}
var Sc = (e, t) => {
    if (!t) return e;
    let n = () => {},
      o = new Promise((r, i) => {
        const s = () => i(kO(t));
        t.aborted
          ? s()
          : typeof t.addEventListener == 'function'
            ? (t.addEventListener('abort', s, { once: !0 }), (n = () => t.removeEventListener('abort', s)))
            : (t.onabort = s);
      });
    return Promise.race([e, o]).finally(n);
  },
  kO = (e) => {
    const t = e.reason;
    return t instanceof Error
      ? Object.assign(new Error('Request aborted'), { name: 'AbortError', cause: t })
      : Object.assign(new Error(t ? String(t) : 'Request aborted'), { name: 'AbortError' });
  },
  rI = (e) => typeof e == 'object' && e !== null && 'name' in e && e.name === 'AbortError';
var nI = 'amz-sdk-invocation-id',
  oI = 'amz-sdk-request';
te();
V();
function iI(e, t) {
  if (Pe.isInstance(e))
    for (const n in e.headers) {
      if (!N(e.headers, n)) continue;
      const o = n.toLowerCase();
      if (o === 'retry-after') {
        let r = e.headers[n],
          i = NaN;
        if (r.endsWith('GMT'))
          try {
            i = (ki(r).getTime() - Date.now()) / 1e3;
          } catch (s) {
            t?.trace?.('Failed to parse retry-after header'), t?.trace?.(s);
          }
        else
          r.match(/ GMT, ((\d+)|(\d+\.\d+))$/)
            ? (i = Number(r.match(/ GMT, ([\d.]+)$/)?.[1]))
            : r.match(/^((\d+)|(\d+\.\d+))$/)
              ? (i = Number(r))
              : Date.parse(r) >= Date.now() && (i = (Date.parse(r) - Date.now()) / 1e3);
        return isNaN(i) ? void 0 : new Date(Date.now() + i * 1e3);
      } else if (o === 'x-amz-retry-after') {
        const r = e.headers[n],
          i = Number(r);
        if (isNaN(i)) {
          t?.trace?.(`Failed to parse x-amz-retry-after=${r}`);
          return;
        }
        return new Date(Date.now() + i);
      }
    }
}
var sI = (e) =>
  e instanceof Error
    ? e
    : e instanceof Object
      ? Object.assign(new Error(), e)
      : typeof e == 'string'
        ? new Error(e)
        : new Error(`AWS SDK error wrapper for ${e}`);
function Qm(e) {
  return (t) => (n, o) => async (r) => {
    let i = await t.retryStrategy(),
      s = await t.maxAttempts(),
      a = o[xt]?.abortSignal;
    if (PO(i)) {
      i = i;
      let c = (o.partition_id ?? '') + (o.__retryLongPoll ? ':longpoll' : ''),
        u = await Sc(i.acquireInitialRetryToken(c), a),
        l = new Error(),
        d = 0,
        p = 0,
        { request: m } = r,
        f = ee.isInstance(m);
      for (f && (m.headers[nI] = Em()); ; )
        try {
          f && (m.headers[oI] = `attempt=${d + 1}; max=${s}`);
          const { response: g, output: h } = await n(r);
          return (
            i.recordSuccess(u),
            (h.$metadata.attempts = d + 1),
            (h.$metadata.totalRetryDelay = p),
            { response: g, output: h }
          );
        } catch (g) {
          const h = DO(g, t.logger);
          if (((l = sI(g)), f && e(m)))
            throw (
              (o.logger instanceof Ye ? console : o.logger)?.warn(
                'An error was encountered in a non-retryable streaming request.',
              ),
              l
            );
          try {
            if (a?.aborted) throw l;
            u = await Sc(i.refreshRetryTokenForRetry(u, h), a);
          } catch (S) {
            throw S !== l && a?.aborted && rI(S)
              ? S
              : (l.$metadata || (l.$metadata = {}),
                (l.$metadata.attempts = d + 1),
                (l.$metadata.totalRetryDelay = p),
                l);
          }
          d = u.getRetryCount();
          const x = u.getRetryDelay();
          (p += (u?.$retryLog?.acquisitionDelay ?? 0) + x),
            x > 0 && (await Sc(new Promise((S) => setTimeout(S, x)), a));
        }
    } else
      return (
        (i = i),
        i?.mode && (o.userAgent = [...(o.userAgent || []), ['cfg/retry-mode', i.mode]]),
        i.retry(n, r)
      );
  };
}
var PO = (e) =>
    typeof e.acquireInitialRetryToken < 'u' &&
    typeof e.refreshRetryTokenForRetry < 'u' &&
    typeof e.recordSuccess < 'u',
  DO = (e, t) => {
    const n = { error: e, errorType: CO(e) },
      o = iI(e.$response, t);
    return (o && (n.retryAfterHint = o), n);
  },
  CO = (e) => (_c(e) ? 'THROTTLING' : xc(e) ? 'TRANSIENT' : tI(e) ? 'SERVER_ERROR' : 'CLIENT_ERROR'),
  OO = { name: 'retryMiddleware', tags: ['RETRY'], step: 'finalizeRequest', priority: 'high', override: !0 };
function aI(e) {
  const t = Qm(e);
  return (n) => ({
    applyToStack: (o) => {
      o.add(t(n), OO);
    },
  });
}
var bc = class e {
  static setTimeoutFn = (t, n) => setTimeout(t, n);
  beta;
  minCapacity;
  minFillRate;
  scaleConstant;
  smooth;
  enabled = !1;
  availableTokens = 0;
  lastMaxRate = 0;
  measuredTxRate = 0;
  requestCount = 0;
  fillRate;
  lastThrottleTime;
  lastTimestamp = 0;
  lastTxRateBucket;
  maxCapacity;
  timeWindow = 0;
  constructor(t) {
    (this.beta = t?.beta ?? 0.7),
      (this.minCapacity = t?.minCapacity ?? 1),
      (this.minFillRate = t?.minFillRate ?? 0.5),
      (this.scaleConstant = t?.scaleConstant ?? 0.4),
      (this.smooth = t?.smooth ?? 0.8),
      (this.lastThrottleTime = this.getCurrentTimeInSeconds()),
      (this.lastTxRateBucket = Math.floor(this.getCurrentTimeInSeconds())),
      (this.fillRate = this.minFillRate),
      (this.maxCapacity = this.minCapacity);
  }
  async getSendToken() {
    return this.acquireTokenBucket(1);
  }
  updateClientSendingRate(t) {
    let n;
    this.updateMeasuredRate();
    const o = t;
    if (o?.errorType === 'THROTTLING' || _c(o?.error ?? t)) {
      const s = this.enabled ? Math.min(this.measuredTxRate, this.fillRate) : this.measuredTxRate;
      (this.lastMaxRate = s),
        this.calculateTimeWindow(),
        (this.lastThrottleTime = this.getCurrentTimeInSeconds()),
        (n = this.cubicThrottle(s)),
        this.enableTokenBucket();
    } else this.calculateTimeWindow(), (n = this.cubicSuccess(this.getCurrentTimeInSeconds()));
    const i = Math.min(n, 2 * this.measuredTxRate);
    this.updateTokenBucketRate(i);
  }
  getCurrentTimeInSeconds() {
    return Date.now() / 1e3;
  }
  async acquireTokenBucket(t) {
    if (this.enabled) {
      for (this.refillTokenBucket(); t > this.availableTokens; ) {
        const n = ((t - this.availableTokens) / this.fillRate) * 1e3;
        await new Promise((o) => e.setTimeoutFn(o, n)), this.refillTokenBucket();
      }
      this.availableTokens = this.availableTokens - t;
    }
  }
  refillTokenBucket() {
    const t = this.getCurrentTimeInSeconds();
    if (!this.lastTimestamp) {
      this.lastTimestamp = t;
      return;
    }
    const n = (t - this.lastTimestamp) * this.fillRate;
    (this.availableTokens = Math.min(this.maxCapacity, this.availableTokens + n)), (this.lastTimestamp = t);
  }
  calculateTimeWindow() {
    this.timeWindow = this.getPrecise(((this.lastMaxRate * (1 - this.beta)) / this.scaleConstant) ** (1 / 3));
  }
  cubicThrottle(t) {
    return this.getPrecise(t * this.beta);
  }
  cubicSuccess(t) {
    return this.getPrecise(
      this.scaleConstant * (t - this.lastThrottleTime - this.timeWindow) ** 3 + this.lastMaxRate,
    );
  }
  enableTokenBucket() {
    this.enabled = !0;
  }
  updateTokenBucketRate(t) {
    this.refillTokenBucket(),
      (this.fillRate = Math.max(t, this.minFillRate)),
      (this.maxCapacity = Math.max(t, this.minCapacity)),
      (this.availableTokens = Math.min(this.availableTokens, this.maxCapacity));
  }
  updateMeasuredRate() {
    const t = this.getCurrentTimeInSeconds(),
      n = Math.floor(t * 2) / 2;
    if ((this.requestCount++, n > this.lastTxRateBucket)) {
      const o = this.requestCount / (n - this.lastTxRateBucket);
      (this.measuredTxRate = this.getPrecise(o * this.smooth + this.measuredTxRate * (1 - this.smooth))),
        (this.requestCount = 0),
        (this.lastTxRateBucket = n);
    }
  }
  getPrecise(t) {
    return parseFloat(t.toFixed(8));
  }
};
var rt = class {
  static v2026 = !0;
  static delay() {
    return 50;
  }
  static throttlingDelay() {
    return 1e3;
  }
  static cost() {
    return 14;
  }
  static throttlingCost() {
    return 5;
  }
  static modifiedCostType() {
    return 'THROTTLING';
  }
};
var $c = class {
  x = rt.delay();
  computeNextBackoffDelay(t) {
    const r = Math.random() * Math.min(this.x * 2 ** t, 2e4);
    return Math.floor(r);
  }
  setDelayBase(t) {
    this.x = t;
  }
};
var Vi = class {
  delay;
  count;
  cost;
  longPoll;
  $retryLog = { acquisitionDelay: 0 };
  constructor(t, n, o, r) {
    (this.delay = t), (this.count = n), (this.cost = o), (this.longPoll = r);
  }
  getRetryCount() {
    return this.count;
  }
  getRetryDelay() {
    return Math.min(2e4, this.delay);
  }
  getRetryCost() {
    return this.cost;
  }
  isLongPoll() {
    return this.longPoll;
  }
};
var nt;
((e) => {
  (e.STANDARD = 'standard'), (e.ADAPTIVE = 'adaptive');
})(nt || (nt = {}));
var Tr = 3,
  er = nt.STANDARD;
var Ec = { incompatible: 1, attempts: 2, capacity: 3 },
  En = class {
    mode = nt.STANDARD;
    retryBackoffStrategy;
    capacity = 500;
    maxAttemptsProvider;
    baseDelay;
    constructor(t) {
      typeof t == 'number'
        ? (this.maxAttemptsProvider = async () => t)
        : typeof t == 'function'
          ? (this.maxAttemptsProvider = t)
          : t &&
            typeof t == 'object' &&
            ((this.maxAttemptsProvider = async () => t.maxAttempts),
            (this.baseDelay = t.baseDelay),
            (this.retryBackoffStrategy = t.backoff)),
        (this.maxAttemptsProvider ??= async () => Tr),
        (this.baseDelay ??= rt.delay()),
        (this.retryBackoffStrategy ??= new $c());
    }
    async acquireInitialRetryToken(t) {
      return new Vi(rt.delay(), 0, void 0, t.includes(':longpoll'));
    }
    async refreshRetryTokenForRetry(t, n) {
      const o = await this.getMaxAttempts(),
        r = this.retryCode(t, n, o),
        i = r === 0,
        s = t.isLongPoll?.();
      if (i || s) {
        const a = n.errorType;
        this.retryBackoffStrategy.setDelayBase(a === 'THROTTLING' ? rt.throttlingDelay() : this.baseDelay);
        let c = this.retryBackoffStrategy.computeNextBackoffDelay(t.getRetryCount()),
          u = c;
        if (
          (n.retryAfterHint instanceof Date &&
            (u = Math.max(c, Math.min(n.retryAfterHint.getTime() - Date.now(), c + 5e3))),
          i)
        ) {
          const l = this.getCapacityCost(a);
          this.capacity -= l;
          const d = new Vi(0, t.getRetryCount() + 1, l, t.isLongPoll?.() ?? !1);
          return (await new Promise((p) => setTimeout(p, u)), (d.$retryLog.acquisitionDelay = u), d);
        } else {
          const l = r === Ec.capacity && s ? u : 0;
          l > 0 && (await new Promise((d) => setTimeout(d, l)));
        }
      }
      throw new Error('No retry token available');
    }
    recordSuccess(t) {
      this.capacity = Math.min(500, this.capacity + (t.getRetryCost() ?? 1));
    }
    getCapacity() {
      return this.capacity;
    }
    async maxAttempts() {
      return this.maxAttemptsProvider();
    }
    async getMaxAttempts() {
      try {
        return await this.maxAttemptsProvider();
      } catch {
        return (console.warn(`Max attempts provider could not resolve. Using default of ${Tr}`), Tr);
      }
    }
    retryCode(t, n, o) {
      const r = t.getRetryCount() + 1,
        i = this.isRetryableError(n.errorType) ? 0 : Ec.incompatible,
        s = r < o ? 0 : Ec.attempts,
        a = this.capacity >= this.getCapacityCost(n.errorType) ? 0 : Ec.capacity;
      return i || s || a;
    }
    getCapacityCost(t) {
      return t === rt.modifiedCostType() ? rt.throttlingCost() : rt.cost();
    }
    isRetryableError(t) {
      return t === 'THROTTLING' || t === 'TRANSIENT';
    }
  };
var Ic = class {
  mode = nt.ADAPTIVE;
  rateLimiter;
  standardRetryStrategy;
  constructor(t, n) {
    const { rateLimiter: o } = n ?? {};
    (this.rateLimiter = o ?? new bc()),
      (this.standardRetryStrategy = n
        ? new En({ maxAttempts: typeof t == 'number' ? t : 3, ...n })
        : new En(t));
  }
  async acquireInitialRetryToken(t) {
    const n = await this.standardRetryStrategy.acquireInitialRetryToken(t);
    return (await this.rateLimiter.getSendToken(), n);
  }
  async refreshRetryTokenForRetry(t, n) {
    this.rateLimiter.updateClientSendingRate(n);
    const o = await this.standardRetryStrategy.refreshRetryTokenForRetry(t, n);
    return (await this.rateLimiter.getSendToken(), o);
  }
  recordSuccess(t) {
    this.rateLimiter.updateClientSendingRate({}), this.standardRetryStrategy.recordSuccess(t);
  }
  async maxAttemptsProvider() {
    return this.standardRetryStrategy.maxAttempts();
  }
};
re();
var ef = 'AWS_MAX_ATTEMPTS',
  tf = 'max_attempts',
  In = {
    environmentVariableSelector: (e) => {
      const t = e[ef];
      if (!t) return;
      const n = parseInt(t);
      if (Number.isNaN(n)) throw new Error(`Environment variable ${ef} mast be a number, got "${t}"`);
      return n;
    },
    configFileSelector: (e) => {
      const t = e[tf];
      if (!t) return;
      const n = parseInt(t);
      if (Number.isNaN(n)) throw new Error(`Shared config file entry ${tf} mast be a number, got "${t}"`);
      return n;
    },
    default: Tr,
  },
  wn = (e, t) => {
    let { retryStrategy: n, retryMode: o } = e,
      { defaultMaxAttempts: r = Tr, defaultBaseDelay: i = rt.delay() } = t ?? {},
      s = se(e.maxAttempts ?? r),
      a = n ? Promise.resolve(n) : void 0,
      c = async () => {
        const u = await s();
        return (await se(o)()) === nt.ADAPTIVE
          ? new Ic(s, { maxAttempts: u, baseDelay: i })
          : new En({ maxAttempts: u, baseDelay: i });
      };
    return Object.assign(e, { maxAttempts: s, retryStrategy: () => (a ??= c()) });
  },
  cI = 'AWS_RETRY_MODE',
  uI = 'retry_mode',
  Rn = { environmentVariableSelector: (e) => e[cI], configFileSelector: (e) => e[uI], default: er };
var C5 = Qm(Ym),
  $o = aI(Ym);
var zO = /\d{12}\.ddb/;
async function lI(e, t, n) {
  if (
    (n.request?.headers?.['smithy-protocol'] === 'rpc-v2-cbor' && Ct(e, 'PROTOCOL_RPC_V2_CBOR', 'M'),
    typeof t.retryStrategy == 'function')
  ) {
    const i = await t.retryStrategy();
    if (typeof i.mode == 'string')
      switch (i.mode) {
        case nt.ADAPTIVE:
          Ct(e, 'RETRY_MODE_ADAPTIVE', 'F');
          break;
        case nt.STANDARD:
          Ct(e, 'RETRY_MODE_STANDARD', 'E');
          break;
      }
  }
  if (typeof t.accountIdEndpointMode == 'function') {
    const i = e.endpointV2;
    switch (
      (String(i?.url?.hostname).match(zO) && Ct(e, 'ACCOUNT_ID_ENDPOINT', 'O'),
      await t.accountIdEndpointMode?.())
    ) {
      case 'disabled':
        Ct(e, 'ACCOUNT_ID_MODE_DISABLED', 'Q');
        break;
      case 'preferred':
        Ct(e, 'ACCOUNT_ID_MODE_PREFERRED', 'P');
        break;
      case 'required':
        Ct(e, 'ACCOUNT_ID_MODE_REQUIRED', 'R');
        break;
    }
  }
  const r = e.__smithy_context?.selectedHttpAuthScheme?.identity;
  if (r?.$source) {
    const i = r;
    i.accountId && Ct(e, 'RESOLVED_ACCOUNT_ID', 'T');
    for (const [s, a] of Object.entries(i.$source ?? {})) Ct(e, s, a);
  }
}
var rf = 'user-agent',
  wc = 'x-amz-user-agent';
var dI = /[^!$%&'*+\-.^_`|~\w]/g,
  pI = /[^!$%&'*+\-.^_`|~\w#]/g;
function mI(e) {
  let t = '';
  for (const n in e) {
    const o = e[n];
    if (t.length + o.length + 1 <= 1024) {
      t.length ? (t += ',' + o) : (t += o);
      continue;
    }
    break;
  }
  return t;
}
var hI = (e) => (t, n) => async (o) => {
    const { request: r } = o;
    if (!ee.isInstance(r)) return t(o);
    const { headers: i } = r,
      s = n?.userAgent?.map(Rc) || [],
      a = (await e.defaultUserAgentProvider()).map(Rc);
    await lI(n, e, o);
    const c = n;
    a.push(`m/${mI(Object.assign({}, n.__smithy_context?.features, c.__aws_sdk_context?.features))}`);
    const u = e?.customUserAgent?.map(Rc) || [],
      l = await e.userAgentAppId();
    l && a.push(Rc(['app', `${l}`]));
    const d = WE(),
      p = (d ? [d] : []).concat([...a, ...s, ...u]).join(' '),
      m = [...a.filter((f) => f.startsWith('aws-sdk-')), ...u].join(' ');
    return (
      e.runtime !== 'browser' ? (m && (i[wc] = i[wc] ? `${i[rf]} ${m}` : m), (i[rf] = p)) : (i[wc] = p),
      t({ ...o, request: r })
    );
  },
  Rc = (e) => {
    let t = e[0]
        .split('/')
        .map((s) => s.replace(dI, '-'))
        .join('/'),
      n = e[1]?.replace(pI, '-'),
      o = t.indexOf('/'),
      r = t.substring(0, o),
      i = t.substring(o + 1);
    return (
      r === 'api' && (i = i.toLowerCase()),
      [r, i, n]
        .filter((s) => s && s.length > 0)
        .reduce((s, a, c) => {
          switch (c) {
            case 0:
              return a;
            case 1:
              return `${s}/${a}`;
            default:
              return `${s}#${a}`;
          }
        }, '')
    );
  },
  vI = {
    name: 'getUserAgentMiddleware',
    step: 'build',
    priority: 'low',
    tags: ['SET_USER_AGENT', 'USER_AGENT'],
    override: !0,
  },
  Tn = (e) => ({
    applyToStack: (t) => {
      t.add(hI(e), vI);
    },
  });

import { platform as LO, release as MO } from 'node:os';
import { versions as of, env as xI } from 'node:process';

var yI = () => {
  const e = ['deno', 'bun', 'llrt'];
  for (const t of e) if (of[t]) return [`md/${t}`, of[t]];
  return ['md/nodejs', of.node];
};
var sf = { isCrtAvailable: !1 };
var _I = () => (sf.isCrtAvailable ? ['md/crt-avail'] : null);
var An = ({ serviceId: e, clientVersion: t }) => {
  const n = yI();
  return async (o) => {
    const r = [['aws-sdk-js', t], ['ua', '2.1'], [`os/${LO()}`, MO()], ['lang/js'], n],
      i = _I();
    i && r.push(i),
      e && r.push([`api/${e}`, t]),
      xI.AWS_EXECUTION_ENV && r.push([`exec-env/${xI.AWS_EXECUTION_ENV}`]);
    const s = await o?.userAgentAppId?.();
    return s ? [...r, [`app/${s}`]] : [...r];
  };
};
var SI = 'AWS_SDK_UA_APP_ID',
  bI = 'sdk_ua_app_id',
  jO = 'sdk-ua-app-id',
  kn = { environmentVariableSelector: (e) => e[SI], configFileSelector: (e) => e[bI] ?? e[jO], default: yc };
Ee();
Ee();
Ee();
var af = (e, t = !1) => {
  if (t) {
    for (const n of e.split('.')) if (!af(n)) return !1;
    return !0;
  }
  return !(!Dt(e) || e.length < 3 || e.length > 63 || e !== e.toLowerCase() || uo(e));
};
var $I = (e) => {
  const t = e.split(':');
  if (t.length < 6) return null;
  const [n, o, r, i, s, ...a] = t;
  if (n !== 'arn' || o === '' || r === '' || a.join(':') === '') return null;
  const c = a.flatMap((u) => u.split('/'));
  return { partition: o, service: r, region: i, accountId: s, resourceId: c };
};
var Ar = { isVirtualHostableS3Bucket: af, parseArn: $I, partition: qE };
bt.aws = Ar;
var Pn = (e) => ({
    setRegion(t) {
      e.region = t;
    },
    region() {
      return e.region;
    },
  }),
  Dn = (e) => ({ region: e.region() });
var EI = ['AWS_ENABLE_ENDPOINT_DISCOVERY', 'AWS_ENDPOINT_DISCOVERY_ENABLED'],
  uf = 'endpoint_discovery_enabled',
  II = (e) => ['false', '0'].indexOf(e) >= 0,
  lf = {
    environmentVariableSelector: (e) => {
      for (let t = 0; t < EI.length; t++) {
        const n = EI[t];
        if (n in e) {
          const o = e[n];
          if (o === '') throw Error(`Environment variable ${n} can't be empty of undefined, got "${o}"`);
          return !II(o);
        }
      }
    },
    configFileSelector: (e) => {
      if (uf in e) {
        const t = e[uf];
        if (t === void 0) throw Error(`Shared config entry ${uf} can't be undefined, got "${t}"`);
        return !II(t);
      }
    },
    default: void 0,
  };
var zI = AD(UI()),
  Zi = class {
    cache;
    constructor(t) {
      this.cache = new zI.default(t);
    }
    getEndpoint(t) {
      const n = this.get(t);
      if (!n || n.length === 0) return;
      const o = n.map((r) => r.Address);
      return o[Math.floor(Math.random() * o.length)];
    }
    get(t) {
      if (!this.has(t)) return;
      const n = this.cache.get(t);
      if (!n) return;
      const o = Date.now(),
        r = n.filter((i) => o < i.Expires);
      if (r.length === 0) {
        this.delete(t);
        return;
      }
      return r;
    }
    set(t, n) {
      const o = Date.now();
      this.cache.set(
        t,
        n.map(({ Address: r, CachePeriodInMinutes: i }) => ({ Address: r, Expires: o + i * 60 * 1e3 })),
      );
    }
    delete(t) {
      this.cache.set(t, []);
    }
    has(t) {
      if (!this.cache.has(t)) return !1;
      const n = this.cache.peek(t);
      return n ? n.length > 0 : !1;
    }
    clear() {
      this.cache.clear();
    }
  };
var gf = (e, { endpointDiscoveryCommandCtor: t }) => {
  const { endpointCacheSize: n, endpointDiscoveryEnabled: o, endpointDiscoveryEnabledProvider: r } = e;
  return Object.assign(e, {
    endpointDiscoveryCommandCtor: t,
    endpointCache: new Zi(n ?? 1e3),
    endpointDiscoveryEnabled: o !== void 0 ? () => Promise.resolve(o) : r,
    isClientEndpointDiscoveryEnabled: o !== void 0,
  });
};
re();
tt();
Ee();
he();
Zt();
var Tc = (e) => (Pe.isInstance(e) ? (e.headers?.date ?? e.headers?.Date) : void 0),
  Ac = (e) => (Pe.isInstance(e) ? (e.headers?.age ?? e.headers?.Age) : void 0);
var Hi = (e) => new Date(Date.now() + e);
var kc = (e, t, n, o) => {
  if (o !== void 0) return t;
  const r = Date.parse(e);
  if (Number.isNaN(r)) return t;
  const i = Date.now();
  return n !== void 0 && i - n > 9e5 ? t : r - i;
};
var Ki = (e, t) => {
    if (!t) throw new Error(`Property \`${e}\` is not resolved for AWS SDK SigV4Auth`);
    return t;
  },
  eN = (e) => e.context?.[xt]?.eventStream?.output === !0,
  qi = async (e) => {
    const t = Ki('context', e.context),
      n = Ki('config', e.config),
      o = t.endpointV2?.properties?.authSchemes?.[0],
      i = await Ki('signer', n.signer)(o),
      s = e?.signingRegion,
      a = e?.signingRegionSet,
      c = e?.signingName;
    return { config: n, signer: i, signingRegion: s, signingRegionSet: a, signingName: c };
  },
  pt = class {
    async sign(t, n, o) {
      if (!ee.isInstance(t))
        throw new Error('The request is not an instance of `HttpRequest` and cannot be signed');
      let r = await qi(o),
        { config: i, signer: s } = r,
        { signingRegion: a, signingName: c } = r,
        u = o.context;
      if (u?.authSchemes?.length ?? !1) {
        const [m, f] = u.authSchemes;
        m?.name === 'sigv4a' &&
          f?.name === 'sigv4' &&
          ((a = f?.signingRegion ?? a), (c = f?.signingName ?? c));
      }
      const l = (await i.disableClockSkewCorrection?.()) === !0;
      o._disableClockSkewCorrection = l;
      const d = l || eN(o);
      return (
        (o._skipClockSkewSampling = d),
        d || ((o._preRequestSystemClockOffset = i.systemClockOffset), (o._requestSentAt = Date.now())),
        await s.sign(t, {
          signingDate: l ? new Date() : Hi(i.systemClockOffset),
          signingRegion: a,
          signingService: c,
        })
      );
    }
    errorHandler(t) {
      return (n) => {
        const o = n;
        if (!t._skipClockSkewSampling && !t._disableClockSkewCorrection) {
          const r = o.ServerTime ?? Tc(o.$response);
          if (r) {
            const i = Ki('config', t.config),
              s = t._preRequestSystemClockOffset,
              a = t._requestSentAt,
              c = Ac(o.$response),
              u = kc(r, i.systemClockOffset, a, c);
            (i.systemClockOffset = u),
              Math.abs(u) >= 24e4 &&
                (u !== s || (s !== void 0 && s !== u)) &&
                o.$metadata &&
                (o.$metadata.clockSkewCorrected = !0);
          }
        }
        throw n;
      };
    }
    successHandler(t, n) {
      if (n._skipClockSkewSampling || n._disableClockSkewCorrection) return;
      const o = Tc(t);
      if (o) {
        const r = Ki('config', n.config),
          i = n._requestSentAt,
          s = Ac(t);
        r.systemClockOffset = kc(o, r.systemClockOffset, i, s);
      }
    }
  };
var Eo = class extends pt {
  async sign(t, n, o) {
    if (!ee.isInstance(t))
      throw new Error('The request is not an instance of `HttpRequest` and cannot be signed');
    const { config: r, signer: i, signingRegion: s, signingRegionSet: a, signingName: c } = await qi(o),
      l = ((await r.sigv4aSigningRegionSet?.()) ?? a ?? [s]).join(','),
      d = (await r.disableClockSkewCorrection?.()) === !0;
    return (
      (o._disableClockSkewCorrection = d),
      d || ((o._preRequestSystemClockOffset = r.systemClockOffset), (o._requestSentAt = Date.now())),
      await i.sign(t, {
        signingDate: d ? new Date() : Hi(r.systemClockOffset),
        signingRegion: l,
        signingService: c,
      })
    );
  }
};
var hf = (e) => (typeof e == 'string' && e.length > 0 ? e.split(',').map((t) => t.trim()) : []);
var LI = (e) => `AWS_BEARER_TOKEN_${e.replace(/[\s-]/g, '_').toUpperCase()}`;
var MI = 'AWS_AUTH_SCHEME_PREFERENCE',
  jI = 'auth_scheme_preference',
  kr = {
    environmentVariableSelector: (e, t) => {
      if (t?.signingName && LI(t.signingName) in e) return ['httpBearerAuth'];
      if (MI in e) return hf(e[MI]);
    },
    configFileSelector: (e) => {
      if (jI in e) return hf(e[jI]);
    },
    default: [],
  };
tt();
var Pc = (e) => ((e.sigv4aSigningRegionSet = Et(e.sigv4aSigningRegionSet)), e),
  Dc = {
    environmentVariableSelector(e) {
      if (e.AWS_SIGV4A_SIGNING_REGION_SET)
        return e.AWS_SIGV4A_SIGNING_REGION_SET.split(',').map((t) => t.trim());
      throw new Ot('AWS_SIGV4A_SIGNING_REGION_SET not set in env.', { tryNextLink: !0 });
    },
    configFileSelector(e) {
      if (e.sigv4a_signing_region_set)
        return (e.sigv4a_signing_region_set ?? '').split(',').map((t) => t.trim());
      throw new Ot('sigv4a_signing_region_set not set in profile.', { tryNextLink: !0 });
    },
    default: void 0,
  };
V();
V();
V();
var Cc = class {
    format(t) {
      const n = [];
      for (const i in t) {
        if (!N(t, i)) continue;
        const s = $e(i);
        n.push(Uint8Array.from([s.byteLength]), s, this.formatHeaderValue(t[i]));
      }
      let o = new Uint8Array(n.reduce((i, s) => i + s.byteLength, 0)),
        r = 0;
      for (const i of n) o.set(i, r), (r += i.byteLength);
      return o;
    }
    formatHeaderValue(t) {
      switch (t.type) {
        case 'boolean':
          return Uint8Array.from([t.value ? 0 : 1]);
        case 'byte':
          return Uint8Array.from([2, t.value]);
        case 'short': {
          const n = new DataView(new ArrayBuffer(3));
          return (n.setUint8(0, 3), n.setInt16(1, t.value, !1), new Uint8Array(n.buffer));
        }
        case 'integer': {
          const o = new DataView(new ArrayBuffer(5));
          return (o.setUint8(0, 4), o.setInt32(1, t.value, !1), new Uint8Array(o.buffer));
        }
        case 'long': {
          const r = new Uint8Array(9);
          return ((r[0] = 5), r.set(t.value.bytes, 1), r);
        }
        case 'binary': {
          const i = new DataView(new ArrayBuffer(3 + t.value.byteLength));
          i.setUint8(0, 6), i.setUint16(1, t.value.byteLength, !1);
          const s = new Uint8Array(i.buffer);
          return (s.set(t.value, 3), s);
        }
        case 'string': {
          const a = $e(t.value),
            c = new DataView(new ArrayBuffer(3 + a.byteLength));
          c.setUint8(0, 7), c.setUint16(1, a.byteLength, !1);
          const u = new Uint8Array(c.buffer);
          return (u.set(a, 3), u);
        }
        case 'timestamp': {
          const l = new Uint8Array(9);
          return ((l[0] = 8), l.set(vf.fromNumber(t.value.valueOf()).bytes, 1), l);
        }
        case 'uuid': {
          if (!tN.test(t.value)) throw new Error(`Invalid UUID received: ${t.value}`);
          const d = new Uint8Array(17);
          return ((d[0] = 9), d.set(Pi(t.value.replace(/-/g, '')), 1), d);
        }
      }
    }
  },
  BI;
((e) => {
  (e[(e.boolTrue = 0)] = 'boolTrue'),
    (e[(e.boolFalse = 1)] = 'boolFalse'),
    (e[(e.byte = 2)] = 'byte'),
    (e[(e.short = 3)] = 'short'),
    (e[(e.integer = 4)] = 'integer'),
    (e[(e.long = 5)] = 'long'),
    (e[(e.byteArray = 6)] = 'byteArray'),
    (e[(e.string = 7)] = 'string'),
    (e[(e.timestamp = 8)] = 'timestamp'),
    (e[(e.uuid = 9)] = 'uuid');
})(BI || (BI = {}));
var tN = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,
  vf = class e {
    bytes;
    constructor(t) {
      if (((this.bytes = t), t.byteLength !== 8)) throw new Error('Int64 buffers must be exactly 8 bytes');
    }
    static fromNumber(t) {
      if (t > 9223372036854776e3 || t < -9223372036854776e3)
        throw new Error(`${t} is too large (or, if negative, too small) to represent as an Int64`);
      const n = new Uint8Array(8);
      for (let o = 7, r = Math.abs(Math.round(t)); o > -1 && r > 0; o--, r /= 256) n[o] = r;
      return (t < 0 && FI(n), new e(n));
    }
    valueOf() {
      const t = this.bytes.slice(0),
        n = t[0] & 128;
      return (n && FI(t), parseInt(de(t), 16) * (n ? -1 : 1));
    }
    toString() {
      return String(this.valueOf());
    }
  };
function FI(e) {
  for (let t = 0; t < 8; t++) e[t] ^= 255;
  for (let t = 7; t > -1 && (e[t]++, e[t] === 0); t--);
}
re();
V();
V();
var VI = 'X-Amz-Algorithm',
  GI = 'X-Amz-Credential',
  yf = 'X-Amz-Date',
  ZI = 'X-Amz-SignedHeaders',
  HI = 'X-Amz-Expires',
  _f = 'X-Amz-Signature',
  xf = 'X-Amz-Security-Token';
var Sf = 'authorization',
  bf = yf.toLowerCase(),
  rN = 'date',
  KI = [Sf, bf, rN],
  qI = _f.toLowerCase(),
  Wi = 'x-amz-content-sha256',
  WI = xf.toLowerCase();
var JI = {
    authorization: !0,
    'cache-control': !0,
    connection: !0,
    expect: !0,
    from: !0,
    'keep-alive': !0,
    'max-forwards': !0,
    pragma: !0,
    referer: !0,
    te: !0,
    trailer: !0,
    'transfer-encoding': !0,
    upgrade: !0,
    'user-agent': !0,
    'x-amzn-trace-id': !0,
  },
  XI = /^proxy-/,
  YI = /^sec-/;
var Oc = 'AWS4-HMAC-SHA256';
var QI = 'AWS4-HMAC-SHA256-PAYLOAD',
  e0 = 'UNSIGNED-PAYLOAD',
  t0 = 50,
  $f = 'aws4_request',
  r0 = 3600 * 24 * 7;
var n0 = ({ query: e = {} }) => {
  const t = [],
    n = {};
  for (const o in e) {
    if (!N(e, o) || o.toLowerCase() === qI) continue;
    const r = $t(o);
    t.push(r);
    const i = e[o];
    typeof i == 'string'
      ? (n[r] = `${r}=${$t(i)}`)
      : Array.isArray(i) &&
        (n[r] = i
          .slice(0)
          .reduce((s, a) => s.concat([`${r}=${$t(a)}`]), [])
          .sort()
          .join('&'));
  }
  return t
    .sort()
    .map((o) => n[o])
    .filter((o) => o)
    .join('&');
};
var o0 = (e) =>
    nN(e)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z'),
  nN = (e) =>
    typeof e == 'number'
      ? new Date(e * 1e3)
      : typeof e == 'string'
        ? Number(e)
          ? new Date(Number(e) * 1e3)
          : new Date(e)
        : e;
var Nc = class {
  service;
  regionProvider;
  credentialProvider;
  sha256;
  uriEscapePath;
  applyChecksum;
  constructor({ applyChecksum: t, credentials: n, region: o, service: r, sha256: i, uriEscapePath: s = !0 }) {
    (this.service = r),
      (this.sha256 = i),
      (this.uriEscapePath = s),
      (this.applyChecksum = typeof t == 'boolean' ? t : !0),
      (this.regionProvider = se(o)),
      (this.credentialProvider = se(n));
  }
  createCanonicalRequest(t, n, o) {
    const r = Object.keys(n).sort();
    return `${t.method}
${this.getCanonicalPath(t)}
${n0(t)}
${r
  .map((i) => `${i}:${n[i]}`)
  .join(`
`)}

${r.join(';')}
${o}`;
  }
  async createStringToSign(t, n, o, r) {
    const i = new this.sha256();
    i.update(Qe(o));
    const s = await i.digest();
    return `${r}
${t}
${n}
${de(s)}`;
  }
  getCanonicalPath({ path: t }) {
    if (this.uriEscapePath) {
      const n = [];
      for (const i of t.split('/')) i?.length !== 0 && i !== '.' && (i === '..' ? n.pop() : n.push(i));
      const o = `${t?.startsWith('/') ? '/' : ''}${n.join('/')}${n.length > 0 && t?.endsWith('/') ? '/' : ''}`;
      return $t(o).replace(/%2F/g, '/');
    }
    return t;
  }
  validateResolvedCredentials(t) {
    if (typeof t != 'object' || typeof t.accessKeyId != 'string' || typeof t.secretAccessKey != 'string')
      throw new Error('Resolved credential object is not valid');
  }
  formatDate(t) {
    const n = o0(t).replace(/[-:]/g, '');
    return { longDate: n, shortDate: n.slice(0, 8) };
  }
  getCanonicalHeaderList(t) {
    return Object.keys(t).sort().join(';');
  }
};
V();
var Uc = {},
  Ef = [],
  zc = (e, t, n) => `${e}/${t}/${n}/${$f}`,
  s0 = async (e, t, n, o, r) => {
    const i = await i0(e, t.secretAccessKey, t.accessKeyId),
      s = `${n}:${o}:${r}:${de(i)}:${t.sessionToken}`;
    if (s in Uc) return Uc[s];
    for (Ef.push(s); Ef.length > t0; ) delete Uc[Ef.shift()];
    let a = `AWS4${t.secretAccessKey}`;
    for (const c of [n, o, r, $f]) a = await i0(e, a, c);
    return (Uc[s] = a);
  };
var i0 = (e, t, n) => {
  const o = new e(t);
  return (o.update(Qe(n)), o.digest());
};
V();
var If = ({ headers: e }, t, n) => {
  const o = {};
  for (const r of Object.keys(e).sort()) {
    if (e[r] == null) continue;
    const i = r.toLowerCase();
    ((N(JI, i) || t?.has(i) || XI.test(i) || YI.test(i)) && (!n || (n && !n.has(i)))) ||
      (i === '__proto__' && Qt(o),
      (o[i] = e[r]
        .replace(/[\r\n]/g, ' ')
        .replace(/[ \t]+/g, ' ')
        .replace(/^ | $/g, '')));
  }
  return o;
};
V();
V();
var Lc = async ({ headers: e, body: t }, n) => {
  for (const o in e) if (N(e, o) && o.toLowerCase() === Wi) return e[o];
  if (t == null) return 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
  if (typeof t == 'string' || ArrayBuffer.isView(t) || wi(t)) {
    const o = new n();
    return (o.update(Qe(t)), de(await o.digest()));
  }
  return e0;
};
V();
var a0 = (e, t) => {
  e = e.toLowerCase();
  for (const n in t) if (N(t, n) && e === n.toLowerCase()) return !0;
  return !1;
};
V();
var c0 = (e, t = {}) => {
  const { headers: n, query: o = {} } = ee.clone(e);
  for (const r in n) {
    if (!N(n, r)) continue;
    const i = r.toLowerCase();
    ((i.slice(0, 6) === 'x-amz-' && !t.unhoistableHeaders?.has(i)) || t.hoistableHeaders?.has(i)) &&
      ((o[r] = n[r]), delete n[r]);
  }
  return { ...e, headers: n, query: o };
};
V();
var wf = (e) => {
  e = ee.clone(e);
  for (const t in e.headers) N(e.headers, t) && KI.indexOf(t.toLowerCase()) > -1 && delete e.headers[t];
  return e;
};
var Pr = class extends Nc {
  headerFormatter = new Cc();
  constructor({ applyChecksum: t, credentials: n, region: o, service: r, sha256: i, uriEscapePath: s = !0 }) {
    super({ applyChecksum: t, credentials: n, region: o, service: r, sha256: i, uriEscapePath: s });
  }
  async presign(t, n = {}) {
    const {
        signingDate: o = new Date(),
        expiresIn: r = 3600,
        unsignableHeaders: i,
        unhoistableHeaders: s,
        signableHeaders: a,
        hoistableHeaders: c,
        signingRegion: u,
        signingService: l,
      } = n,
      d = await this.credentialProvider();
    this.validateResolvedCredentials(d);
    const p = u ?? (await this.regionProvider()),
      { longDate: m, shortDate: f } = this.formatDate(o);
    if (r > r0)
      return Promise.reject(
        'Signature version 4 presigned URLs must have an expiration date less than one week in the future',
      );
    const g = zc(f, p, l ?? this.service),
      h = c0(wf(t), { unhoistableHeaders: s, hoistableHeaders: c });
    d.sessionToken && (h.query[xf] = d.sessionToken),
      (h.query[VI] = Oc),
      (h.query[GI] = `${d.accessKeyId}/${g}`),
      (h.query[yf] = m),
      (h.query[HI] = r.toString(10));
    const x = If(h, i, a);
    return (
      (h.query[ZI] = this.getCanonicalHeaderList(x)),
      (h.query[_f] = await this.getSignature(
        m,
        g,
        this.getSigningKey(d, p, f, l),
        this.createCanonicalRequest(h, x, await Lc(t, this.sha256)),
      )),
      h
    );
  }
  async sign(t, n) {
    return typeof t == 'string'
      ? this.signString(t, n)
      : t.headers && t.payload
        ? this.signEvent(t, n)
        : t.message
          ? this.signMessage(t, n)
          : this.signRequest(t, n);
  }
  async signEvent(
    { headers: t, payload: n },
    {
      signingDate: o = new Date(),
      priorSignature: r,
      signingRegion: i,
      signingService: s,
      eventStreamCredentials: a,
    },
  ) {
    const c = i ?? (await this.regionProvider()),
      { shortDate: u, longDate: l } = this.formatDate(o),
      d = zc(u, c, s ?? this.service),
      p = await Lc({ headers: {}, body: n }, this.sha256),
      m = new this.sha256();
    m.update(t);
    const f = de(await m.digest()),
      g = [QI, l, d, r, f, p].join(`
`);
    return this.signString(g, {
      signingDate: o,
      signingRegion: c,
      signingService: s,
      eventStreamCredentials: a,
    });
  }
  async signMessage(
    t,
    { signingDate: n = new Date(), signingRegion: o, signingService: r, eventStreamCredentials: i },
  ) {
    return this.signEvent(
      { headers: this.headerFormatter.format(t.message.headers), payload: t.message.body },
      {
        signingDate: n,
        signingRegion: o,
        signingService: r,
        priorSignature: t.priorSignature,
        eventStreamCredentials: i,
      },
    ).then((a) => ({ message: t.message, signature: a }));
  }
  async signString(
    t,
    { signingDate: n = new Date(), signingRegion: o, signingService: r, eventStreamCredentials: i } = {},
  ) {
    const s = i ?? (await this.credentialProvider());
    this.validateResolvedCredentials(s);
    const a = o ?? (await this.regionProvider()),
      { shortDate: c } = this.formatDate(n),
      u = new this.sha256(await this.getSigningKey(s, a, c, r));
    return (u.update(Qe(t)), de(await u.digest()));
  }
  async signRequest(
    t,
    {
      signingDate: n = new Date(),
      signableHeaders: o,
      unsignableHeaders: r,
      signingRegion: i,
      signingService: s,
    } = {},
  ) {
    const a = await this.credentialProvider();
    this.validateResolvedCredentials(a);
    const c = i ?? (await this.regionProvider()),
      u = wf(t),
      { longDate: l, shortDate: d } = this.formatDate(n),
      p = zc(d, c, s ?? this.service);
    (u.headers[bf] = l), a.sessionToken && (u.headers[WI] = a.sessionToken);
    const m = await Lc(u, this.sha256);
    !a0(Wi, u.headers) && this.applyChecksum && (u.headers[Wi] = m);
    const f = If(u, r, o),
      g = await this.getSignature(l, p, this.getSigningKey(a, c, d, s), this.createCanonicalRequest(u, f, m));
    return (
      (u.headers[Sf] =
        `${Oc} Credential=${a.accessKeyId}/${p}, SignedHeaders=${this.getCanonicalHeaderList(f)}, Signature=${g}`),
      u
    );
  }
  async getSignature(t, n, o, r) {
    const i = await this.createStringToSign(t, n, r, Oc),
      s = new this.sha256(await o);
    return (s.update(Qe(i)), de(await s.digest()));
  }
  getSigningKey(t, n, o, r) {
    return s0(this.sha256, t, o, n, r || this.service);
  }
};
var Mc = { SignatureV4a: null };
var Rf = (e) => (t) => {
  let n = t.credentials,
    o = !!t.credentials,
    r;
  Object.defineProperty(t, 'credentials', {
    set(l) {
      l && l !== n && l !== r && (o = !0), (n = l);
      const d = oN(t, { credentials: n, credentialDefaultProvider: t.credentialDefaultProvider }),
        p = iN(t, d);
      if (o && !p.attributed) {
        const m = typeof n == 'object' && n !== null;
        (r = async (f) => {
          const h = await p(f);
          return m && (!h.$source || Object.keys(h.$source).length === 0)
            ? Ii(h, 'CREDENTIALS_CODE', 'e')
            : h;
        }),
          (r.memoized = p.memoized),
          (r.configBound = p.configBound),
          (r.attributed = !0);
      } else r = p;
    },
    get() {
      return r;
    },
    enumerable: !0,
    configurable: !0,
  }),
    (t.credentials = n);
  let { signingEscapePath: i = !0, systemClockOffset: s = t.systemClockOffset || 0, sha256: a } = t,
    c;
  return (
    t.signer
      ? (c = Et(t.signer))
      : t.regionInfoProvider
        ? (c = () =>
            Et(t.region)()
              .then(async (l) => [
                (await t.regionInfoProvider(l, {
                  useFipsEndpoint: await t.useFipsEndpoint(),
                  useDualstackEndpoint: await t.useDualstackEndpoint(),
                })) || {},
                l,
              ])
              .then(([l, d]) => {
                const { signingRegion: p, signingService: m } = l;
                (t.signingRegion = t.signingRegion || p || d),
                  (t.signingName = t.signingName || m || t.serviceId);
                const f = {
                    ...t,
                    credentials: t.credentials,
                    region: t.signingRegion,
                    service: t.signingName,
                    sha256: a,
                    uriEscapePath: i,
                  },
                  g = t.signerConstructor || Pr;
                return new g(f);
              }))
        : (c = async (l) => {
            l = Object.assign(
              {},
              {
                name: 'sigv4',
                signingName: t.signingName || t.defaultSigningName,
                signingRegion: await Et(t.region)(),
                properties: {},
              },
              l,
            );
            const d = l.signingRegion,
              p = l.signingName;
            (t.signingRegion = t.signingRegion || d), (t.signingName = t.signingName || p || t.serviceId);
            const m = {
                ...t,
                credentials: t.credentials,
                region: t.signingRegion,
                service: t.signingName,
                sha256: a,
                uriEscapePath: i,
              },
              f = t.signerConstructor || Pr;
            return new f(m);
          }),
    Object.assign(t, {
      systemClockOffset: s,
      signingEscapePath: i,
      signer: c,
      disableClockSkewCorrection: Et(t.disableClockSkewCorrection ?? e),
    })
  );
};
function oN(e, { credentials: t, credentialDefaultProvider: n }) {
  let o;
  return (
    t
      ? t?.memoized
        ? (o = t)
        : (o = vc(t, hc, Fi))
      : n
        ? (o = Et(n(Object.assign({}, e, { parentClientConfig: e }))))
        : (o = async () => {
            throw new Error(
              '@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.',
            );
          }),
    (o.memoized = !0),
    o
  );
}
function iN(e, t) {
  if (t.configBound) return t;
  const n = async (o) => t({ ...o, callerClientConfig: e });
  return ((n.memoized = t.memoized), (n.configBound = !0), n);
}
tt();
tt();
var aN = 'AWS_DISABLE_CLOCK_SKEW_CORRECTION',
  cN = 'disable_clock_skew_correction',
  u0 = {
    environmentVariableSelector: (e) => et(e, aN, Ce.ENV),
    configFileSelector: (e) => et(e, cN, Ce.CONFIG),
    default: !1,
  };
var l0 = F(u0);
var Io = Rf(l0);
re();
var d0 = async (e, t, n) => ({
  operation: fe(t).operation,
  region:
    (await se(e.region)()) ||
    (() => {
      throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
    })(),
});
function uN(e) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'dynamodb', region: e.region },
    propertiesExtractor: (t, n) => ({ signingProperties: { config: t, context: n } }),
  };
}
var p0 = (e) => {
    const t = [];
    switch (e.operation) {
      default:
        t.push(uN(e));
    }
    return t;
  },
  m0 = (e) => {
    const t = Io(e);
    return Object.assign(t, { authSchemePreference: se(e.authSchemePreference ?? []) });
  };
re();
Ee();
var f0 = (e) =>
    Object.assign(e, {
      useDualstackEndpoint: e.useDualstackEndpoint ?? !1,
      useFipsEndpoint: e.useFipsEndpoint ?? !1,
      defaultSigningName: 'dynamodb',
    }),
  g0 = {
    UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
    AccountId: { type: 'builtInParams', name: 'accountId' },
    Endpoint: { type: 'builtInParams', name: 'endpoint' },
    Region: { type: 'builtInParams', name: 'region' },
    UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
    AccountIdEndpointMode: { type: 'builtInParams', name: 'accountIdEndpointMode' },
  };
var Lt = rn(g0, 'DynamoDB_20120810', 'DynamoDBClient', po),
  h0 = {},
  v0 = {
    ResourceArnList: { type: 'operationContextParams', get: (e) => Object.keys(e?.RequestItems ?? {}) },
  };
var jc = { ResourceArn: { type: 'contextParams', name: 'TableName' } };
var y0 = {
    ResourceArnList: {
      type: 'operationContextParams',
      get: (e) =>
        e?.TransactItems?.flatMap((t) =>
          [
            t?.ConditionCheck?.TableName,
            t?.Put?.TableName,
            t?.Delete?.TableName,
            t?.Update?.TableName,
          ].filter((n) => n),
        ),
    },
  },
  Mt = (e, t, n, o) => [];
he();
re();
var M = class e extends Kt {
  static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.dynamodb#DynamoDBServiceException';
  constructor(t) {
    super(t), Object.setPrototypeOf(this, e.prototype);
  }
};
var Bc = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#BackupInUseException';
    name = 'BackupInUseException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'BackupInUseException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Fc = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#BackupNotFoundException';
    name = 'BackupNotFoundException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'BackupNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Vc = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#InternalServerError';
    name = 'InternalServerError';
    $fault = 'server';
    constructor(t) {
      super({ name: 'InternalServerError', $fault: 'server', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Gc = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#RequestLimitExceeded';
    name = 'RequestLimitExceeded';
    $fault = 'client';
    ThrottlingReasons;
    constructor(t) {
      super({ name: 'RequestLimitExceeded', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.ThrottlingReasons = t.ThrottlingReasons);
    }
  },
  Zc = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#ThrottlingException';
    name = 'ThrottlingException';
    $fault = 'client';
    throttlingReasons;
    constructor(t) {
      super({ name: 'ThrottlingException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.throttlingReasons = t.throttlingReasons);
    }
  },
  Hc = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#InvalidEndpointException';
    name = 'InvalidEndpointException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidEndpointException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Kc = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#ProvisionedThroughputExceededException';
    name = 'ProvisionedThroughputExceededException';
    $fault = 'client';
    ThrottlingReasons;
    constructor(t) {
      super({ name: 'ProvisionedThroughputExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.ThrottlingReasons = t.ThrottlingReasons);
    }
  },
  qc = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#ResourceNotFoundException';
    name = 'ResourceNotFoundException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ResourceNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Wc = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#ItemCollectionSizeLimitExceededException';
    name = 'ItemCollectionSizeLimitExceededException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ItemCollectionSizeLimitExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Jc = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#ReplicatedWriteConflictException';
    name = 'ReplicatedWriteConflictException';
    $fault = 'client';
    $retryable = {};
    constructor(t) {
      super({ name: 'ReplicatedWriteConflictException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Xc = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#ContinuousBackupsUnavailableException';
    name = 'ContinuousBackupsUnavailableException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ContinuousBackupsUnavailableException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Yc = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#LimitExceededException';
    name = 'LimitExceededException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'LimitExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Qc = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#TableInUseException';
    name = 'TableInUseException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'TableInUseException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  eu = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#TableNotFoundException';
    name = 'TableNotFoundException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'TableNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  tu = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#GlobalTableAlreadyExistsException';
    name = 'GlobalTableAlreadyExistsException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'GlobalTableAlreadyExistsException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  ru = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#ResourceInUseException';
    name = 'ResourceInUseException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ResourceInUseException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  nu = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#TransactionConflictException';
    name = 'TransactionConflictException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'TransactionConflictException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  ou = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#PolicyNotFoundException';
    name = 'PolicyNotFoundException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'PolicyNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  iu = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#ExportNotFoundException';
    name = 'ExportNotFoundException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ExportNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  su = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#GlobalTableNotFoundException';
    name = 'GlobalTableNotFoundException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'GlobalTableNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  au = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#ImportNotFoundException';
    name = 'ImportNotFoundException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ImportNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  cu = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#DuplicateItemException';
    name = 'DuplicateItemException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'DuplicateItemException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  uu = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#IdempotentParameterMismatchException';
    name = 'IdempotentParameterMismatchException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'IdempotentParameterMismatchException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  lu = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#TransactionInProgressException';
    name = 'TransactionInProgressException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TransactionInProgressException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  du = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#ExportConflictException';
    name = 'ExportConflictException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ExportConflictException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  pu = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#InvalidExportTimeException';
    name = 'InvalidExportTimeException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InvalidExportTimeException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  mu = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#PointInTimeRecoveryUnavailableException';
    name = 'PointInTimeRecoveryUnavailableException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'PointInTimeRecoveryUnavailableException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  fu = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#ImportConflictException';
    name = 'ImportConflictException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ImportConflictException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  gu = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#TableAlreadyExistsException';
    name = 'TableAlreadyExistsException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'TableAlreadyExistsException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  hu = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#InvalidRestoreTimeException';
    name = 'InvalidRestoreTimeException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InvalidRestoreTimeException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  vu = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#ReplicaAlreadyExistsException';
    name = 'ReplicaAlreadyExistsException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ReplicaAlreadyExistsException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  yu = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#ReplicaNotFoundException';
    name = 'ReplicaNotFoundException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ReplicaNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  _u = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#IndexNotFoundException';
    name = 'IndexNotFoundException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'IndexNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  wo = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#ConditionalCheckFailedException';
    name = 'ConditionalCheckFailedException';
    $fault = 'client';
    Item;
    constructor(t) {
      super({ name: 'ConditionalCheckFailedException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Item = t.Item);
    }
  },
  Ro = class e extends M {
    static shapeId = 'com.amazonaws.dynamodb#TransactionCanceledException';
    name = 'TransactionCanceledException';
    $fault = 'client';
    Message;
    CancellationReasons;
    constructor(t) {
      super({ name: 'TransactionCanceledException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message),
        (this.CancellationReasons = t.CancellationReasons);
    }
  };
var lN = 'AttributeMap';
var x0 = 'AttributesToGet';
var dN = 'AttributeValue',
  S0 = 'AttributeValueList';
var pN = 'Address',
  mN = 'Attributes';
var fN = 'BatchGetItem',
  gN = 'BatchGetItemInput',
  hN = 'BatchGetItemOutput',
  vN = 'BatchGetResponseMap',
  yN = 'BatchGetRequestMap',
  _N = 'BackupInUseException';
var xN = 'BackupNotFoundException';
var SN = 'BOOL';
var bN = 'BS';
var $N = 'B',
  EN = 'Code';
var IN = 'ContinuousBackupsUnavailableException',
  Ji = 'ConsumedCapacity',
  wN = 'ConditionalCheckFailedException',
  RN = 'ConsumedCapacityMultiple',
  b0 = 'ConditionCheck';
var Xi = 'ConditionExpression';
var TN = 'ComparisonOperator',
  AN = 'ConditionalOperator';
var kN = 'CachePeriodInMinutes',
  PN = 'CancellationReasons';
var DN = 'CancellationReasonList',
  CN = 'ConfirmRemoveSelfResourceAccess',
  ON = 'ClientRequestToken',
  NN = 'CancellationReason',
  $0 = 'ConsistentRead';
var E0 = 'CapacityUnits';
var UN = 'Capacity';
var zN = 'DescribeEndpoints';
var LN = 'DescribeEndpointsRequest',
  MN = 'DescribeEndpointsResponse';
var jN = 'DuplicateItemException';
var I0 = 'Delete';
var BN = 'ExpectedAttributeMap',
  Cn = 'ExpressionAttributeNames',
  Yi = 'ExpressionAttributeValues',
  FN = 'ExpressionAttributeValueMap',
  VN = 'ExpectedAttributeValue';
var GN = 'ExportConflictException';
var ZN = 'ExportNotFoundException';
var HN = 'ExpectedRevisionId';
var w0 = 'Endpoints';
var KN = 'Endpoint',
  qN = 'Expected',
  WN = 'Exists';
var JN = 'GetItem',
  XN = 'GetItemInput',
  YN = 'GetItemOutput';
var QN = 'GlobalSecondaryIndexes';
var eU = 'GlobalTableAlreadyExistsException';
var tU = 'GlobalTableNotFoundException';
var Qi = 'Item';
var rU = 'ImportConflictException',
  nU = 'ItemCollectionKey',
  oU = 'ItemCollectionKeyAttributeMap',
  Tf = 'ItemCollectionMetrics',
  iU = 'ItemCollectionMetricsMultiple',
  sU = 'ItemCollectionMetricsPerTable',
  aU = 'ItemCollectionSizeLimitExceededException';
var cU = 'InvalidEndpointException';
var uU = 'InvalidExportTimeException';
var lU = 'ItemList';
var dU = 'ImportNotFoundException',
  pU = 'IndexNotFoundException',
  mU = 'IdempotentParameterMismatchException';
var fU = 'InvalidRestoreTimeException';
var gU = 'InternalServerError';
var es = 'Key',
  hU = 'KeysAndAttributes';
var vU = 'KeyList';
var yU = 'Keys';
var _U = 'ListAttributeValue';
var xU = 'LimitExceededException';
var SU = 'LocalSecondaryIndexes';
var bU = 'L',
  ts = 'Message',
  $U = 'MapAttributeValue';
var EU = 'M',
  IU = 'N';
var wU = 'NS';
var RU = 'NULL';
var R0 = 'ProjectionExpression',
  TU = 'PutItem';
var AU = 'PutItemInput',
  kU = 'PutItemInputAttributeMap',
  PU = 'PutItemOutput';
var DU = 'PointInTimeRecoveryUnavailableException';
var CU = 'PolicyNotFoundException';
var OU = 'PutResourcePolicyInput';
var NU = 'ProvisionedThroughputExceededException';
var UU = 'Policy';
var T0 = 'Put';
var zU = 'Responses',
  LU = 'ResourceArn',
  MU = 'ReplicaAlreadyExistsException';
var xu = 'ReturnConsumedCapacity',
  A0 = 'ReadCapacityUnits';
var jU = 'RequestItems',
  k0 = 'ReturnItemCollectionMetrics';
var BU = 'ResourceInUseException';
var FU = 'RequestLimitExceeded';
var VU = 'ReplicaNotFoundException',
  GU = 'ResourceNotFoundException';
var ZU = 'ReturnValues',
  rs = 'ReturnValuesOnConditionCheckFailure',
  HU = 'ReplicatedWriteConflictException';
var KU = 'SizeEstimateRangeGB';
var qU = 'SecondaryIndexesCapacityMap';
var WU = 'SS';
var JU = 'S';
var XU = 'Table';
var YU = 'TableAlreadyExistsException';
var QU = 'TransactionCanceledException',
  ez = 'TransactionConflictException';
var tz = 'ThrottlingException';
var rz = 'TransactionInProgressException',
  nz = 'TableInUseException',
  oz = 'TransactItems';
var On = 'TableName',
  iz = 'TableNotFoundException';
var P0 = 'ThrottlingReasons';
var sz = 'ThrottlingReasonList';
var az = 'ThrottlingReason';
var cz = 'TransactWriteItem',
  uz = 'TransactWriteItemsInput',
  lz = 'TransactWriteItemList',
  dz = 'TransactWriteItemsOutput',
  pz = 'TransactWriteItems';
var D0 = 'Update';
var mz = 'UpdateExpression';
var fz = 'UnprocessedKeys';
var gz = 'Value';
var hz = 'VectorCapacity',
  vz = 'VectorIndexes';
var yz = 'VectorIndexesCapacityMap';
var _z = 'VectorSearchRequestBytes',
  xz = 'VectorWriteRequestBytes',
  C0 = 'WriteCapacityUnits';
var Sz = 'awsQueryError',
  H = 'client',
  Z = 'error',
  O0 = 'httpError',
  bz = 'httpHeader',
  W = 'message',
  $z = 'reason',
  Ez = 'resource',
  N0 = 'smithy.ts.sdk.synthetic.com.amazonaws.dynamodb',
  Iz = 'server',
  wz = 'throttlingReasons',
  Rz = 'x-amz-confirm-remove-self-resource-access',
  T = 'com.amazonaws.dynamodb',
  U0 = new ge(N0),
  Tz = [-3, N0, 'DynamoDBServiceException', 0, [], []];
U0.registerError(Tz, M);
var G = new ge(T),
  Az = [-3, T, _N, { [Z]: H }, [W], [0]];
G.registerError(Az, Bc);
var kz = [-3, T, xN, { [Z]: H }, [W], [0]];
G.registerError(kz, Fc);
var Pz = [-3, T, wN, { [Z]: H }, [W, Qi], [0, () => ns]];
G.registerError(Pz, wo);
var Dz = [-3, T, IN, { [Z]: H }, [W], [0]];
G.registerError(Dz, Xc);
var Cz = [-3, T, jN, { [Z]: H }, [W], [0]];
G.registerError(Cz, cu);
var Oz = [-3, T, GN, { [Z]: H }, [W], [0]];
G.registerError(Oz, du);
var Nz = [-3, T, ZN, { [Z]: H }, [W], [0]];
G.registerError(Nz, iu);
var Uz = [-3, T, eU, { [Z]: H }, [W], [0]];
G.registerError(Uz, tu);
var zz = [-3, T, tU, { [Z]: H }, [W], [0]];
G.registerError(zz, su);
var Lz = [-3, T, mU, { [Z]: H }, [ts], [0]];
G.registerError(Lz, uu);
var Mz = [-3, T, rU, { [Z]: H }, [W], [0]];
G.registerError(Mz, fu);
var jz = [-3, T, dU, { [Z]: H }, [W], [0]];
G.registerError(jz, au);
var Bz = [-3, T, pU, { [Z]: H }, [W], [0]];
G.registerError(Bz, _u);
var Fz = [-3, T, gU, { [Z]: Iz }, [W], [0]];
G.registerError(Fz, Vc);
var Vz = [-3, T, cU, { [Z]: H, [O0]: 421 }, [ts], [0]];
G.registerError(Vz, Hc);
var Gz = [-3, T, uU, { [Z]: H }, [W], [0]];
G.registerError(Gz, pu);
var Zz = [-3, T, fU, { [Z]: H }, [W], [0]];
G.registerError(Zz, hu);
var Hz = [-3, T, aU, { [Z]: H }, [W], [0]];
G.registerError(Hz, Wc);
var Kz = [-3, T, xU, { [Z]: H }, [W], [0]];
G.registerError(Kz, Yc);
var qz = [-3, T, DU, { [Z]: H }, [W], [0]];
G.registerError(qz, mu);
var Wz = [-3, T, CU, { [Z]: H }, [W], [0]];
G.registerError(Wz, ou);
var Jz = [-3, T, NU, { [Z]: H }, [W, P0], [0, () => kf]];
G.registerError(Jz, Kc);
var Xz = [-3, T, MU, { [Z]: H }, [W], [0]];
G.registerError(Xz, vu);
var Yz = [-3, T, VU, { [Z]: H }, [W], [0]];
G.registerError(Yz, yu);
var Qz = [-3, T, HU, { [Z]: H }, [W], [0]];
G.registerError(Qz, Jc);
var e1 = [-3, T, FU, { [Z]: H }, [W, P0], [0, () => kf]];
G.registerError(e1, Gc);
var t1 = [-3, T, BU, { [Z]: H }, [W], [0]];
G.registerError(t1, ru);
var r1 = [-3, T, GU, { [Z]: H }, [W], [0]];
G.registerError(r1, qc);
var n1 = [-3, T, YU, { [Z]: H }, [W], [0]];
G.registerError(n1, gu);
var o1 = [-3, T, nz, { [Z]: H }, [W], [0]];
G.registerError(o1, Qc);
var i1 = [-3, T, iz, { [Z]: H }, [W], [0]];
G.registerError(i1, eu);
var s1 = [-3, T, tz, { [Sz]: ['Throttling', 400], [Z]: H, [O0]: 400 }, [W, wz], [0, () => kf]];
G.registerError(s1, Zc);
var a1 = [-3, T, QU, { [Z]: H }, [ts, PN], [0, () => D1]];
G.registerError(a1, Ro);
var c1 = [-3, T, ez, { [Z]: H }, [W], [0]];
G.registerError(c1, nu);
var u1 = [-3, T, rz, { [Z]: H }, [ts], [0]];
G.registerError(u1, lu);
var z0 = [U0, G];
var l1 = [3, T, gN, 0, [jU, xu], [() => B0, 0], 1],
  d1 = [3, T, hN, 0, [zU, fz, Ji], [() => M1, () => B0, () => j0]];
var p1 = [3, T, NN, 0, [Qi, EN, ts], [() => ns, 0, 0]],
  L0 = [3, T, UN, 0, [A0, C0, E0], [1, 1, 1]];
var m1 = [3, T, b0, 0, [es, On, Xi, Cn, Yi, rs], [() => is, 0, 0, 128, () => os, 0], 3],
  Af = [3, T, Ji, 0, [On, E0, A0, C0, XU, SU, QN, vz], [0, 1, 1, 1, () => L0, () => _0, () => _0, () => G1]];
var f1 = [3, T, I0, 0, [es, On, Xi, Cn, Yi, rs], [() => is, 0, 0, 128, () => os, 0], 2];
var g1 = [3, T, LN, 0, [], []],
  h1 = [3, T, MN, 0, [w0], [() => C1], 1];
var v1 = [3, T, KN, 0, [pN, kN], [0, 1], 2];
var y1 = [3, T, VN, 0, [gz, WN, TN, S0], [() => rr, 2, 0, () => P1]];
var _1 = [3, T, XN, 0, [On, es, x0, $0, xu, R0, Cn], [0, () => is, 64, 2, 0, 0, 128], 2],
  x1 = [3, T, YN, 0, [Qi, Ji], [() => ns, () => Af]];
var M0 = [3, T, Tf, 0, [nU, KU], [() => B1, 65]];
var S1 = [3, T, hU, 0, [yU, x0, $0, R0, Cn], [() => U1, 64, 2, 0, 128], 1];
var b1 = [3, T, T0, 0, [Qi, On, Xi, Cn, Yi, rs], [() => F0, 0, 0, 128, () => os, 0], 2],
  $1 = [
    3,
    T,
    AU,
    0,
    [On, Qi, qN, ZU, xu, k0, AN, Xi, Cn, Yi, rs],
    [0, () => F0, () => j1, 0, 0, 0, 0, 0, 128, () => os, 0],
    2,
  ],
  E1 = [3, T, PU, 0, [mN, Ji, Tf], [() => ns, () => Af, () => M0]];
var ZX = [3, T, OU, 0, [LU, UU, HN, CN], [0, 0, 0, [2, { [bz]: Rz }]], 2];
var I1 = [3, T, az, 0, [$z, Ez], [0, 0]];
var w1 = [3, T, cz, 0, [b0, T0, I0, D0], [() => m1, () => b1, () => f1, () => A1]],
  R1 = [3, T, uz, 0, [oz, xu, k0, ON], [() => L1, 0, 0, [0, 4]], 1],
  T1 = [3, T, dz, 0, [Ji, Tf], [() => j0, () => F1]];
var A1 = [3, T, D0, 0, [es, mz, On, Xi, Cn, Yi, rs], [() => is, 0, 0, 0, 128, () => os, 0], 3];
var k1 = [3, T, hz, 0, [_z, xz], [1, 1]];
var P1 = [1, T, S0, 0, () => rr];
var D1 = [1, T, DN, 0, () => p1],
  j0 = [1, T, RN, 0, () => Af];
var C1 = [1, T, w0, 0, () => v1];
var O1 = [1, T, iU, 0, () => M0];
var N1 = [1, T, lU, 0, () => ns];
var U1 = [1, T, vU, 0, () => is];
var z1 = [1, T, _U, 0, () => rr];
var kf = [1, T, sz, 0, () => I1];
var L1 = [1, T, lz, 0, () => w1];
var ns = [2, T, lN, 0, 0, () => rr];
var B0 = [2, T, yN, 0, 0, () => S1],
  M1 = [2, T, vN, 0, 0, () => N1];
var j1 = [2, T, BN, 0, 0, () => y1];
var os = [2, T, FN, 0, 0, () => rr];
var B1 = [2, T, oU, 0, 0, () => rr],
  F1 = [2, T, sU, 0, 0, () => O1],
  is = [2, T, es, 0, 0, () => rr];
var V1 = [2, T, $U, 0, 0, () => rr],
  F0 = [2, T, kU, 0, 0, () => rr];
var _0 = [2, T, qU, 0, 0, () => L0];
var G1 = [2, T, yz, 0, 0, () => k1],
  rr = [
    4,
    T,
    dN,
    0,
    [JU, IU, $N, WU, wU, bN, EU, bU, RU, SN],
    [0, 0, 21, 64, 64, 85, () => V1, () => z1, 2, 2],
  ];
var V0 = [9, T, fN, 0, () => l1, () => d1];
var G0 = [9, T, zN, 0, () => g1, () => h1];
var Z0 = [9, T, JN, 0, () => _1, () => x1];
var H0 = [9, T, TU, 0, () => $1, () => E1];
var K0 = [9, T, pz, 0, () => R1, () => T1];
var Su = class extends Lt(h0, Mt, 'DescribeEndpoints', G0) {};
var q0 = {
  name: '@aws-sdk/client-dynamodb',
  version: '3.1169.0',
  description: 'AWS SDK for JavaScript Dynamodb Client for Node.js, Browser and React Native',
  homepage: 'https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-dynamodb',
  license: 'Apache-2.0',
  author: { name: 'AWS SDK for JavaScript Team', url: 'https://aws.amazon.com/sdk-for-javascript/' },
  repository: {
    type: 'git',
    url: 'https://github.com/aws/aws-sdk-js-v3.git',
    directory: 'clients/client-dynamodb',
  },
  files: ['dist-*/**'],
  sideEffects: !1,
  main: './dist-cjs/index.js',
  module: './dist-es/index.js',
  browser: { './dist-es/runtimeConfig': './dist-es/runtimeConfig.browser' },
  types: './dist-types/index.d.ts',
  typesVersions: { '<4.5': { 'dist-types/*': ['dist-types/ts3.4/*'] } },
  'react-native': { './dist-es/runtimeConfig': './dist-es/runtimeConfig.native' },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    'build:cjs': 'node ../../scripts/compilation/inline',
    'build:es': 'premove dist-es && tsc -p tsconfig.es.json',
    'build:include:deps': 'yarn g:turbo run build -F="$npm_package_name"',
    'build:types': 'premove dist-types && tsc -p tsconfig.types.json',
    'build:types:downlevel': 'downlevel-dts dist-types dist-types/ts3.4',
    clean: 'premove dist-cjs dist-es dist-types',
    'extract:docs': 'api-extractor run --local',
    'generate:client': 'node ../../scripts/generate-clients/single-service',
    test: 'yarn g:vitest run --passWithNoTests',
    'test:watch': 'yarn g:vitest watch --passWithNoTests',
    'test:integration': 'yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts',
    'test:integration:watch': 'yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts',
    'test:e2e': 'yarn g:vitest run -c vitest.config.e2e.mts',
    'test:e2e:watch': 'yarn g:vitest watch -c vitest.config.e2e.mts',
    'test:index': 'tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs',
  },
  dependencies: {
    '@aws-sdk/core': '^3.981.0',
    '@aws-sdk/credential-provider-node': '^3.972.97',
    '@aws-sdk/dynamodb-codec': '^3.973.58',
    '@aws-sdk/middleware-endpoint-discovery': '^3.972.39',
    '@aws-sdk/types': '^3.975.1',
    '@smithy/core': '^3.40.0',
    '@smithy/fetch-http-handler': '^5.8.1',
    '@smithy/node-http-handler': '^4.14.2',
    '@smithy/types': '^4.20.0',
    tslib: '^2.6.2',
  },
  devDependencies: {
    '@smithy/snapshot-testing': '^2.4.0',
    '@tsconfig/node20': '20.1.8',
    '@types/node': '^20.14.8',
    concurrently: '7.0.0',
    'downlevel-dts': '0.10.1',
    premove: '4.0.0',
    typescript: '~7.0.2',
    vitest: '^4.0.17',
  },
  engines: { node: '>=20.0.0' },
};
tt();
var W0 = 'AWS_ACCESS_KEY_ID',
  J0 = 'AWS_SECRET_ACCESS_KEY',
  X0 = 'AWS_SESSION_TOKEN',
  Y0 = 'AWS_CREDENTIAL_EXPIRATION',
  Q0 = 'AWS_CREDENTIAL_SCOPE',
  ew = 'AWS_ACCOUNT_ID',
  Pf = (e) => async () => {
    e?.logger?.debug('@aws-sdk/credential-provider-env - fromEnv');
    const t = process.env[W0],
      n = process.env[J0],
      o = process.env[X0],
      r = process.env[Y0],
      i = process.env[Q0],
      s = process.env[ew];
    if (t && n) {
      const a = {
        accessKeyId: t,
        secretAccessKey: n,
        ...(o && { sessionToken: o }),
        ...(r && { expiration: new Date(r) }),
        ...(i && { credentialScope: i }),
        ...(s && { accountId: s }),
      };
      return (Ii(a, 'CREDENTIALS_ENV_VARS', 'g'), a);
    }
    throw new qt('Unable to find environment variable credentials.', { logger: e?.logger });
  };
var To = (e) => Pf(e);
re();
tt();
V();
V();
function Df(e) {
  const t = e && typeof e == 'object' && 'reason' in e ? e.reason : void 0;
  if (t) {
    if (t instanceof Error) {
      const r = new Error('Request aborted');
      return ((r.name = 'AbortError'), (r.cause = t), r);
    }
    const o = new Error(String(t));
    return ((o.name = 'AbortError'), o);
  }
  const n = new Error('Request aborted');
  return ((n.name = 'AbortError'), n);
}
var tw = ['ECONNRESET', 'EPIPE', 'ETIMEDOUT'];
V();
var rw = (e) => {
  const t = {};
  for (const n in e) {
    if (!N(e, n)) continue;
    const o = e[n];
    t[n] = Array.isArray(o) ? o.join(',') : o;
  }
  return t;
};

import ss from 'node:https';

var ae = { setTimeout: (e, t) => setTimeout(e, t), clearTimeout: (e) => clearTimeout(e) };
var nw = 1e3,
  ow = (e, t, n = 0) => {
    if (!n) return -1;
    const o = (r) => {
      const i = ae.setTimeout(() => {
          e.destroy(),
            t(
              Object.assign(
                new Error(
                  `@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of ${n} ms.`,
                ),
                { name: 'TimeoutError' },
              ),
            );
        }, n - r),
        s = (a) => {
          a?.connecting
            ? a.on('connect', () => {
                ae.clearTimeout(i);
              })
            : ae.clearTimeout(i);
        };
      e.socket ? s(e.socket) : e.on('socket', s);
    };
    return n < 2e3 ? (o(0), 0) : ae.setTimeout(o.bind(null, nw), nw);
  };
var iw = (e, t, n = 0, o, r) =>
  n
    ? ae.setTimeout(() => {
        let i = `@smithy/node-http-handler - [${o ? 'ERROR' : 'WARN'}] a request has exceeded the configured ${n} ms requestTimeout.`;
        if (o) {
          const s = Object.assign(new Error(i), { name: 'TimeoutError', code: 'ETIMEDOUT' });
          e.destroy(s), t(s);
        } else
          (i += ' Init client requestHandler with throwOnRequestTimeout=true to turn this into an error.'),
            r?.warn?.(i);
      }, n)
    : -1;
var H1 = 3e3,
  sw = (e, { keepAlive: t, keepAliveMsecs: n }, o = H1) => {
    if (t !== !0) return -1;
    const r = () => {
      e.socket
        ? e.socket.setKeepAlive(t, n || 0)
        : e.on('socket', (i) => {
            i.setKeepAlive(t, n || 0);
          });
    };
    return o === 0 ? (r(), 0) : ae.setTimeout(r, o);
  };
var bu = (e) => {
  const t = e?.defaultSocketTimeout;
  return typeof t == 'number' && Number.isFinite(t) && t > 0 ? t : void 0;
};
var K1 = 3e3,
  Cf = (e, t, n = 0, o = !1) => {
    if (!Number.isFinite(n) || n <= 0) return;
    let r;
    e.once('response', (c) => (r = c));
    const i = () => {
        if (r?.complete) {
          e.socket?.destroy();
          return;
        }
        const c = Object.assign(
          new Error(
            `@smithy/node-http-handler - the request socket timed out after ${n} ms of inactivity (${o ? 'service default socket timeout' : 'configured by client requestHandler'}).`,
          ),
          { name: 'TimeoutError' },
        );
        r?.destroy(c), e.destroy(), t(c);
      },
      s = () => {
        const { socket: c } = e;
        c
          ? c.connecting
            ? c.once('connect', s)
            : (c.setTimeout(n, i), e.on('close', () => c.removeListener('timeout', i)))
          : e.once('socket', s);
      };
    if (n < 6e3) {
      s();
      return;
    }
    const a = ae.setTimeout(s, K1);
    e.once('close', () => ae.clearTimeout(a));
  };

import { Readable as q1 } from 'node:stream';

var aw = 6e3;
async function cw(e, t, n = aw, o = !1) {
  let r = t.headers,
    i = r ? r.Expect || r.expect : void 0,
    s = -1,
    a = !0;
  !o &&
    i === '100-continue' &&
    (a = await Promise.race([
      new Promise((c) => {
        s = Number(ae.setTimeout(() => c(!0), Math.max(aw, n)));
      }),
      new Promise((c) => {
        e.on('continue', () => {
          ae.clearTimeout(s), c(!0);
        }),
          e.on('response', () => {
            ae.clearTimeout(s), c(!1);
          }),
          e.on('error', () => {
            ae.clearTimeout(s), c(!1);
          });
      }),
    ])),
    a && W1(e, t.body);
}
function W1(e, t) {
  if (t instanceof q1) {
    t.pipe(e);
    return;
  }
  if (t) {
    const n = Buffer.isBuffer(t);
    if (n || typeof t == 'string') {
      n && t.byteLength === 0 ? e.end() : e.end(t);
      return;
    }
    const r = t;
    if (
      typeof r == 'object' &&
      r.buffer &&
      typeof r.byteOffset == 'number' &&
      typeof r.byteLength == 'number'
    ) {
      e.end(Buffer.from(r.buffer, r.byteOffset, r.byteLength));
      return;
    }
    e.end(Buffer.from(t));
    return;
  }
  e.end();
}
var $u,
  uw,
  nr = class e {
    config;
    configProvider;
    socketWarningTimestamp = 0;
    externalAgent = !1;
    metadata = { handlerProtocol: 'http/1.1' };
    static create(t) {
      return typeof t?.handle == 'function' ? t : new e(t);
    }
    static checkSocketUsage(t, n, o = console) {
      const { sockets: r, requests: i, maxSockets: s } = t;
      if (typeof s != 'number' || s === 1 / 0 || Date.now() - 15e3 < n) return n;
      if (r && i)
        for (const c in r) {
          if (!N(r, c)) continue;
          const u = r[c]?.length ?? 0,
            l = i[c]?.length ?? 0;
          if (u >= s && l >= 2 * s)
            return (
              o?.warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${u} and ${l} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),
              Date.now()
            );
        }
      return n;
    }
    constructor(t) {
      this.configProvider = new Promise((n, o) => {
        typeof t == 'function'
          ? t()
              .then((r) => {
                n(this.resolveDefaultConfig(r));
              })
              .catch(o)
          : n(this.resolveDefaultConfig(t));
      });
    }
    destroy() {
      this.config?.httpAgent?.destroy(), this.config?.httpsAgent?.destroy();
    }
    async handle(t, { abortSignal: n, requestTimeout: o } = {}) {
      this.config || (this.config = await this.configProvider);
      const r = this.config,
        i = r.logger,
        s = t.protocol === 'https:';
      return (
        !s && !this.config.httpAgent && (this.config.httpAgent = await this.config.httpAgentProvider()),
        new Promise((a, c) => {
          let u,
            l = -1,
            d = -1,
            p = -1,
            m = -1,
            f = () => {
              ae.clearTimeout(l), ae.clearTimeout(d), ae.clearTimeout(p), ae.clearTimeout(m);
            },
            g = async (ce) => {
              await u, f(), a(ce);
            },
            h = async (ce) => {
              await u, f(), c(ce);
            };
          if (n?.aborted) {
            const ce = Df(n);
            h(ce);
            return;
          }
          let x = t.headers,
            S = x ? (x.Expect ?? x.expect) === '100-continue' : !1,
            R = s ? r.httpsAgent : r.httpAgent;
          S && !this.externalAgent && (R = new (s ? ss.Agent : $u)({ keepAlive: !1, maxSockets: 1 / 0 })),
            (l = ae.setTimeout(
              () => {
                this.socketWarningTimestamp = e.checkSocketUsage(R, this.socketWarningTimestamp, i);
              },
              r.socketAcquisitionWarningTimeout ?? (r.requestTimeout ?? 2e3) + (r.connectionTimeout ?? 1e3),
            ));
          let I = t.query ? zm(t.query) : '',
            k;
          if (t.username != null || t.password != null) {
            const ce = t.username ?? '',
              dr = t.password ?? '';
            k = `${ce}:${dr}`;
          }
          let P = t.path;
          I && (P += `?${I}`), t.fragment && (P += `#${t.fragment}`);
          let j = t.hostname ?? '';
          j[0] === '[' && j.endsWith(']') ? (j = t.hostname.slice(1, -1)) : (j = t.hostname);
          const Je = {
              headers: t.headers,
              host: j,
              method: t.method,
              path: P,
              port: t.port,
              agent: R,
              auth: k,
            },
            Xe = (s ? ss.request : uw)(Je, (ce) => {
              const dr = new Pe({
                statusCode: ce.statusCode || -1,
                reason: ce.statusMessage,
                headers: rw(ce.headers),
                body: ce,
              });
              g({ response: dr });
            });
          if (
            (Xe.on('error', (ce) => {
              tw.includes(ce.code) ? h(Object.assign(ce, { name: 'TimeoutError' })) : h(ce);
            }),
            n)
          ) {
            const ce = () => {
              Xe.destroy();
              const dr = Df(n);
              h(dr);
            };
            if (typeof n.addEventListener == 'function') {
              const dr = n;
              dr.addEventListener('abort', ce, { once: !0 }),
                Xe.once('close', () => dr.removeEventListener('abort', ce));
            } else n.onabort = ce;
          }
          const _i = o ?? r.requestTimeout;
          (d = ow(Xe, h, r.connectionTimeout)), (p = iw(Xe, h, _i, r.throwOnRequestTimeout, i ?? console));
          const xa = r.socketTimeout === void 0 ? bu(r) : void 0;
          xa ? Cf(Xe, h, xa, !0) : Cf(Xe, h, r.socketTimeout);
          const oo = Je.agent;
          typeof oo == 'object' &&
            'keepAlive' in oo &&
            (m = sw(Xe, { keepAlive: oo.keepAlive, keepAliveMsecs: oo.keepAliveMsecs })),
            (u = cw(Xe, t, _i, this.externalAgent).catch((ce) => (f(), c(ce))));
        })
      );
    }
    updateHttpClientConfig(t, n) {
      (this.config = void 0),
        (this.configProvider = this.configProvider.then((o) => {
          switch (t) {
            case Symbol.for('logger'):
              (t = 'logger'), (n = o.logger ?? n);
              break;
            case Symbol.for('@smithy/defaultSocketTimeout'):
              (t = 'defaultSocketTimeout'), (n = bu(o) ?? n);
              break;
          }
          return { ...o, [t]: n };
        }));
    }
    httpHandlerConfigs() {
      return this.config ?? {};
    }
    resolveDefaultConfig(t) {
      let {
          requestTimeout: n,
          connectionTimeout: o,
          socketTimeout: r,
          socketAcquisitionWarningTimeout: i,
          httpAgent: s,
          httpsAgent: a,
          throwOnRequestTimeout: c,
          logger: u,
        } = t || {},
        l = !0,
        d = 50,
        p;
      return {
        connectionTimeout: o,
        requestTimeout: n,
        socketTimeout: r,
        defaultSocketTimeout: bu(t),
        socketAcquisitionWarningTimeout: i,
        throwOnRequestTimeout: c,
        httpAgentProvider: () =>
          (p ??= (async () => {
            const m = await import('node:http'),
              { Agent: f, request: g } = m.default ?? m;
            return (
              (uw = g),
              ($u = f),
              s instanceof $u || typeof s?.destroy == 'function'
                ? ((this.externalAgent = !0), s)
                : new $u({ keepAlive: l, maxSockets: d, ...s })
            );
          })()),
        httpsAgent:
          a instanceof ss.Agent || typeof a?.destroy == 'function'
            ? ((this.externalAgent = !0), a)
            : new ss.Agent({ keepAlive: l, maxSockets: d, ...a }),
        logger: u,
      };
    }
  };
V();
re();
he();
var Eu = class {
  queryCompat;
  errorRegistry;
  constructor(t = !1) {
    this.queryCompat = t;
  }
  resolveRestContentType(t, n) {
    const o = n.getMemberSchemas(),
      r = Object.values(o).find((i) => !!i.getMergedTraits().httpPayload);
    if (r) {
      const i = r.getMergedTraits().mediaType;
      return i || (r.isStringSchema() ? 'text/plain' : r.isBlobSchema() ? 'application/octet-stream' : t);
    } else if (
      !n.isUnitSchema() &&
      Object.values(o).find((s) => {
        const {
          httpQuery: a,
          httpQueryParams: c,
          httpHeader: u,
          httpLabel: l,
          httpPrefixHeaders: d,
        } = s.getMergedTraits();
        return !a && !c && !u && !l && d === void 0;
      })
    )
      return t;
  }
  async getErrorSchemaOrThrowBaseException(t, n, o, r, i, s) {
    let a = t;
    t.includes('#') && ([, a] = t.split('#'));
    const c = { $metadata: i, $fault: o.statusCode < 500 ? 'client' : 'server' };
    if (!this.errorRegistry) throw new Error('@aws-sdk/core/protocols - error handler not initialized.');
    try {
      return { errorSchema: s?.(this.errorRegistry, a) ?? this.errorRegistry.getSchema(t), errorMetadata: c };
    } catch {
      r.message = r.message ?? r.Message ?? 'UnknownError';
      const l = this.errorRegistry,
        d = l.getBaseException();
      if (d) {
        const f = l.getErrorCtor(d) ?? Error;
        throw this.decorateServiceException(Object.assign(new f({ name: a }), c), r);
      }
      const p = r,
        m = p?.message ?? p?.Message ?? p?.Error?.Message ?? p?.Error?.message;
      throw this.decorateServiceException(Object.assign(new Error(m), { name: a }, c), r);
    }
  }
  compose(t, n, o) {
    let r = o;
    n.includes('#') && ([r] = n.split('#'));
    const i = ge.for(r),
      s = ge.for('smithy.ts.sdk.synthetic.' + o);
    t.copyFrom(i), t.copyFrom(s), (this.errorRegistry = t);
  }
  decorateServiceException(t, n = {}) {
    if (this.queryCompat) {
      const o = t.Message ?? n.Message,
        r = Ia(t, n);
      o && (r.message = o);
      const i = r.Error ?? {};
      (i.Type = r.Error?.Type),
        (i.Code = r.Error?.Code),
        (i.Message = r.Error?.message ?? r.Error?.Message ?? o),
        (r.Error = i);
      const s = r.$metadata.requestId;
      return (s && (r.RequestId = s), r);
    }
    return Ia(t, n);
  }
  setQueryCompatError(t, n) {
    const o = n.headers?.['x-amzn-query-error'];
    if (t !== void 0 && o != null) {
      const [r, i] = o.split(';'),
        s = Object.keys(t),
        a = { Code: r, Type: i };
      (t.Code = r), (t.Type = i);
      for (let c = 0; c < s.length; c++) {
        const u = s[c];
        a[u === 'message' ? 'Message' : u] = t[u];
      }
      delete a.__type, (t.Error = a);
    }
  }
  queryCompatOutput(t, n) {
    t.Error && (n.Error = t.Error), t.Type && (n.Type = t.Type), t.Code && (n.Code = t.Code);
  }
  findQueryCompatibleError(t, n) {
    try {
      return t.getSchema(n);
    } catch {
      return t.find((r) => q.of(r).getMergedTraits().awsQueryError?.[0] === n);
    }
  }
};
he();
var Ao = class extends Mi {
  serializer;
  deserializer;
  serviceTarget;
  codec;
  mixin;
  awsQueryCompatible;
  constructor({
    defaultNamespace: t,
    errorTypeRegistries: n,
    serviceTarget: o,
    awsQueryCompatible: r,
    jsonCodec: i,
  }) {
    super({ defaultNamespace: t, errorTypeRegistries: n }),
      (this.serviceTarget = o),
      (this.codec = i ?? new Er({ timestampFormat: { useTrait: !0, default: 7 }, jsonName: !1 })),
      (this.serializer = this.codec.createSerializer()),
      (this.deserializer = this.codec.createDeserializer()),
      (this.awsQueryCompatible = !!r),
      (this.mixin = new Eu(this.awsQueryCompatible));
  }
  async serializeRequest(t, n, o) {
    const r = await super.serializeRequest(t, n, o);
    return (
      r.path.endsWith('/') || (r.path += '/'),
      (r.headers['content-type'] = `application/x-amz-json-${this.getJsonRpcVersion()}`),
      (r.headers['x-amz-target'] = `${this.serviceTarget}.${t.name}`),
      this.awsQueryCompatible && (r.headers['x-amzn-query-mode'] = 'true'),
      (Jr(t.input) === 'unit' || !r.body) && (r.body = '{}'),
      r
    );
  }
  getPayloadCodec() {
    return this.codec;
  }
  async handleError(t, n, o, r, i) {
    const { awsQueryCompatible: s } = this;
    s && this.mixin.setQueryCompatError(r, o);
    const a = lc(o, r, s) ?? 'Unknown';
    this.mixin.compose(this.compositeErrorRegistry, a, this.options.defaultNamespace);
    const { errorSchema: c, errorMetadata: u } = await this.mixin.getErrorSchemaOrThrowBaseException(
        a,
        this.options.defaultNamespace,
        o,
        r,
        i,
        s ? this.mixin.findQueryCompatibleError : void 0,
      ),
      l = q.of(c),
      d = r.message ?? r.Message ?? 'UnknownError',
      p = this.compositeErrorRegistry.getErrorCtor(c) ?? Error,
      m = new p({}),
      f = {},
      g = this.codec.createDeserializer();
    for (const [h, x] of l.structIterator()) r[h] != null && (f[h] = g.readObject(x, r[h]));
    throw (
      s && this.mixin.queryCompatOutput(r, f),
      this.mixin.decorateServiceException(
        Object.assign(m, u, { $fault: l.getMergedTraits().error, message: d }, f),
        r,
      )
    );
  }
};
var as = class extends Ao {
  constructor({
    defaultNamespace: t,
    errorTypeRegistries: n,
    serviceTarget: o,
    awsQueryCompatible: r,
    jsonCodec: i,
  }) {
    super({
      defaultNamespace: t,
      errorTypeRegistries: n,
      serviceTarget: o,
      awsQueryCompatible: r,
      jsonCodec: i,
    });
  }
  getShapeId() {
    return 'aws.protocols#awsJson1_0';
  }
  getJsonRpcVersion() {
    return '1.0';
  }
  getDefaultContentType() {
    return 'application/x-amz-json-1.0';
  }
};
var Nn = class extends Ao {
  constructor({
    defaultNamespace: t,
    errorTypeRegistries: n,
    serviceTarget: o,
    awsQueryCompatible: r,
    jsonCodec: i,
  }) {
    super({
      defaultNamespace: t,
      errorTypeRegistries: n,
      serviceTarget: o,
      awsQueryCompatible: r,
      jsonCodec: i,
    });
  }
  getShapeId() {
    return 'aws.protocols#awsJson1_1';
  }
  getJsonRpcVersion() {
    return '1.1';
  }
  getDefaultContentType() {
    return 'application/x-amz-json-1.1';
  }
};
he();
V();
var lw = 'com.amazonaws.dynamodb#AttributeValue',
  Of = class extends $r {
    writeValue(t, n, o) {
      if (n != null && typeof n == 'object') {
        const r = q.of(t);
        if (r.isStructSchema() && r.getName(!0) === lw) {
          this.writeAttributeValue(n);
          return;
        }
      }
      super.writeValue(t, n, o);
    }
    writeAttributeValue(t) {
      const n = this.serdeContext?.base64Encoder ?? dt;
      this.writeAscii('{');
      let o = !0;
      for (const r in t) {
        const i = t[r];
        if (i != null)
          switch ((o || this.writeAscii(','), (o = !1), this.writeAsciiQuoted(r), this.writeAscii(':'), r)) {
            case 'B':
              i instanceof Uint8Array ? this.writeBase64(i) : this.writeJsonString(i);
              break;
            case 'BS':
              this.writeAscii('[');
              {
                const s = i;
                for (let a = 0; a < s.length; a++) {
                  a > 0 && this.writeAscii(',');
                  const c = s[a];
                  c instanceof Uint8Array ? this.writeBase64(c) : this.writeJsonString(n(c));
                }
              }
              this.writeAscii(']');
              break;
            case 'L':
              this.writeAscii('[');
              {
                const s = i;
                for (let a = 0; a < s.length; a++)
                  a > 0 && this.writeAscii(','),
                    s[a] != null ? this.writeAttributeValue(s[a]) : this.writeAscii('null');
              }
              this.writeAscii(']');
              break;
            case 'M':
              this.writeAscii('{');
              {
                let s = i,
                  a = !0;
                for (const c in s)
                  s[c] != null &&
                    (a || this.writeAscii(','),
                    (a = !1),
                    this.writeJsonString(c),
                    this.writeAscii(':'),
                    this.writeAttributeValue(s[c]));
              }
              this.writeAscii('}');
              break;
            case 'SS':
            case 'NS':
              this.writeAscii('[');
              {
                const s = i;
                for (let a = 0; a < s.length; a++) a > 0 && this.writeAscii(','), this.writeJsonString(s[a]);
              }
              this.writeAscii(']');
              break;
            case 'S':
            case 'N':
              this.writeJsonString(i);
              break;
            case 'BOOL':
              this.writeAscii(i ? 'true' : 'false');
              break;
            case 'NULL':
              this.writeAscii(i ? 'true' : 'false');
              break;
            default:
              this.writeAscii(JSON.stringify(i));
              break;
          }
      }
      this.writeAscii('}');
    }
  },
  Nf = class extends br {
    _read(t, n) {
      const o = q.of(t);
      return o.isStructSchema() && o.getName(!0) === lw && n && typeof n == 'object'
        ? this.readAttributeValue(n)
        : super._read(o, n);
    }
    readAttributeValue(t) {
      const n = this.serdeContext?.base64Decoder ?? lt,
        o = t;
      if (
        (typeof t.B == 'string' && (o.B = n(t.B)),
        Array.isArray(t.BS) && (o.BS = t.BS.map(n)),
        Array.isArray(t.L) && (o.L = t.L.map((r) => this.readAttributeValue(r))),
        t.M && typeof t.M == 'object')
      ) {
        const r = t.M;
        for (const i in r) r[i] = this.readAttributeValue(r[i]);
      }
      return o;
    }
  },
  cs = class extends Er {
    constructor() {
      super({ timestampFormat: { useTrait: !0, default: 7 }, jsonName: !1 });
    }
    createSerializer() {
      const t = new Of(this.settings);
      return (t.setSerdeContext(this.serdeContext), t);
    }
    createDeserializer() {
      const t = new Nf(this.settings);
      return (t.setSerdeContext(this.serdeContext), t);
    }
  };
go();
re();
V();
Ee();
Ee();
var Ne = 'ref',
  It = 'argv',
  Ve = -1,
  us = !0,
  ko = !1,
  Po = 'isSet',
  ls = 'booleanEquals',
  Pw = 'PartitionResult',
  Oe = 'stringEquals',
  wt = 'getAttr',
  Dw = 'parsedEndpoint',
  dw = 'aws.parseArn',
  pw = (e) => 'ParsedArn_ssa_' + e,
  mw = 'service',
  Uf = 'dynamodb',
  ds = 'isValidHostLabel',
  fw = 'accountId',
  gw = 'FirstArn',
  hw = (e) =>
    'https://{ParsedArn_ssa_' + e + '#accountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}',
  vw = (e) => 'https://{ParsedArn_ssa_' + e + '#accountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}',
  yw = (e) => 'https://{ParsedArn_ssa_' + e + '#accountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}',
  _w = (e) => 'https://{ParsedArn_ssa_' + e + '#accountId}.ddb.{Region}.{PartitionResult#dnsSuffix}',
  Dr = { [Ne]: 'Region' },
  Lf = { [Ne]: Pw },
  xw = { fn: wt, [It]: [{ [Ne]: Dw }, 'authority'] },
  zf = { [Ne]: 'AccountIdEndpointMode' },
  Sw = { fn: wt, [It]: [Lf, 'name'] },
  Mf = { [Ne]: 'ParsedArn_ssa_2' },
  bw = { fn: wt, [It]: [Mf, 'region'] },
  $w = { [Ne]: 'ResourceArnList' },
  Ew = { fn: wt, [It]: [{ [Ne]: 'ParsedArn_ssa_1' }, 'region'] },
  Iw = { [Ne]: 'ParsedArn_ssa_1' },
  ww = { [Ne]: 'AccountId' },
  or = {},
  mt = { metricValues: ['O'] },
  Rw = [Dr],
  Tw = [{ [Ne]: 'Endpoint' }],
  Aw = [{ [Ne]: 'ResourceArn' }],
  kw = {
    conditions: [
      [Po, Rw],
      [Po, Tw],
      [ls, [{ [Ne]: 'UseFIPS' }, us]],
      [ls, [{ [Ne]: 'UseDualStack' }, us]],
      ['aws.partition', Rw, Pw],
      [Oe, [Dr, 'local']],
      [ls, [{ fn: wt, [It]: [Lf, 'supportsFIPS'] }, us]],
      ['parseURL', Tw, Dw],
      [Oe, ['dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}', xw]],
      [ls, [{ fn: wt, [It]: [Lf, 'supportsDualStack'] }, us]],
      [Oe, ['search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}', xw]],
      [Po, [zf]],
      [Oe, [Dr, 'us-gov-east-1']],
      [Oe, [Dr, 'cn-north-1']],
      [Oe, [Dr, 'cn-northwest-1']],
      [Oe, [Dr, 'us-gov-west-1']],
      [Oe, [Sw, 'aws']],
      [Oe, [zf, 'disabled']],
      [Po, Aw],
      [dw, Aw, pw(2)],
      [Oe, [{ fn: wt, [It]: [Mf, mw] }, Uf]],
      [Oe, [bw, Dr]],
      [ds, [{ fn: wt, [It]: [Mf, fw] }, ko]],
      [ds, [bw, ko]],
      [Po, [$w]],
      [wt, [$w, '[0]'], gw],
      [dw, [{ [Ne]: gw }], pw(1)],
      [Oe, [Ew, Dr]],
      [Oe, [{ fn: wt, [It]: [Iw, mw] }, Uf]],
      [ds, [{ fn: wt, [It]: [Iw, fw] }, ko]],
      [ds, [Ew, ko]],
      [Po, [ww]],
      [Oe, [zf, 'required']],
      [ds, [ww, ko]],
      [Oe, [Sw, 'aws-us-gov']],
      [ls, [{ fn: 'coalesce', [It]: [{ [Ne]: 'IsSearchOperation' }, ko] }, us]],
    ],
    results: [
      [Ve],
      [Ve, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
      [Ve, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
      [
        Ve,
        'Endpoint override is not supported for dual-stack endpoints. Please enable dual-stack functionality by enabling the configuration. For more details, see: https://docs.aws.amazon.com/sdkref/latest/guide/feature-endpoints.html',
      ],
      ['{Endpoint}', or],
      [Ve, 'Invalid Configuration: FIPS and local endpoint are not supported'],
      [Ve, 'Invalid Configuration: Dualstack and local endpoint are not supported'],
      [
        'http://localhost:8000',
        { authSchemes: [{ name: 'sigv4', signingName: Uf, signingRegion: 'us-east-1' }] },
      ],
      [
        Ve,
        'Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported',
      ],
      ['https://search-dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', or],
      ['https://dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', or],
      [Ve, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
      ['https://search-dynamodb.{Region}.{PartitionResult#dnsSuffix}', or],
      ['https://dynamodb.{Region}.{PartitionResult#dnsSuffix}', or],
      ['https://search-dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}', or],
      ['https://dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}', or],
      [Ve, 'FIPS is enabled but this partition does not support FIPS'],
      [
        Ve,
        'Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this region',
      ],
      ['https://search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}', or],
      ['https://dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}', or],
      [hw(2), mt],
      [vw(2), mt],
      [hw(1), mt],
      [vw(1), mt],
      ['https://{AccountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}', mt],
      ['https://{AccountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}', mt],
      [Ve, 'Credentials-sourced account ID parameter is invalid'],
      [Ve, 'AccountIdEndpointMode is required but no AccountID was provided or able to be loaded'],
      [Ve, 'DualStack is enabled but this partition does not support DualStack'],
      [yw(2), mt],
      [_w(2), mt],
      [yw(1), mt],
      [_w(1), mt],
      ['https://{AccountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}', mt],
      ['https://{AccountId}.ddb.{Region}.{PartitionResult#dnsSuffix}', mt],
      [Ve, 'Invalid Configuration: Missing Region'],
    ],
  },
  J1 = 2,
  C = 1e8,
  X1 = new Int32Array([
    -1,
    1,
    -1,
    0,
    6,
    3,
    1,
    4,
    C + 35,
    2,
    C + 1,
    5,
    3,
    C + 2,
    C + 4,
    1,
    85,
    7,
    2,
    69,
    8,
    3,
    38,
    9,
    4,
    10,
    C + 35,
    5,
    C + 7,
    11,
    11,
    12,
    77,
    12,
    18,
    13,
    13,
    18,
    14,
    14,
    18,
    15,
    15,
    18,
    16,
    16,
    18,
    17,
    32,
    C + 17,
    77,
    17,
    37,
    19,
    18,
    20,
    25,
    19,
    21,
    25,
    20,
    22,
    25,
    21,
    23,
    25,
    22,
    24,
    25,
    23,
    36,
    25,
    24,
    26,
    32,
    25,
    27,
    32,
    26,
    28,
    32,
    27,
    29,
    32,
    28,
    30,
    32,
    29,
    31,
    32,
    30,
    35,
    32,
    31,
    33,
    37,
    33,
    34,
    C + 26,
    35,
    C + 33,
    C + 34,
    35,
    C + 31,
    C + 32,
    35,
    C + 29,
    C + 30,
    32,
    C + 27,
    77,
    4,
    39,
    C + 35,
    5,
    C + 6,
    40,
    9,
    41,
    C + 28,
    11,
    42,
    68,
    12,
    48,
    43,
    13,
    48,
    44,
    14,
    48,
    45,
    15,
    48,
    46,
    16,
    48,
    47,
    32,
    C + 17,
    68,
    17,
    67,
    49,
    18,
    50,
    55,
    19,
    51,
    55,
    20,
    52,
    55,
    21,
    53,
    55,
    22,
    54,
    55,
    23,
    66,
    55,
    24,
    56,
    62,
    25,
    57,
    62,
    26,
    58,
    62,
    27,
    59,
    62,
    28,
    60,
    62,
    29,
    61,
    62,
    30,
    65,
    62,
    31,
    63,
    67,
    33,
    64,
    C + 26,
    35,
    C + 24,
    C + 25,
    35,
    C + 22,
    C + 23,
    35,
    C + 20,
    C + 21,
    32,
    C + 27,
    68,
    35,
    C + 18,
    C + 19,
    3,
    78,
    70,
    4,
    71,
    C + 35,
    5,
    C + 5,
    72,
    6,
    73,
    C + 16,
    11,
    74,
    75,
    32,
    C + 8,
    75,
    34,
    77,
    76,
    35,
    C + 14,
    C + 15,
    35,
    C + 12,
    C + 13,
    4,
    79,
    C + 35,
    5,
    C + 5,
    80,
    6,
    81,
    C + 11,
    9,
    82,
    C + 11,
    11,
    83,
    84,
    32,
    C + 8,
    84,
    35,
    C + 9,
    C + 10,
    2,
    C + 1,
    86,
    3,
    C + 2,
    87,
    4,
    88,
    C + 4,
    7,
    89,
    C + 4,
    8,
    C + 3,
    90,
    10,
    C + 3,
    C + 4,
  ]),
  Cw = Jt.from(X1, J1, kw.conditions, kw.results);
var Y1 = new Xt({
    size: 50,
    params: [
      'AccountId',
      'AccountIdEndpointMode',
      'Endpoint',
      'IsSearchOperation',
      'Region',
      'ResourceArn',
      'ResourceArnList',
      'UseDualStack',
      'UseFIPS',
    ],
  }),
  Ow = (e, t = {}) => Y1.get(e, () => mn(Cw, { endpointParams: e, logger: t.logger }));
bt.aws = Ar;
var Nw = (e) => ({
  apiVersion: '2012-08-10',
  base64Decoder: e?.base64Decoder ?? lt,
  base64Encoder: e?.base64Encoder ?? dt,
  disableHostPrefix: e?.disableHostPrefix ?? !1,
  endpointProvider: e?.endpointProvider ?? Ow,
  extensions: e?.extensions ?? [],
  httpAuthSchemeProvider: e?.httpAuthSchemeProvider ?? p0,
  httpAuthSchemes: e?.httpAuthSchemes ?? [
    {
      schemeId: 'aws.auth#sigv4',
      identityProvider: (t) => t.getIdentityProvider('aws.auth#sigv4'),
      signer: new pt(),
    },
  ],
  logger: e?.logger ?? new Ye(),
  protocol: e?.protocol ?? as,
  protocolSettings: e?.protocolSettings ?? {
    defaultNamespace: 'com.amazonaws.dynamodb',
    errorTypeRegistries: z0,
    xmlNamespace: 'http://dynamodb.amazonaws.com/doc/2012-08-10/',
    version: '2012-08-10',
    serviceTarget: 'DynamoDB_20120810',
    jsonCodec: new cs(),
  },
  serviceId: e?.serviceId ?? 'DynamoDB',
  sha256: e?.sha256 ?? yr,
  urlParser: e?.urlParser ?? ut,
  utf8Decoder: e?.utf8Decoder ?? $e,
  utf8Encoder: e?.utf8Encoder ?? Fe,
});
var Uw = (e) => {
  Qr(process.version);
  const t = dn(e),
    n = () => t().then(Yr),
    o = Nw(e);
  nn(process.version);
  const r = { profile: e?.profile, logger: o.logger };
  return {
    ...o,
    ...e,
    runtime: 'node',
    defaultsMode: t,
    accountIdEndpointMode: e?.accountIdEndpointMode ?? F(Cp, r),
    authSchemePreference: e?.authSchemePreference ?? F(kr, r),
    bodyLengthChecker: e?.bodyLengthChecker ?? sn,
    credentialDefaultProvider: e?.credentialDefaultProvider ?? To,
    defaultSocketTimeout: on(e?.requestHandler, 3e5),
    defaultUserAgentProvider:
      e?.defaultUserAgentProvider ?? An({ serviceId: o.serviceId, clientVersion: q0.version }),
    endpointDiscoveryEnabledProvider: e?.endpointDiscoveryEnabledProvider ?? F(lf, r),
    maxAttempts: e?.maxAttempts ?? F({ ...In, default: 4 }, e),
    region: e?.region ?? F(Wt, { ...un, ...r }),
    requestHandler: nr.create(e?.requestHandler ?? n),
    retryMode: e?.retryMode ?? F({ ...Rn, default: async () => (await n()).retryMode || er }, e),
    streamCollector: e?.streamCollector ?? vr,
    useDualstackEndpoint: e?.useDualstackEndpoint ?? F(an, r),
    useFipsEndpoint: e?.useFipsEndpoint ?? F(cn, r),
    userAgentAppId: e?.userAgentAppId ?? F(kn, r),
  };
};
re();
var zw = (e) => {
    let t = e.httpAuthSchemes,
      n = e.httpAuthSchemeProvider,
      o = e.credentials;
    return {
      setHttpAuthScheme(r) {
        const i = t.findIndex((s) => s.schemeId === r.schemeId);
        i === -1 ? t.push(r) : t.splice(i, 1, r);
      },
      httpAuthSchemes() {
        return t;
      },
      setHttpAuthSchemeProvider(r) {
        n = r;
      },
      httpAuthSchemeProvider() {
        return n;
      },
      setCredentials(r) {
        o = r;
      },
      credentials() {
        return o;
      },
    };
  },
  Lw = (e) => ({
    httpAuthSchemes: e.httpAuthSchemes(),
    httpAuthSchemeProvider: e.httpAuthSchemeProvider(),
    credentials: e.credentials(),
  });
var Mw = (e, t) => {
  const n = Object.assign(Pn(e), en(e), vn(e), zw(e));
  return (t.forEach((o) => o.configure(n)), Object.assign(e, Dn(n), tn(n), yn(n), Lw(n)));
};
var Iu = class extends Ht {
  config;
  constructor(...[t]) {
    const n = Uw(t || {});
    super(n), (this.initConfig = n);
    const o = f0(n),
      r = Dp(o),
      i = $n(r),
      s = wn(i, { defaultBaseDelay: 25, defaultMaxAttempts: 4 }),
      a = ln(s),
      c = a,
      u = lo(c),
      l = m0(u),
      d = gf(l, { endpointDiscoveryCommandCtor: Su }),
      p = Mw(d, t?.extensions || []);
    (this.config = p),
      this.middlewareStack.use(Xr(this.config)),
      this.middlewareStack.use(Tn(this.config)),
      this.middlewareStack.use($o(this.config)),
      this.middlewareStack.use(_n(this.config)),
      this.middlewareStack.use(xn(this.config)),
      this.middlewareStack.use(Sn(this.config)),
      this.middlewareStack.use(bn(this.config)),
      this.middlewareStack.use(
        wr(this.config, {
          httpAuthSchemeParametersProvider: d0,
          identityProviderConfigProvider: async (m) => new Ut({ 'aws.auth#sigv4': m.credentials }),
        }),
      ),
      this.middlewareStack.use(Rr(this.config));
  }
  destroy() {
    super.destroy();
  }
};
var wu = class extends Lt(v0, Mt, 'BatchGetItem', V0) {};
var ps = class extends Lt(jc, Mt, 'GetItem', Z0) {};
var Ru = class extends Lt(jc, Mt, 'PutItem', H0) {};
var ms = class extends Lt(y0, Mt, 'TransactWriteItems', K0) {};
re();
tt();
Ee();
he();
var fs = { CrtSignerV4: null };
var jf = 'X-Amz-S3session-Token',
  jw = jf.toLowerCase(),
  Tu = class extends Pr {
    async signWithCredentials(t, n, o) {
      const r = Bw(n);
      t.headers[jw] = n.sessionToken;
      return (Fw(this, r), this.signRequest(t, o ?? {}));
    }
    async presignWithCredentials(t, n, o) {
      const r = Bw(n);
      return (
        delete t.headers[jw],
        (t.headers[jf] = n.sessionToken),
        (t.query = t.query ?? {}),
        (t.query[jf] = n.sessionToken),
        Fw(this, r),
        this.presign(t, o)
      );
    }
  };
function Bw(e) {
  return { accessKeyId: e.accessKeyId, secretAccessKey: e.secretAccessKey, expiration: e.expiration };
}
function Fw(e, t) {
  const n = e.credentialProvider;
  e.credentialProvider = () => ((e.credentialProvider = n), Promise.resolve(t));
}
var Un = class {
  sigv4aSigner;
  sigv4Signer;
  signerOptions;
  static sigv4aDependency() {
    return typeof fs.CrtSignerV4 == 'function' ? 'crt' : typeof Mc.SignatureV4a == 'function' ? 'js' : 'none';
  }
  constructor(t) {
    (this.sigv4Signer = new Tu(t)), (this.signerOptions = t);
  }
  async sign(t, n = {}) {
    return n.signingRegion === '*' ? this.getSigv4aSigner().sign(t, n) : this.sigv4Signer.sign(t, n);
  }
  async signWithCredentials(t, n, o = {}) {
    if (o.signingRegion === '*') {
      const r = this.getSigv4aSigner(),
        i = fs.CrtSignerV4;
      if (i && r instanceof i) return r.signWithCredentials(t, n, o);
      throw new Error(
        `signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`,
      );
    }
    return this.sigv4Signer.signWithCredentials(t, n, o);
  }
  async presign(t, n = {}) {
    if (n.signingRegion === '*') {
      const o = this.getSigv4aSigner(),
        r = fs.CrtSignerV4;
      if (r && o instanceof r) return o.presign(t, n);
      throw new Error(
        `presign with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`,
      );
    }
    return this.sigv4Signer.presign(t, n);
  }
  async presignWithCredentials(t, n, o = {}) {
    if (o.signingRegion === '*')
      throw new Error('Method presignWithCredentials is not supported for [signingRegion=*].');
    return this.sigv4Signer.presignWithCredentials(t, n, o);
  }
  getSigv4aSigner() {
    if (!this.sigv4aSigner) {
      const t = fs.CrtSignerV4,
        n = Mc.SignatureV4a;
      if (this.signerOptions.runtime === 'node') {
        if (!t && !n)
          throw new Error(
            'Neither CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt',
          );
        if (t && typeof t == 'function')
          this.sigv4aSigner = new t({ ...this.signerOptions, signingAlgorithm: 1 });
        else if (n && typeof n == 'function') this.sigv4aSigner = new n({ ...this.signerOptions });
        else
          throw new Error(
            "Available SigV4a implementation is not a valid constructor. Please ensure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt",
          );
      } else {
        if (!n || typeof n != 'function')
          throw new Error(
            "JS SigV4a implementation is not available or not a valid constructor. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also register the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a",
          );
        this.sigv4aSigner = new n({ ...this.signerOptions });
      }
    }
    return this.sigv4aSigner;
  }
};
re();
Ee();
Ee();
Ee();
var Do = 'ref',
  ir = -1,
  gs = !0,
  Bf = 'isSet',
  Hw = 'PartitionResult',
  Au = 'booleanEquals',
  Ff = 'stringEquals',
  Vf = 'getAttr',
  Gf = { [Do]: 'Endpoint' },
  Vw = { [Do]: 'EndpointId' },
  Zf = { [Do]: Hw },
  Kf = { [Do]: 'Region' },
  zn = {},
  Hf = { authSchemes: [{ name: 'sigv4a', signingName: 'events', signingRegionSet: ['*'] }] },
  Gw = [Kf],
  Zw = {
    conditions: [
      [Bf, Gw],
      [Bf, [Gf]],
      [Bf, [Vw]],
      ['aws.partition', Gw, Hw],
      [Au, [{ [Do]: 'UseFIPS' }, gs]],
      [Au, [{ [Do]: 'UseDualStack' }, gs]],
      [Ff, [{ fn: Vf, argv: [Zf, 'name'] }, 'aws-us-gov']],
      ['isValidHostLabel', [Vw, gs]],
      [Au, [{ fn: Vf, argv: [Zf, 'supportsFIPS'] }, gs]],
      [Au, [{ fn: Vf, argv: [Zf, 'supportsDualStack'] }, gs]],
      [Ff, [Kf, 'us-gov-east-1']],
      [Ff, [Kf, 'us-gov-west-1']],
    ],
    results: [
      [ir],
      ['https://events.{Region}.{PartitionResult#dualStackDnsSuffix}', zn],
      [Gf, Hf],
      ['https://{EndpointId}.endpoint.events.{PartitionResult#dualStackDnsSuffix}', Hf],
      [ir, 'DualStack is enabled but this partition does not support DualStack'],
      ['https://{EndpointId}.endpoint.events.{PartitionResult#dnsSuffix}', Hf],
      [ir, 'Invalid Configuration: FIPS is not supported with EventBridge multi-region endpoints.'],
      [ir, 'EndpointId must be a valid host label.'],
      [ir, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
      [ir, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
      [Gf, zn],
      ['https://events-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', zn],
      [ir, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
      ['https://events.us-gov-east-1.amazonaws.com', zn],
      ['https://events.us-gov-west-1.amazonaws.com', zn],
      ['https://events-fips.{Region}.{PartitionResult#dnsSuffix}', zn],
      [ir, 'FIPS is enabled but this partition does not support FIPS'],
      ['https://events.{Region}.{PartitionResult#dnsSuffix}', zn],
      [ir, 'Invalid Configuration: Missing Region'],
    ],
  },
  Q1 = 2,
  oe = 1e8,
  eL = new Int32Array([
    -1,
    1,
    -1,
    0,
    4,
    3,
    1,
    27,
    oe + 18,
    1,
    25,
    5,
    2,
    17,
    6,
    3,
    7,
    oe + 18,
    4,
    10,
    8,
    5,
    9,
    oe + 17,
    9,
    oe + 1,
    oe + 4,
    5,
    14,
    11,
    8,
    12,
    oe + 16,
    10,
    oe + 13,
    13,
    11,
    oe + 14,
    oe + 15,
    6,
    oe + 1,
    15,
    8,
    16,
    oe + 12,
    9,
    oe + 11,
    oe + 12,
    3,
    18,
    oe + 18,
    4,
    23,
    19,
    5,
    21,
    20,
    7,
    oe + 5,
    oe + 7,
    7,
    22,
    oe + 7,
    9,
    oe + 3,
    oe + 4,
    5,
    24,
    31,
    6,
    oe + 1,
    31,
    2,
    26,
    27,
    3,
    29,
    27,
    4,
    oe + 8,
    28,
    5,
    oe + 9,
    oe + 10,
    4,
    31,
    30,
    7,
    oe + 2,
    oe + 7,
    7,
    oe + 6,
    oe + 7,
  ]),
  Kw = Jt.from(eL, Q1, Zw.conditions, Zw.results);
var tL = new Xt({ size: 50, params: ['Endpoint', 'EndpointId', 'Region', 'UseDualStack', 'UseFIPS'] }),
  ku = (e, t = {}) => tL.get(e, () => mn(Kw, { endpointParams: e, logger: t.logger }));
bt.aws = Ar;
var rL = (e) => async (t, n, o) => {
    if (!o)
      throw new Error('Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`');
    const r = await e(t, n, o),
      i = fe(n)?.commandInstance?.constructor?.getEndpointParameterInstructions;
    if (!i) throw new Error(`getEndpointParameterInstructions() is not defined on '${n.commandName}'`);
    const s = await Za(o, { getEndpointParameterInstructions: i }, t);
    return Object.assign(r, s);
  },
  nL = async (e, t, n) => ({
    operation: fe(t).operation,
    region:
      (await se(e.region)()) ||
      (() => {
        throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
      })(),
  }),
  qw = rL(nL);
function Ww(e) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'events', region: e.region },
    propertiesExtractor: (t, n) => ({ signingProperties: { config: t, context: n } }),
  };
}
function Jw(e) {
  return {
    schemeId: 'aws.auth#sigv4a',
    signingProperties: { name: 'events', region: e.region },
    propertiesExtractor: (t, n) => ({ signingProperties: { config: t, context: n } }),
  };
}
var oL = (e, t, n) => (r) => {
    const s = e(r).properties?.authSchemes;
    if (!s) return t(r);
    const a = [];
    for (const c of s) {
      const { name: u, properties: l = {}, ...d } = c,
        p = u.toLowerCase();
      u !== p && console.warn(`HttpAuthScheme has been normalized with lowercasing: '${u}' to '${p}'`);
      let m;
      if (p === 'sigv4a') {
        m = 'aws.auth#sigv4a';
        const h = s.find((x) => {
          const S = x.name.toLowerCase();
          return S !== 'sigv4a' && S.startsWith('sigv4');
        });
        if (Un.sigv4aDependency() === 'none' && h) continue;
      } else if (p.startsWith('sigv4')) m = 'aws.auth#sigv4';
      else throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${p}'`);
      const f = n[m];
      if (!f) throw new Error(`Could not find HttpAuthOption create function for '${m}'`);
      const g = f(r);
      (g.schemeId = m), (g.signingProperties = { ...(g.signingProperties || {}), ...d, ...l }), a.push(g);
    }
    return a;
  },
  iL = (e) => {
    const t = [];
    switch (e.operation) {
      default:
        t.push(Ww(e)), t.push(Jw(e));
    }
    return t;
  },
  Xw = oL(ku, iL, { 'aws.auth#sigv4': Ww, 'aws.auth#sigv4a': Jw }),
  Yw = (e) => {
    const t = Io(e),
      n = Pc(t);
    return Object.assign(n, { authSchemePreference: se(e.authSchemePreference ?? []) });
  };
var Qw = (e) =>
    Object.assign(e, {
      useDualstackEndpoint: e.useDualstackEndpoint ?? !1,
      useFipsEndpoint: e.useFipsEndpoint ?? !1,
      defaultSigningName: 'events',
    }),
  eR = {
    UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
    Endpoint: { type: 'builtInParams', name: 'endpoint' },
    Region: { type: 'builtInParams', name: 'region' },
    UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
  };
var tR = {
  name: '@aws-sdk/client-eventbridge',
  version: '3.1169.0',
  description: 'AWS SDK for JavaScript Eventbridge Client for Node.js, Browser and React Native',
  homepage: 'https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-eventbridge',
  license: 'Apache-2.0',
  author: { name: 'AWS SDK for JavaScript Team', url: 'https://aws.amazon.com/sdk-for-javascript/' },
  repository: {
    type: 'git',
    url: 'https://github.com/aws/aws-sdk-js-v3.git',
    directory: 'clients/client-eventbridge',
  },
  files: ['dist-*/**'],
  sideEffects: !1,
  main: './dist-cjs/index.js',
  module: './dist-es/index.js',
  browser: { './dist-es/runtimeConfig': './dist-es/runtimeConfig.browser' },
  types: './dist-types/index.d.ts',
  typesVersions: { '<4.5': { 'dist-types/*': ['dist-types/ts3.4/*'] } },
  'react-native': { './dist-es/runtimeConfig': './dist-es/runtimeConfig.native' },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    'build:cjs': 'node ../../scripts/compilation/inline',
    'build:es': 'premove dist-es && tsc -p tsconfig.es.json',
    'build:include:deps': 'yarn g:turbo run build -F="$npm_package_name"',
    'build:types': 'premove dist-types && tsc -p tsconfig.types.json',
    'build:types:downlevel': 'downlevel-dts dist-types dist-types/ts3.4',
    clean: 'premove dist-cjs dist-es dist-types',
    'extract:docs': 'api-extractor run --local',
    'generate:client': 'node ../../scripts/generate-clients/single-service',
    test: 'yarn g:vitest run',
    'test:watch': 'yarn g:vitest watch',
    'test:index': 'tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs',
  },
  dependencies: {
    '@aws-sdk/core': '^3.981.0',
    '@aws-sdk/credential-provider-node': '^3.972.97',
    '@aws-sdk/signature-v4-multi-region': '^3.996.52',
    '@aws-sdk/types': '^3.975.1',
    '@smithy/core': '^3.40.0',
    '@smithy/fetch-http-handler': '^5.8.1',
    '@smithy/node-http-handler': '^4.14.2',
    '@smithy/types': '^4.20.0',
    tslib: '^2.6.2',
  },
  devDependencies: {
    '@aws-sdk/signature-v4-crt': '3.1169.0',
    '@tsconfig/node20': '20.1.8',
    '@types/node': '^20.14.8',
    concurrently: '7.0.0',
    'downlevel-dts': '0.10.1',
    premove: '4.0.0',
    typescript: '~7.0.2',
  },
  engines: { node: '>=20.0.0' },
};
re();
tt();
V();
go();
re();
V();
he();
re();
var _e = class e extends Kt {
  static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.eventbridge#EventBridgeServiceException';
  constructor(t) {
    super(t), Object.setPrototypeOf(this, e.prototype);
  }
};
var Pu = class e extends _e {
    static shapeId = 'com.amazonaws.eventbridge#AccessDeniedException';
    name = 'AccessDeniedException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'AccessDeniedException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Du = class e extends _e {
    static shapeId = 'com.amazonaws.eventbridge#ConcurrentModificationException';
    name = 'ConcurrentModificationException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ConcurrentModificationException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Cu = class e extends _e {
    static shapeId = 'com.amazonaws.eventbridge#InternalException';
    name = 'InternalException';
    $fault = 'server';
    constructor(t) {
      super({ name: 'InternalException', $fault: 'server', ...t }), Object.setPrototypeOf(this, e.prototype);
    }
  },
  Ou = class e extends _e {
    static shapeId = 'com.amazonaws.eventbridge#InvalidStateException';
    name = 'InvalidStateException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InvalidStateException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Nu = class e extends _e {
    static shapeId = 'com.amazonaws.eventbridge#OperationDisabledException';
    name = 'OperationDisabledException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'OperationDisabledException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Uu = class e extends _e {
    static shapeId = 'com.amazonaws.eventbridge#ResourceNotFoundException';
    name = 'ResourceNotFoundException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ResourceNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  zu = class e extends _e {
    static shapeId = 'com.amazonaws.eventbridge#IllegalStatusException';
    name = 'IllegalStatusException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'IllegalStatusException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Lu = class e extends _e {
    static shapeId = 'com.amazonaws.eventbridge#LimitExceededException';
    name = 'LimitExceededException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'LimitExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Mu = class e extends _e {
    static shapeId = 'com.amazonaws.eventbridge#ResourceAlreadyExistsException';
    name = 'ResourceAlreadyExistsException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ResourceAlreadyExistsException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  ju = class e extends _e {
    static shapeId = 'com.amazonaws.eventbridge#InvalidEventPatternException';
    name = 'InvalidEventPatternException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InvalidEventPatternException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Bu = class e extends _e {
    static shapeId = 'com.amazonaws.eventbridge#ThrottlingException';
    name = 'ThrottlingException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ThrottlingException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Fu = class e extends _e {
    static shapeId = 'com.amazonaws.eventbridge#ManagedRuleException';
    name = 'ManagedRuleException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ManagedRuleException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Vu = class e extends _e {
    static shapeId = 'com.amazonaws.eventbridge#PolicyLengthExceededException';
    name = 'PolicyLengthExceededException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'PolicyLengthExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  };
var aL = 'AccessDeniedException';
var cL = 'ConcurrentModificationException';
var uL = 'DetailType';
var lL = 'Detail';
var dL = 'EventBusName';
var pL = 'ErrorCode';
var mL = 'EndpointId',
  fL = 'EventId';
var gL = 'ErrorMessage';
var rR = 'Entries';
var hL = 'FailedEntryCount';
var vL = 'InternalException',
  yL = 'InvalidEventPatternException';
var _L = 'IllegalStatusException',
  xL = 'InvalidStateException';
var SL = 'LimitExceededException';
var bL = 'ManagedRuleException';
var $L = 'OperationDisabledException';
var EL = 'PutEvents',
  IL = 'PutEventsRequest',
  wL = 'PutEventsRequestEntry',
  RL = 'PutEventsRequestEntryList',
  TL = 'PutEventsResultEntryList',
  AL = 'PutEventsResultEntry',
  kL = 'PutEventsResponse';
var PL = 'PolicyLengthExceededException';
var DL = 'ResourceAlreadyExistsException';
var CL = 'ResourceNotFoundException';
var OL = 'Resources';
var NL = 'Source';
var UL = 'ThrottlingException';
var zL = 'TraceHeader';
var LL = 'Time';
var ft = 'client';
var ot = 'error';
var it = 'message',
  nR = 'smithy.ts.sdk.synthetic.com.amazonaws.eventbridge',
  ML = 'server';
var pe = 'com.amazonaws.eventbridge',
  oR = new ge(nR),
  jL = [-3, nR, 'EventBridgeServiceException', 0, [], []];
oR.registerError(jL, _e);
var Ge = new ge(pe),
  BL = [-3, pe, aL, { [ot]: ft }, [it], [0]];
Ge.registerError(BL, Pu);
var FL = [-3, pe, cL, { [ot]: ft }, [it], [0]];
Ge.registerError(FL, Du);
var VL = [-3, pe, _L, { [ot]: ft }, [it], [0]];
Ge.registerError(VL, zu);
var GL = [-3, pe, vL, { [ot]: ML }, [it], [0]];
Ge.registerError(GL, Cu);
var ZL = [-3, pe, yL, { [ot]: ft }, [it], [0]];
Ge.registerError(ZL, ju);
var HL = [-3, pe, xL, { [ot]: ft }, [it], [0]];
Ge.registerError(HL, Ou);
var KL = [-3, pe, SL, { [ot]: ft }, [it], [0]];
Ge.registerError(KL, Lu);
var qL = [-3, pe, bL, { [ot]: ft }, [it], [0]];
Ge.registerError(qL, Fu);
var WL = [-3, pe, $L, { [ot]: ft }, [it], [0]];
Ge.registerError(WL, Nu);
var JL = [-3, pe, PL, { [ot]: ft }, [it], [0]];
Ge.registerError(JL, Vu);
var XL = [-3, pe, DL, { [ot]: ft }, [it], [0]];
Ge.registerError(XL, Mu);
var YL = [-3, pe, CL, { [ot]: ft }, [it], [0]];
Ge.registerError(YL, Uu);
var QL = [-3, pe, UL, { [ot]: ft }, [it], [0]];
Ge.registerError(QL, Bu);
var iR = [oR, Ge];
var e4 = [3, pe, IL, 0, [rR, mL], [() => o4, 0], 1],
  t4 = [3, pe, wL, 0, [LL, NL, OL, uL, lL, dL, zL], [4, 0, 64, 0, 0, 0, 0]],
  r4 = [3, pe, kL, 0, [hL, rR], [1, () => i4]],
  n4 = [3, pe, AL, 0, [fL, pL, gL], [0, 0, 0]];
var o4 = [1, pe, RL, 0, () => t4],
  i4 = [1, pe, TL, 0, () => n4];
var sR = [9, pe, EL, 0, () => e4, () => r4];
var aR = (e) => ({
  apiVersion: '2015-10-07',
  base64Decoder: e?.base64Decoder ?? lt,
  base64Encoder: e?.base64Encoder ?? dt,
  disableHostPrefix: e?.disableHostPrefix ?? !1,
  endpointProvider: e?.endpointProvider ?? ku,
  extensions: e?.extensions ?? [],
  httpAuthSchemeProvider: e?.httpAuthSchemeProvider ?? Xw,
  httpAuthSchemes: e?.httpAuthSchemes ?? [
    {
      schemeId: 'aws.auth#sigv4',
      identityProvider: (t) => t.getIdentityProvider('aws.auth#sigv4'),
      signer: new pt(),
    },
    {
      schemeId: 'aws.auth#sigv4a',
      identityProvider: (t) => t.getIdentityProvider('aws.auth#sigv4a'),
      signer: new Eo(),
    },
  ],
  logger: e?.logger ?? new Ye(),
  protocol: e?.protocol ?? Nn,
  protocolSettings: e?.protocolSettings ?? {
    defaultNamespace: 'com.amazonaws.eventbridge',
    errorTypeRegistries: iR,
    xmlNamespace: 'http://events.amazonaws.com/doc/2015-10-07',
    version: '2015-10-07',
    serviceTarget: 'AWSEvents',
  },
  serviceId: e?.serviceId ?? 'EventBridge',
  sha256: e?.sha256 ?? yr,
  signerConstructor: e?.signerConstructor ?? Un,
  urlParser: e?.urlParser ?? ut,
  utf8Decoder: e?.utf8Decoder ?? $e,
  utf8Encoder: e?.utf8Encoder ?? Fe,
});
var cR = (e) => {
  Qr(process.version);
  const t = dn(e),
    n = () => t().then(Yr),
    o = aR(e);
  nn(process.version);
  const r = { profile: e?.profile, logger: o.logger };
  return {
    ...o,
    ...e,
    runtime: 'node',
    defaultsMode: t,
    authSchemePreference: e?.authSchemePreference ?? F(kr, r),
    bodyLengthChecker: e?.bodyLengthChecker ?? sn,
    credentialDefaultProvider: e?.credentialDefaultProvider ?? To,
    defaultSocketTimeout: on(e?.requestHandler, 3e5),
    defaultUserAgentProvider:
      e?.defaultUserAgentProvider ?? An({ serviceId: o.serviceId, clientVersion: tR.version }),
    maxAttempts: e?.maxAttempts ?? F(In, e),
    region: e?.region ?? F(Wt, { ...un, ...r }),
    requestHandler: nr.create(e?.requestHandler ?? n),
    retryMode: e?.retryMode ?? F({ ...Rn, default: async () => (await n()).retryMode || er }, e),
    sigv4aSigningRegionSet: e?.sigv4aSigningRegionSet ?? F(Dc, r),
    streamCollector: e?.streamCollector ?? vr,
    useDualstackEndpoint: e?.useDualstackEndpoint ?? F(an, r),
    useFipsEndpoint: e?.useFipsEndpoint ?? F(cn, r),
    userAgentAppId: e?.userAgentAppId ?? F(kn, r),
  };
};
re();
var uR = (e) => {
    let t = e.httpAuthSchemes,
      n = e.httpAuthSchemeProvider,
      o = e.credentials;
    return {
      setHttpAuthScheme(r) {
        const i = t.findIndex((s) => s.schemeId === r.schemeId);
        i === -1 ? t.push(r) : t.splice(i, 1, r);
      },
      httpAuthSchemes() {
        return t;
      },
      setHttpAuthSchemeProvider(r) {
        n = r;
      },
      httpAuthSchemeProvider() {
        return n;
      },
      setCredentials(r) {
        o = r;
      },
      credentials() {
        return o;
      },
    };
  },
  lR = (e) => ({
    httpAuthSchemes: e.httpAuthSchemes(),
    httpAuthSchemeProvider: e.httpAuthSchemeProvider(),
    credentials: e.credentials(),
  });
var dR = (e, t) => {
  const n = Object.assign(Pn(e), en(e), vn(e), uR(e));
  return (t.forEach((o) => o.configure(n)), Object.assign(e, Dn(n), tn(n), yn(n), lR(n)));
};
var Gu = class extends Ht {
  config;
  constructor(...[t]) {
    const n = cR(t || {});
    super(n), (this.initConfig = n);
    const o = Qw(n),
      r = $n(o),
      i = wn(r),
      s = ln(i),
      a = s,
      c = lo(a),
      u = Yw(c),
      l = dR(u, t?.extensions || []);
    (this.config = l),
      this.middlewareStack.use(Xr(this.config)),
      this.middlewareStack.use(Tn(this.config)),
      this.middlewareStack.use($o(this.config)),
      this.middlewareStack.use(_n(this.config)),
      this.middlewareStack.use(xn(this.config)),
      this.middlewareStack.use(Sn(this.config)),
      this.middlewareStack.use(bn(this.config)),
      this.middlewareStack.use(
        wr(this.config, {
          httpAuthSchemeParametersProvider: qw,
          identityProviderConfigProvider: async (d) =>
            new Ut({ 'aws.auth#sigv4': d.credentials, 'aws.auth#sigv4a': d.credentials }),
        }),
      ),
      this.middlewareStack.use(Rr(this.config));
  }
  destroy() {
    super.destroy();
  }
};
re();
Ee();
var pR = rn(eR, 'AWSEvents', 'EventBridgeClient', po);
var mR = { EndpointId: { type: 'contextParams', name: 'EndpointId' } },
  fR = (e, t, n, o) => [];
var Zu = class extends pR(mR, fR, 'PutEvents', sR) {};
var Ue = {
  queueUrl: 'QUEUE_URL',
  tableName: 'TABLE_NAME',
  eventBusName: 'EVENT_BUS_NAME',
  secretId: 'SECRET_ID',
  localSecret: 'LAVA_WEBHOOK_SECRET',
  secretTtlSeconds: 'SECRET_CACHE_TTL_SECONDS',
  toleranceSeconds: 'SIGNATURE_TOLERANCE_SECONDS',
  eventTtlDays: 'EVENT_TTL_DAYS',
  logLevel: 'LOG_LEVEL',
  metricsNamespace: 'METRICS_NAMESPACE',
};
var gR = 30,
  hR = 'LavaWebhooks';
function vR(e, t, n) {
  const o = e[t];
  if (o === void 0 || o === '') return n;
  const r = Number(o);
  if (!Number.isFinite(r) || r < 0) throw new Error(`${t} must be a non-negative number`);
  return r;
}
var qf = { debug: 10, info: 20, warn: 30, error: 40 },
  Wf = (e) => {
    process.stdout.write(`${e}
`);
  };
function s4(e) {
  return e instanceof Error
    ? { name: e.name, message: e.message, ...('$fault' in e ? { fault: e.$fault } : {}) }
    : e;
}
function yR(e) {
  const t = qf[e.level?.toLowerCase() ?? 'info'] ?? qf.info,
    n = e.write ?? Wf,
    o = (r, i, s) => {
      if (qf[r] < t) return;
      const a = { level: r, time: new Date().toISOString(), service: e.service, message: i };
      if (s) for (const [c, u] of Object.entries(s)) u !== void 0 && (a[c] = s4(u));
      n(JSON.stringify(a));
    };
  return {
    debug: (r, i) => o('debug', r, i),
    info: (r, i) => o('info', r, i),
    warn: (r, i) => o('warn', r, i),
    error: (r, i) => o('error', r, i),
  };
}
var Hu = class {
  constructor(t, n, o = Wf) {
    this.namespace = t;
    this.base = n;
    this.write = o;
  }
  namespace;
  base;
  write;
  groups = new Map();
  add(t, n, o = 'Count', r) {
    let i = r ? JSON.stringify(r) : '',
      s = this.groups.get(i);
    s || ((s = { dimensions: r ?? {}, metrics: new Map() }), this.groups.set(i, s));
    const a = s.metrics.get(t);
    a ? a.values.push(n) : s.metrics.set(t, { unit: o, values: [n] });
  }
  flush() {
    const t = Object.keys(this.base);
    for (const n of this.groups.values()) {
      const o = Object.keys(n.dimensions),
        r = {
          _aws: {
            Timestamp: Date.now(),
            CloudWatchMetrics: [
              {
                Namespace: this.namespace,
                Dimensions: o.length ? [t, [...t, ...o]] : [t],
                Metrics: [...n.metrics].map(([i, { unit: s }]) => ({ Name: i, Unit: s })),
              },
            ],
          },
          ...this.base,
          ...n.dimensions,
        };
      for (const [i, { values: s }] of n.metrics) r[i] = s.length === 1 ? s[0] : s;
      this.write(JSON.stringify(r));
    }
    this.groups.clear();
  }
};
re();
tt();
Ee();
he();
re();
var _R = async (e, t, n) => ({
  operation: fe(t).operation,
  region:
    (await se(e.region)()) ||
    (() => {
      throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
    })(),
});
function a4(e) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'secretsmanager', region: e.region },
    propertiesExtractor: (t, n) => ({ signingProperties: { config: t, context: n } }),
  };
}
var xR = (e) => {
    const t = [];
    switch (e.operation) {
      default:
        t.push(a4(e));
    }
    return t;
  },
  SR = (e) => {
    const t = Io(e);
    return Object.assign(t, { authSchemePreference: se(e.authSchemePreference ?? []) });
  };
var bR = (e) =>
    Object.assign(e, {
      useDualstackEndpoint: e.useDualstackEndpoint ?? !1,
      useFipsEndpoint: e.useFipsEndpoint ?? !1,
      defaultSigningName: 'secretsmanager',
    }),
  $R = {
    UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
    Endpoint: { type: 'builtInParams', name: 'endpoint' },
    Region: { type: 'builtInParams', name: 'region' },
    UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
  };
var ER = {
  name: '@aws-sdk/client-secrets-manager',
  version: '3.1164.0',
  description: 'AWS SDK for JavaScript Secrets Manager Client for Node.js, Browser and React Native',
  homepage: 'https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-secrets-manager',
  license: 'Apache-2.0',
  author: { name: 'AWS SDK for JavaScript Team', url: 'https://aws.amazon.com/sdk-for-javascript/' },
  repository: {
    type: 'git',
    url: 'https://github.com/aws/aws-sdk-js-v3.git',
    directory: 'clients/client-secrets-manager',
  },
  files: ['dist-*/**'],
  sideEffects: !1,
  main: './dist-cjs/index.js',
  module: './dist-es/index.js',
  browser: { './dist-es/runtimeConfig': './dist-es/runtimeConfig.browser' },
  types: './dist-types/index.d.ts',
  typesVersions: { '<4.5': { 'dist-types/*': ['dist-types/ts3.4/*'] } },
  'react-native': { './dist-es/runtimeConfig': './dist-es/runtimeConfig.native' },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    'build:cjs': 'node ../../scripts/compilation/inline',
    'build:es': 'premove dist-es && tsc -p tsconfig.es.json',
    'build:include:deps': 'yarn g:turbo run build -F="$npm_package_name"',
    'build:types': 'premove dist-types && tsc -p tsconfig.types.json',
    'build:types:downlevel': 'downlevel-dts dist-types dist-types/ts3.4',
    clean: 'premove dist-cjs dist-es dist-types',
    'extract:docs': 'api-extractor run --local',
    'generate:client': 'node ../../scripts/generate-clients/single-service',
    test: 'yarn g:vitest run --passWithNoTests',
    'test:watch': 'yarn g:vitest watch --passWithNoTests',
    'test:integration': 'yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts',
    'test:integration:watch': 'yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts',
    'test:index': 'tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs',
  },
  dependencies: {
    '@aws-sdk/core': '^3.980.1',
    '@aws-sdk/credential-provider-node': '^3.972.94',
    '@aws-sdk/types': '^3.975.0',
    '@smithy/core': '^3.38.0',
    '@smithy/fetch-http-handler': '^5.8.0',
    '@smithy/node-http-handler': '^4.14.0',
    '@smithy/types': '^4.19.0',
    tslib: '^2.6.2',
  },
  devDependencies: {
    '@smithy/snapshot-testing': '^2.4.0',
    '@tsconfig/node20': '20.1.8',
    '@types/node': '^20.14.8',
    concurrently: '7.0.0',
    'downlevel-dts': '0.10.1',
    premove: '4.0.0',
    typescript: '~7.0.2',
    vitest: '^4.0.17',
  },
  engines: { node: '>=20.0.0' },
};
re();
tt();
V();
go();
re();
V();
Ee();
Ee();
var hs = 'ref',
  Ln = -1,
  Ku = !0,
  IR = 'isSet',
  AR = 'PartitionResult',
  qu = 'booleanEquals',
  Yf = 'getAttr',
  Jf = 'stringEquals',
  wR = { [hs]: 'Endpoint' },
  Qf = { [hs]: AR },
  Xf = { fn: Yf, argv: [Qf, 'name'] },
  Cr = {},
  RR = [{ [hs]: 'Region' }],
  TR = {
    conditions: [
      [IR, [wR]],
      [IR, RR],
      ['aws.partition', RR, AR],
      [qu, [{ [hs]: 'UseFIPS' }, Ku]],
      [qu, [{ [hs]: 'UseDualStack' }, Ku]],
      [qu, [{ fn: Yf, argv: [Qf, 'supportsDualStack'] }, Ku]],
      [qu, [{ fn: Yf, argv: [Qf, 'supportsFIPS'] }, Ku]],
      [Jf, [Xf, 'aws']],
      [Jf, [Xf, 'aws-cn']],
      [Jf, [Xf, 'aws-us-gov']],
    ],
    results: [
      [Ln],
      [Ln, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
      [Ln, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
      [wR, Cr],
      ['https://secretsmanager-fips.{Region}.amazonaws.com', Cr],
      ['https://secretsmanager-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', Cr],
      [Ln, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
      ['https://secretsmanager-fips.{Region}.{PartitionResult#dnsSuffix}', Cr],
      [Ln, 'FIPS is enabled but this partition does not support FIPS'],
      ['https://secretsmanager.{Region}.amazonaws.com', Cr],
      ['https://secretsmanager.{Region}.amazonaws.com.cn', Cr],
      ['https://secretsmanager.{Region}.{PartitionResult#dualStackDnsSuffix}', Cr],
      [Ln, 'DualStack is enabled but this partition does not support DualStack'],
      ['https://secretsmanager.{Region}.{PartitionResult#dnsSuffix}', Cr],
      [Ln, 'Invalid Configuration: Missing Region'],
    ],
  },
  u4 = 2,
  xe = 1e8,
  l4 = new Int32Array([
    -1,
    1,
    -1,
    0,
    17,
    3,
    1,
    4,
    xe + 14,
    2,
    5,
    xe + 14,
    3,
    11,
    6,
    4,
    7,
    xe + 13,
    5,
    8,
    xe + 12,
    7,
    xe + 9,
    9,
    8,
    xe + 10,
    10,
    9,
    xe + 9,
    xe + 11,
    4,
    13,
    12,
    6,
    xe + 7,
    xe + 8,
    5,
    14,
    xe + 6,
    6,
    15,
    xe + 6,
    7,
    xe + 4,
    16,
    9,
    xe + 4,
    xe + 5,
    3,
    xe + 1,
    18,
    4,
    xe + 2,
    xe + 3,
  ]),
  kR = Jt.from(l4, u4, TR.conditions, TR.results);
var d4 = new Xt({ size: 50, params: ['Endpoint', 'Region', 'UseDualStack', 'UseFIPS'] }),
  PR = (e, t = {}) => d4.get(e, () => mn(kR, { endpointParams: e, logger: t.logger }));
bt.aws = Ar;
he();
re();
var we = class e extends Kt {
  static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.secretsmanager#SecretsManagerServiceException';
  constructor(t) {
    super(t), Object.setPrototypeOf(this, e.prototype);
  }
};
var Wu = class e extends we {
    static shapeId = 'com.amazonaws.secretsmanager#DecryptionFailure';
    name = 'DecryptionFailure';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'DecryptionFailure', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Ju = class e extends we {
    static shapeId = 'com.amazonaws.secretsmanager#InternalServiceError';
    name = 'InternalServiceError';
    $fault = 'server';
    Message;
    constructor(t) {
      super({ name: 'InternalServiceError', $fault: 'server', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Xu = class e extends we {
    static shapeId = 'com.amazonaws.secretsmanager#InvalidNextTokenException';
    name = 'InvalidNextTokenException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidNextTokenException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Yu = class e extends we {
    static shapeId = 'com.amazonaws.secretsmanager#InvalidParameterException';
    name = 'InvalidParameterException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidParameterException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Qu = class e extends we {
    static shapeId = 'com.amazonaws.secretsmanager#InvalidRequestException';
    name = 'InvalidRequestException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidRequestException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  el = class e extends we {
    static shapeId = 'com.amazonaws.secretsmanager#ResourceNotFoundException';
    name = 'ResourceNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'ResourceNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  tl = class e extends we {
    static shapeId = 'com.amazonaws.secretsmanager#EncryptionFailure';
    name = 'EncryptionFailure';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'EncryptionFailure', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  rl = class e extends we {
    static shapeId = 'com.amazonaws.secretsmanager#LimitExceededException';
    name = 'LimitExceededException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'LimitExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  nl = class e extends we {
    static shapeId = 'com.amazonaws.secretsmanager#MalformedPolicyDocumentException';
    name = 'MalformedPolicyDocumentException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'MalformedPolicyDocumentException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  ol = class e extends we {
    static shapeId = 'com.amazonaws.secretsmanager#PreconditionNotMetException';
    name = 'PreconditionNotMetException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'PreconditionNotMetException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  il = class e extends we {
    static shapeId = 'com.amazonaws.secretsmanager#ResourceExistsException';
    name = 'ResourceExistsException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'ResourceExistsException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  sl = class e extends we {
    static shapeId = 'com.amazonaws.secretsmanager#PublicPolicyException';
    name = 'PublicPolicyException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'PublicPolicyException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  };
var p4 = 'ARN';
var m4 = 'CreatedDate';
var f4 = 'DecryptionFailure';
var g4 = 'EncryptionFailure';
var h4 = 'GetSecretValue',
  v4 = 'GetSecretValueRequest',
  y4 = 'GetSecretValueResponse';
var _4 = 'InvalidNextTokenException';
var x4 = 'InvalidParameterException',
  S4 = 'InvalidRequestException';
var b4 = 'InternalServiceError';
var $4 = 'LimitExceededException';
var gt = 'Message',
  E4 = 'MalformedPolicyDocumentException';
var I4 = 'Name';
var w4 = 'PreconditionNotMetException',
  R4 = 'PublicPolicyException';
var T4 = 'ResourceExistsException';
var A4 = 'ResourceNotFoundException';
var k4 = 'SecretBinary',
  P4 = 'SecretBinaryType';
var D4 = 'SecretId';
var C4 = 'SecretString',
  O4 = 'SecretStringType';
var DR = 'VersionId';
var N4 = 'VersionStage',
  U4 = 'VersionStages';
var Rt = 'client',
  ht = 'error',
  CR = 'smithy.ts.sdk.synthetic.com.amazonaws.secretsmanager',
  z4 = 'server',
  Se = 'com.amazonaws.secretsmanager',
  OR = new ge(CR),
  L4 = [-3, CR, 'SecretsManagerServiceException', 0, [], []];
OR.registerError(L4, we);
var st = new ge(Se),
  M4 = [-3, Se, f4, { [ht]: Rt }, [gt], [0]];
st.registerError(M4, Wu);
var j4 = [-3, Se, g4, { [ht]: Rt }, [gt], [0]];
st.registerError(j4, tl);
var B4 = [-3, Se, b4, { [ht]: z4 }, [gt], [0]];
st.registerError(B4, Ju);
var F4 = [-3, Se, _4, { [ht]: Rt }, [gt], [0]];
st.registerError(F4, Xu);
var V4 = [-3, Se, x4, { [ht]: Rt }, [gt], [0]];
st.registerError(V4, Yu);
var G4 = [-3, Se, S4, { [ht]: Rt }, [gt], [0]];
st.registerError(G4, Qu);
var Z4 = [-3, Se, $4, { [ht]: Rt }, [gt], [0]];
st.registerError(Z4, rl);
var H4 = [-3, Se, E4, { [ht]: Rt }, [gt], [0]];
st.registerError(H4, nl);
var K4 = [-3, Se, w4, { [ht]: Rt }, [gt], [0]];
st.registerError(K4, ol);
var q4 = [-3, Se, R4, { [ht]: Rt }, [gt], [0]];
st.registerError(q4, sl);
var W4 = [-3, Se, T4, { [ht]: Rt }, [gt], [0]];
st.registerError(W4, il);
var J4 = [-3, Se, A4, { [ht]: Rt }, [gt], [0]];
st.registerError(J4, el);
var NR = [OR, st];
var X4 = [0, Se, P4, 8, 21],
  Y4 = [0, Se, O4, 8, 0];
var Q4 = [3, Se, v4, 0, [D4, DR, N4], [0, 0, 0], 1],
  e6 = [3, Se, y4, 0, [p4, I4, DR, k4, C4, U4, m4], [0, 0, 0, [() => X4, 0], [() => Y4, 0], 64, 4]];
var UR = [9, Se, h4, 0, () => Q4, () => e6];
var zR = (e) => ({
  apiVersion: '2017-10-17',
  base64Decoder: e?.base64Decoder ?? lt,
  base64Encoder: e?.base64Encoder ?? dt,
  disableHostPrefix: e?.disableHostPrefix ?? !1,
  endpointProvider: e?.endpointProvider ?? PR,
  extensions: e?.extensions ?? [],
  httpAuthSchemeProvider: e?.httpAuthSchemeProvider ?? xR,
  httpAuthSchemes: e?.httpAuthSchemes ?? [
    {
      schemeId: 'aws.auth#sigv4',
      identityProvider: (t) => t.getIdentityProvider('aws.auth#sigv4'),
      signer: new pt(),
    },
  ],
  logger: e?.logger ?? new Ye(),
  protocol: e?.protocol ?? Nn,
  protocolSettings: e?.protocolSettings ?? {
    defaultNamespace: 'com.amazonaws.secretsmanager',
    errorTypeRegistries: NR,
    version: '2017-10-17',
    serviceTarget: 'secretsmanager',
  },
  serviceId: e?.serviceId ?? 'Secrets Manager',
  sha256: e?.sha256 ?? yr,
  urlParser: e?.urlParser ?? ut,
  utf8Decoder: e?.utf8Decoder ?? $e,
  utf8Encoder: e?.utf8Encoder ?? Fe,
});
var LR = (e) => {
  Qr(process.version);
  const t = dn(e),
    n = () => t().then(Yr),
    o = zR(e);
  nn(process.version);
  const r = { profile: e?.profile, logger: o.logger };
  return {
    ...o,
    ...e,
    runtime: 'node',
    defaultsMode: t,
    authSchemePreference: e?.authSchemePreference ?? F(kr, r),
    bodyLengthChecker: e?.bodyLengthChecker ?? sn,
    credentialDefaultProvider: e?.credentialDefaultProvider ?? To,
    defaultSocketTimeout: on(e?.requestHandler, 3e5),
    defaultUserAgentProvider:
      e?.defaultUserAgentProvider ?? An({ serviceId: o.serviceId, clientVersion: ER.version }),
    maxAttempts: e?.maxAttempts ?? F(In, e),
    region: e?.region ?? F(Wt, { ...un, ...r }),
    requestHandler: nr.create(e?.requestHandler ?? n),
    retryMode: e?.retryMode ?? F({ ...Rn, default: async () => (await n()).retryMode || er }, e),
    streamCollector: e?.streamCollector ?? vr,
    useDualstackEndpoint: e?.useDualstackEndpoint ?? F(an, r),
    useFipsEndpoint: e?.useFipsEndpoint ?? F(cn, r),
    userAgentAppId: e?.userAgentAppId ?? F(kn, r),
  };
};
re();
var MR = (e) => {
    let t = e.httpAuthSchemes,
      n = e.httpAuthSchemeProvider,
      o = e.credentials;
    return {
      setHttpAuthScheme(r) {
        const i = t.findIndex((s) => s.schemeId === r.schemeId);
        i === -1 ? t.push(r) : t.splice(i, 1, r);
      },
      httpAuthSchemes() {
        return t;
      },
      setHttpAuthSchemeProvider(r) {
        n = r;
      },
      httpAuthSchemeProvider() {
        return n;
      },
      setCredentials(r) {
        o = r;
      },
      credentials() {
        return o;
      },
    };
  },
  jR = (e) => ({
    httpAuthSchemes: e.httpAuthSchemes(),
    httpAuthSchemeProvider: e.httpAuthSchemeProvider(),
    credentials: e.credentials(),
  });
var BR = (e, t) => {
  const n = Object.assign(Pn(e), en(e), vn(e), MR(e));
  return (t.forEach((o) => o.configure(n)), Object.assign(e, Dn(n), tn(n), yn(n), jR(n)));
};
var al = class extends Ht {
  config;
  constructor(...[t]) {
    const n = LR(t || {});
    super(n), (this.initConfig = n);
    const o = bR(n),
      r = $n(o),
      i = wn(r),
      s = ln(i),
      a = s,
      c = lo(a),
      u = SR(c),
      l = BR(u, t?.extensions || []);
    (this.config = l),
      this.middlewareStack.use(Xr(this.config)),
      this.middlewareStack.use(Tn(this.config)),
      this.middlewareStack.use($o(this.config)),
      this.middlewareStack.use(_n(this.config)),
      this.middlewareStack.use(xn(this.config)),
      this.middlewareStack.use(Sn(this.config)),
      this.middlewareStack.use(bn(this.config)),
      this.middlewareStack.use(
        wr(this.config, {
          httpAuthSchemeParametersProvider: _R,
          identityProviderConfigProvider: async (d) => new Ut({ 'aws.auth#sigv4': d.credentials }),
        }),
      ),
      this.middlewareStack.use(Rr(this.config));
  }
  destroy() {
    super.destroy();
  }
};
re();
Ee();
var FR = rn($R, 'secretsmanager', 'SecretsManagerClient', po),
  VR = {},
  GR = (e, t, n, o) => [];
var cl = class extends FR(VR, GR, 'GetSecretValue', UR) {};
var ul = class {
  constructor(t, n) {
    this.load = t;
    this.options = n;
    this.now = n.now ?? Date.now;
  }
  load;
  options;
  value;
  fetchedAt = 0;
  inFlight;
  now;
  async get() {
    const t = this.now() - this.fetchedAt;
    if (this.value && t < this.options.ttlMs) return this.value;
    try {
      return await this.fetch();
    } catch (n) {
      if (this.value && t < this.options.ttlMs + this.options.maxStaleMs) return this.value;
      throw n;
    }
  }
  async refreshAfterMiss() {
    if (!this.value || this.now() - this.fetchedAt < this.options.refreshAfterMissMs) return;
    const t = this.value,
      n = await this.fetch().catch(() => t);
    return n.length === t.length && n.every((o, r) => o === t[r]) ? void 0 : n;
  }
  fetch() {
    return (
      (this.inFlight ??= this.load()
        .then((t) => ((this.value = t), (this.fetchedAt = this.now()), t))
        .finally(() => {
          this.inFlight = void 0;
        })),
      this.inFlight
    );
  }
};
function ZR(e) {
  if (e === void 0 || e.trim() === '') throw new Error('signing secret is empty');
  const t = e.trim();
  if (!t.startsWith('{')) return [e];
  let n;
  try {
    n = JSON.parse(t);
  } catch {
    throw new Error('signing secret looks like JSON but does not parse');
  }
  if (typeof n != 'object' || n === null) throw new Error('signing secret JSON is not an object');
  const { current: o, previous: r } = n;
  if (typeof o != 'string' || o === '')
    throw new Error('signing secret JSON needs a non-empty "current" string');
  if (r != null && typeof r != 'string') throw new Error('signing secret JSON "previous" must be a string');
  return r ? [o, r] : [o];
}
function HR(e) {
  const t = (e ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  if (t.length === 0) throw new Error('LAVA_WEBHOOK_SECRET is empty');
  return t;
}
function t6(e, t) {
  return async () => {
    const n = await e.send(new cl({ SecretId: t }), { abortSignal: AbortSignal.timeout(2e3) });
    return ZR(n.SecretString);
  };
}
function KR(e, t) {
  let n = e[Ue.secretId],
    o;
  if (n) o = t6(t ?? new al({ maxAttempts: 2 }), n);
  else if (e[Ue.localSecret]) {
    const r = HR(e[Ue.localSecret]);
    o = async () => r;
  } else throw new Error(`set ${Ue.secretId} (Secrets Manager) or ${Ue.localSecret}`);
  return new ul(o, {
    ttlMs: Number(e[Ue.secretTtlSeconds] ?? 300) * 1e3,
    refreshAfterMissMs: 5e3,
    maxStaleMs: 36e5,
  });
}

import { createHash as s2 } from 'node:crypto';

var r6 = new TextDecoder('utf-8', { fatal: !0 });
function qR(e) {
  try {
    return r6.decode(e);
  } catch {
    return;
  }
}
function WR(e) {
  let t;
  try {
    t = JSON.parse(e);
  } catch {
    return { ok: !1, error: 'Body is not valid JSON' };
  }
  if (typeof t != 'object' || t === null || Array.isArray(t))
    return { ok: !1, error: 'Body must be a JSON object' };
  const { event: n, data: o } = t;
  return typeof n != 'string' || n === ''
    ? { ok: !1, error: 'Field "event" must be a non-empty string' }
    : typeof o != 'object' || o === null || Array.isArray(o)
      ? { ok: !1, error: 'Field "data" must be an object' }
      : { ok: !0, envelope: { event: n, data: o } };
}
var eg = { sha256: 'body-sha256', eventType: 'event-type', delivery: 'delivery' };
function n6(e) {
  if (e)
    try {
      const t = JSON.parse(e);
      return typeof t.at != 'number' || !Number.isFinite(t.at) || t.at <= 0
        ? void 0
        : {
            at: t.at,
            id: typeof t.id == 'string' ? t.id : '',
            sig: typeof t.sig == 'string' ? t.sig : void 0,
            lsig: typeof t.lsig == 'string' ? t.lsig : void 0,
            enc: t.enc === 'base64' ? 'base64' : void 0,
          };
    } catch {
      return;
    }
}
function JR(e) {
  const t = e.messageAttributes ?? {},
    n = n6(t[eg.delivery]?.stringValue);
  return n
    ? {
        body: n.enc === 'base64' ? Buffer.from(e.body, 'base64').toString('utf8') : e.body,
        plainSignature: n.sig,
        timestampedSignature: n.lsig,
        receivedAt: n.at,
        requestId: n.id,
        sha256: t[eg.sha256]?.stringValue ?? '',
        eventType: t[eg.eventType]?.stringValue ?? '',
      }
    : 'message has no valid delivery attribute';
}

import { timingSafeEqual as i6, createHmac as o6 } from 'node:crypto';

var QR = /^[0-9a-fA-F]{64}$/,
  s6 = /^\d{1,12}$/;
function a6(e) {
  let t,
    n = [];
  for (const o of e.split(',')) {
    const r = o.indexOf('=');
    if (r < 1) return;
    const i = o.slice(0, r).trim(),
      s = o.slice(r + 1).trim();
    if (i === 't') {
      if (t !== void 0 || !s6.test(s)) return;
      t = Number(s);
    } else if (i === 'v1') {
      if (!QR.test(s)) return;
      n.push(Buffer.from(s, 'hex'));
    }
  }
  if (!(t === void 0 || n.length === 0)) return { timestamp: t, digests: n };
}
function XR(e, ...t) {
  const n = o6('sha256', e);
  for (const o of t) n.update(o);
  return n.digest();
}
function YR(e, t, n) {
  for (let o = 0; o < e.length; o++) {
    const r = e[o];
    if (!r) continue;
    const i = n(r);
    if (t.some((s) => i6(s, i))) return o;
  }
  return -1;
}
function tg(e, t, n, o) {
  if (t.timestamped !== void 0) {
    const r = a6(t.timestamped);
    if (!r) return { ok: !1, reason: 'malformed' };
    if (o.checkTimestamp !== !1) {
      const a = o.nowSeconds - r.timestamp;
      if (a > o.toleranceSeconds) return { ok: !1, reason: 'stale' };
      if (-a > o.toleranceSeconds) return { ok: !1, reason: 'future' };
    }
    const i = `${r.timestamp}.`,
      s = YR(n, r.digests, (a) => XR(a, i, e));
    return s < 0
      ? { ok: !1, reason: 'mismatch' }
      : { ok: !0, scheme: 'timestamped', timestamp: r.timestamp, secretIndex: s };
  }
  if (t.plain !== void 0) {
    const r = t.plain.trim();
    if (!QR.test(r)) return { ok: !1, reason: 'malformed' };
    const i = YR(n, [Buffer.from(r, 'hex')], (s) => XR(s, e));
    return i < 0 ? { ok: !1, reason: 'mismatch' } : { ok: !0, scheme: 'plain', secretIndex: i };
  }
  return { ok: !1, reason: 'missing' };
}
var vs = (e) => new Date(e).toISOString();
function c6(e, t) {
  return e === t || JSON.stringify(e) === JSON.stringify(t);
}
function u6(e) {
  const t = { ...e.fields };
  return (
    e.type === 'connection.created'
      ? ((t.status = 'active'), (t.deletedAt = null))
      : e.type === 'connection.deleted' && ((t.status = 'deleted'), (t.deletedAt = vs(e.time))),
    t
  );
}
var ll = (e) => (e.createdAtSource === 'lava' ? 0 : 1),
  l6 = (e, t) => ll(e) < ll(t) || (ll(e) === ll(t) && e.createdAt < t.createdAt);
function eT(e, t) {
  let n = { ...e?.values },
    o = { ...e?.keys },
    r = e === void 0;
  n.status === void 0 && ((n.status = 'active'), (o.status = ''));
  for (const [l, d] of Object.entries(u6(t))) {
    const p = o[l];
    (p !== void 0 && t.orderKey <= p) ||
      ((!c6(n[l], d) || p !== t.orderKey) && (r = !0), (n[l] = d), (o[l] = t.orderKey));
  }
  let i = t.lavaCreatedAt
      ? { createdAt: t.lavaCreatedAt, createdAtSource: 'lava' }
      : { createdAt: vs(t.time), createdAtSource: 'event' },
    s = e ? { createdAt: e.createdAt, createdAtSource: e.createdAtSource } : i;
  e && l6(i, s) && ((s = i), (r = !0));
  const a = !e || t.orderKey > e.lastEventKey,
    c = {
      connectionId: t.connectionId,
      values: n,
      keys: o,
      ...s,
      lastEventAt: a ? vs(t.time) : (e?.lastEventAt ?? vs(t.time)),
      lastEventType: a ? t.sentType : (e?.lastEventType ?? t.sentType),
      lastEventKey: a ? t.orderKey : (e?.lastEventKey ?? t.orderKey),
    };
  return { outcome: r || a ? 'applied' : 'stale', next: c, domainEvents: d6(e, c, t) };
}
function d6(e, t, n) {
  const o = { connectionId: t.connectionId, eventType: n.sentType, eventAt: vs(n.time) },
    r = [],
    i = e?.values.status === 'active',
    s = t.values.status === 'active';
  !i &&
    s &&
    r.push({
      type: 'ConnectionCreated',
      detail: {
        ...o,
        referenceId: t.values.referenceId ?? null,
        email: t.values.email ?? null,
        hasLavaCreditBalance: t.values.hasLavaCreditBalance ?? null,
      },
    }),
    e?.values.status !== 'deleted' &&
      t.values.status === 'deleted' &&
      r.push({ type: 'ConnectionDeleted', detail: { ...o, deletedAt: t.values.deletedAt } });
  const a = [e?.values.hasLavaCreditBalance, t.values.hasLavaCreditBalance];
  return (
    a[0] === !0 && a[1] === !1
      ? r.push({ type: 'BalanceDepleted', detail: { ...o, walletBalance: t.values.walletBalance ?? null } })
      : a[0] === !1 &&
        a[1] === !0 &&
        r.push({ type: 'BalanceRestored', detail: { ...o, walletBalance: t.values.walletBalance ?? null } }),
    n.type === 'checkout.completed' && r.push({ type: 'CheckoutCompleted', detail: { ...o, ...n.checkout } }),
    r
  );
}
var K = {};
Pt(K, {
  $brand: () => gg,
  $input: () => Bv,
  $output: () => jv,
  INVALID: () => Me,
  NEVER: () => fg,
  TimePrecision: () => Qv,
  ZodAny: () => j_,
  ZodArray: () => G_,
  ZodBase64: () => sp,
  ZodBase64URL: () => ap,
  ZodBigInt: () => hi,
  ZodBigIntFormat: () => lp,
  ZodBoolean: () => gi,
  ZodCIDRv4: () => op,
  ZodCIDRv6: () => ip,
  ZodCUID: () => Xd,
  ZodCUID2: () => Yd,
  ZodCatch: () => dx,
  ZodCodec: () => pa,
  ZodCompileAsyncError: () => At,
  ZodCompileUnsupportedError: () => B,
  ZodCreditCard: () => D_,
  ZodCustom: () => ma,
  ZodCustomStringFormat: () => to,
  ZodDate: () => sa,
  ZodDefault: () => ix,
  ZodDiscriminatedUnion: () => H_,
  ZodE164: () => cp,
  ZodEmail: () => Kd,
  ZodEmoji: () => Wd,
  ZodEnum: () => pi,
  ZodError: () => k3,
  ZodExactOptional: () => fp,
  ZodFile: () => tx,
  ZodFirstPartyTypeKind: () => Ix,
  ZodFunction: () => Sx,
  ZodGUID: () => qd,
  ZodIBAN: () => C_,
  ZodIPv4: () => rp,
  ZodIPv6: () => np,
  ZodISODate: () => Gr,
  ZodISODateTime: () => Vr,
  ZodISODuration: () => Hr,
  ZodISOTime: () => Zr,
  ZodInstanceOf: () => Ex,
  ZodIntersection: () => K_,
  ZodIssueCode: () => C3,
  ZodJWT: () => up,
  ZodKSUID: () => tp,
  ZodLazy: () => yx,
  ZodLiteral: () => ex,
  ZodMAC: () => P_,
  ZodMap: () => Y_,
  ZodNaN: () => mx,
  ZodNanoID: () => Jd,
  ZodNever: () => F_,
  ZodNonOptional: () => gp,
  ZodNull: () => L_,
  ZodNullable: () => ox,
  ZodNumber: () => fi,
  ZodNumberFormat: () => ro,
  ZodObject: () => ca,
  ZodOptional: () => la,
  ZodPipe: () => da,
  ZodPrefault: () => ax,
  ZodPreprocess: () => fx,
  ZodPromise: () => xx,
  ZodReadonly: () => gx,
  ZodRealError: () => We,
  ZodRecord: () => di,
  ZodSet: () => Q_,
  ZodString: () => mi,
  ZodStringFormat: () => Q,
  ZodSuccess: () => lx,
  ZodSymbol: () => U_,
  ZodTemplateLiteral: () => vx,
  ZodTransform: () => rx,
  ZodTuple: () => W_,
  ZodType: () => z,
  ZodULID: () => Qd,
  ZodURL: () => ia,
  ZodUUID: () => Vt,
  ZodUndefined: () => z_,
  ZodUnion: () => ua,
  ZodUnknown: () => B_,
  ZodVoid: () => V_,
  ZodXID: () => ep,
  ZodXor: () => Z_,
  _ZodString: () => Hd,
  _default: () => sx,
  _function: () => OP,
  any: () => dP,
  array: () => aa,
  base64: () => Zk,
  base64url: () => Hk,
  bigint: () => sP,
  boolean: () => N_,
  catch: () => px,
  check: () => NP,
  cidrv4: () => Vk,
  cidrv6: () => Gk,
  clone: () => J,
  codec: () => kP,
  coerce: () => Rx,
  compile: () => Zv,
  config: () => le,
  core: () => lr,
  creditCard: () => qk,
  cuid: () => Nk,
  cuid2: () => Uk,
  currencyCode: () => eP,
  custom: () => UP,
  date: () => mP,
  decode: () => E_,
  decodeAsync: () => w_,
  deepPartial: () => WP,
  describe: () => zP,
  discriminatedUnion: () => _P,
  e164: () => Kk,
  email: () => Ik,
  emoji: () => Ck,
  encode: () => $_,
  encodeAsync: () => I_,
  endsWith: () => ei,
  enum: () => pp,
  exactOptional: () => nx,
  file: () => wP,
  flattenError: () => Ts,
  float32: () => rP,
  float64: () => nP,
  formatError: () => As,
  fromJSONSchema: () => KP,
  function: () => OP,
  getDiscriminatedOption: () => fv,
  getErrorMap: () => N3,
  globalRegistry: () => Te,
  gt: () => Bt,
  gte: () => ct,
  guid: () => wk,
  hash: () => tP,
  hex: () => Qk,
  hostname: () => Yk,
  httpUrl: () => Dk,
  iban: () => Wk,
  includes: () => Yo,
  input: () => XP,
  instanceof: () => MP,
  int: () => Gd,
  int32: () => oP,
  int64: () => aP,
  intersection: () => q_,
  invertCodec: () => PP,
  ipv4: () => jk,
  ipv6: () => Fk,
  iso: () => fa,
  json: () => BP,
  jwt: () => Jk,
  keyof: () => fP,
  ksuid: () => Mk,
  lazy: () => _x,
  length: () => Jn,
  literal: () => IP,
  locales: () => Ws,
  looseObject: () => vP,
  looseRecord: () => SP,
  lowercase: () => Jo,
  lt: () => jt,
  lte: () => at,
  mac: () => Bk,
  map: () => bP,
  maxLength: () => Wn,
  maxSize: () => Mr,
  memoizer: () => Ks,
  meta: () => LP,
  mime: () => ri,
  minLength: () => ur,
  minSize: () => Ft,
  multipleOf: () => Lr,
  nan: () => AP,
  nanoid: () => Ok,
  nativeEnum: () => EP,
  negative: () => Cd,
  never: () => dp,
  nonnegative: () => Nd,
  nonoptional: () => ux,
  nonpositive: () => Od,
  normalize: () => ni,
  null: () => M_,
  nullable: () => oa,
  nullish: () => RP,
  number: () => O_,
  object: () => gP,
  optional: () => Qn,
  output: () => YP,
  overwrite: () => kt,
  parse: () => __,
  parseAsync: () => x_,
  partialRecord: () => xP,
  pipe: () => Zd,
  positive: () => Dd,
  prefault: () => cx,
  preprocess: () => FP,
  prettifyError: () => xg,
  promise: () => CP,
  properties: () => ti,
  property: () => Ud,
  readonly: () => hx,
  record: () => X_,
  refine: () => bx,
  regex: () => Wo,
  regexes: () => _t,
  registry: () => ad,
  safeDecode: () => T_,
  safeDecodeAsync: () => k_,
  safeEncode: () => R_,
  safeEncodeAsync: () => A_,
  safeParse: () => S_,
  safeParseAsync: () => b_,
  set: () => $P,
  setErrorMap: () => O3,
  size: () => qn,
  slugify: () => ai,
  startsWith: () => Qo,
  strictObject: () => hP,
  string: () => na,
  stringFormat: () => Xk,
  stringbool: () => jP,
  success: () => TP,
  superRefine: () => $x,
  symbol: () => uP,
  templateLiteral: () => DP,
  toJSONSchema: () => jd,
  toLowerCase: () => ii,
  toUpperCase: () => si,
  toZod: () => ys,
  transform: () => mp,
  treeifyError: () => _g,
  trim: () => oi,
  tuple: () => J_,
  uint32: () => iP,
  uint64: () => cP,
  ulid: () => zk,
  undefined: () => lP,
  union: () => vi,
  unknown: () => Yn,
  uppercase: () => Xo,
  url: () => Pk,
  util: () => b,
  uuid: () => Rk,
  uuidv4: () => Tk,
  uuidv6: () => Ak,
  uuidv7: () => kk,
  validate: () => ks,
  validateAsync: () => Ps,
  void: () => pP,
  withParser: () => cd,
  xid: () => Lk,
  xor: () => yP,
});
var lr = {};
Pt(lr, {
  $ZodAny: () => iv,
  $ZodArray: () => dv,
  $ZodAsyncError: () => Ke,
  $ZodBase64: () => Kh,
  $ZodBase64URL: () => qh,
  $ZodBigInt: () => Kl,
  $ZodBigIntFormat: () => tv,
  $ZodBoolean: () => Bs,
  $ZodCIDRv4: () => Zh,
  $ZodCIDRv6: () => Hh,
  $ZodCUID: () => Ch,
  $ZodCUID2: () => Oh,
  $ZodCatch: () => kv,
  $ZodCheck: () => ne,
  $ZodCheckBigIntFormat: () => sh,
  $ZodCheckEndsWith: () => yh,
  $ZodCheckGreaterThan: () => Pl,
  $ZodCheckIncludes: () => hh,
  $ZodCheckLengthEquals: () => ph,
  $ZodCheckLessThan: () => kl,
  $ZodCheckLowerCase: () => fh,
  $ZodCheckMaxLength: () => lh,
  $ZodCheckMaxSize: () => ah,
  $ZodCheckMimeType: () => Sh,
  $ZodCheckMinLength: () => dh,
  $ZodCheckMinSize: () => ch,
  $ZodCheckMultipleOf: () => oh,
  $ZodCheckNumberFormat: () => ih,
  $ZodCheckOverwrite: () => bh,
  $ZodCheckProperties: () => xh,
  $ZodCheckProperty: () => _h,
  $ZodCheckRegex: () => mh,
  $ZodCheckSizeEquals: () => uh,
  $ZodCheckStartsWith: () => vh,
  $ZodCheckStringFormat: () => Go,
  $ZodCheckUpperCase: () => gh,
  $ZodCodec: () => Vs,
  $ZodCreditCard: () => Jh,
  $ZodCustom: () => zv,
  $ZodCustomStringFormat: () => Qh,
  $ZodCyclicError: () => ed,
  $ZodDate: () => uv,
  $ZodDefault: () => wv,
  $ZodDiscriminatedUnion: () => gv,
  $ZodE164: () => Wh,
  $ZodEmail: () => Rh,
  $ZodEmoji: () => Ph,
  $ZodEncodeError: () => Ur,
  $ZodEnum: () => xv,
  $ZodError: () => yg,
  $ZodExactOptional: () => Ev,
  $ZodFile: () => bv,
  $ZodFunction: () => Nv,
  $ZodGUID: () => Ih,
  $ZodIBAN: () => Xh,
  $ZodIPv4: () => Fh,
  $ZodIPv6: () => Vh,
  $ZodISODate: () => Mh,
  $ZodISODateTime: () => Lh,
  $ZodISODuration: () => Bh,
  $ZodISOTime: () => jh,
  $ZodIntersection: () => hv,
  $ZodJWT: () => Yh,
  $ZodKSUID: () => zh,
  $ZodLazy: () => Gs,
  $ZodLiteral: () => Sv,
  $ZodMAC: () => Gh,
  $ZodMap: () => yv,
  $ZodNaN: () => Pv,
  $ZodNanoID: () => Dh,
  $ZodNever: () => av,
  $ZodNonOptional: () => Tv,
  $ZodNull: () => ov,
  $ZodNullable: () => Iv,
  $ZodNumber: () => Hl,
  $ZodNumberFormat: () => ev,
  $ZodObject: () => NT,
  $ZodObjectJIT: () => pv,
  $ZodOptional: () => Wl,
  $ZodPipe: () => Jl,
  $ZodPrefault: () => Rv,
  $ZodPreprocess: () => Dv,
  $ZodPromise: () => Uv,
  $ZodReadonly: () => Cv,
  $ZodRealError: () => qe,
  $ZodRecord: () => vv,
  $ZodRegistry: () => sd,
  $ZodSet: () => _v,
  $ZodString: () => Gn,
  $ZodStringFormat: () => X,
  $ZodSuccess: () => Av,
  $ZodSymbol: () => rv,
  $ZodTemplateLiteral: () => Ov,
  $ZodTransform: () => $v,
  $ZodTuple: () => ql,
  $ZodType: () => U,
  $ZodULID: () => Nh,
  $ZodURL: () => kh,
  $ZodUUID: () => wh,
  $ZodUndefined: () => nv,
  $ZodUnion: () => Fs,
  $ZodUnknown: () => sv,
  $ZodVoid: () => cv,
  $ZodXID: () => Uh,
  $ZodXor: () => mv,
  $brand: () => gg,
  $constructor: () => v,
  $input: () => Bv,
  $output: () => jv,
  Doc: () => Vn,
  INVALID: () => Me,
  JSONSchema: () => bk,
  JSONSchemaGenerator: () => Bd,
  NEVER: () => fg,
  TimePrecision: () => Qv,
  URL_BAD_FORMAT: () => Th,
  URL_UNPARSEABLE: () => Us,
  ZodCompileAsyncError: () => At,
  ZodCompileUnsupportedError: () => B,
  _any: () => hy,
  _array: () => $y,
  _base64: () => Td,
  _base64url: () => Ad,
  _bigint: () => uy,
  _boolean: () => ay,
  _catch: () => y3,
  _check: () => sk,
  _cidrv4: () => wd,
  _cidrv6: () => Rd,
  _coercedBigint: () => ly,
  _coercedBoolean: () => cy,
  _coercedDate: () => Sy,
  _coercedNumber: () => ty,
  _coercedString: () => Wv,
  _creditCard: () => Xv,
  _cuid: () => _d,
  _cuid2: () => xd,
  _custom: () => Iy,
  _date: () => xy,
  _decode: () => _l,
  _decodeAsync: () => Sl,
  _default: () => g3,
  _discriminatedUnion: () => n3,
  _e164: () => kd,
  _email: () => dd,
  _emoji: () => vd,
  _encode: () => yl,
  _encodeAsync: () => xl,
  _endsWith: () => ei,
  _enum: () => u3,
  _file: () => Ey,
  _float32: () => ny,
  _float64: () => oy,
  _gt: () => Bt,
  _gte: () => ct,
  _guid: () => pd,
  _iban: () => Yv,
  _includes: () => Yo,
  _int: () => ry,
  _int32: () => iy,
  _int64: () => dy,
  _intersection: () => o3,
  _ipv4: () => Ed,
  _ipv6: () => Id,
  _isoDate: () => Ys,
  _isoDateTime: () => Xs,
  _isoDuration: () => ea,
  _isoTime: () => Qs,
  _jwt: () => Pd,
  _ksuid: () => $d,
  _lazy: () => b3,
  _length: () => Jn,
  _literal: () => d3,
  _lowercase: () => Jo,
  _lt: () => jt,
  _lte: () => at,
  _mac: () => Jv,
  _map: () => a3,
  _max: () => at,
  _maxLength: () => Wn,
  _maxSize: () => Mr,
  _mime: () => ri,
  _min: () => ct,
  _minLength: () => ur,
  _minSize: () => Ft,
  _multipleOf: () => Lr,
  _nan: () => by,
  _nanoid: () => yd,
  _nativeEnum: () => l3,
  _negative: () => Cd,
  _never: () => yy,
  _nonnegative: () => Nd,
  _nonoptional: () => h3,
  _nonpositive: () => Od,
  _normalize: () => ni,
  _null: () => gy,
  _nullable: () => f3,
  _number: () => ey,
  _optional: () => m3,
  _overwrite: () => kt,
  _parse: () => jo,
  _parseAsync: () => Bo,
  _pipe: () => _3,
  _positive: () => Dd,
  _promise: () => $3,
  _properties: () => ti,
  _property: () => Ud,
  _readonly: () => x3,
  _record: () => s3,
  _refine: () => wy,
  _regex: () => Wo,
  _safeDecode: () => $l,
  _safeDecodeAsync: () => Il,
  _safeEncode: () => bl,
  _safeEncodeAsync: () => El,
  _safeParse: () => Fo,
  _safeParseAsync: () => Vo,
  _set: () => c3,
  _size: () => qn,
  _slugify: () => ai,
  _startsWith: () => Qo,
  _string: () => qv,
  _stringFormat: () => Xn,
  _stringbool: () => ky,
  _success: () => v3,
  _superRefine: () => Ry,
  _symbol: () => my,
  _templateLiteral: () => S3,
  _toLowerCase: () => ii,
  _toUpperCase: () => si,
  _transform: () => p3,
  _trim: () => oi,
  _tuple: () => i3,
  _uint32: () => sy,
  _uint64: () => py,
  _ulid: () => Sd,
  _undefined: () => fy,
  _union: () => t3,
  _unknown: () => vy,
  _uppercase: () => Xo,
  _url: () => Js,
  _uuid: () => md,
  _uuidv4: () => fd,
  _uuidv6: () => gd,
  _uuidv7: () => hd,
  _void: () => _y,
  _xid: () => bd,
  _xor: () => r3,
  base64Charset: () => Bl,
  base64urlCharset: () => js,
  canParseURL: () => Ah,
  clone: () => J,
  compile: () => Zv,
  compileFn: () => ud,
  config: () => le,
  createStandardJSONSchemaMethod: () => ci,
  createToJSONSchemaMethod: () => Dy,
  decode: () => rM,
  decodeAsync: () => oM,
  describe: () => Ty,
  encode: () => tM,
  encodeAsync: () => nM,
  extractDefs: () => Br,
  finalize: () => Fr,
  flattenError: () => Ts,
  formatError: () => As,
  getDiscriminatedOption: () => fv,
  globalConfig: () => be,
  globalRegistry: () => Te,
  handleUnrepresentable: () => ve,
  initializeContext: () => jr,
  isBackEdge: () => rd,
  isRecursiveSchema: () => td,
  isValidBase64: () => Ms,
  isValidBase64URL: () => Fl,
  isValidCIDRv6: () => jl,
  isValidCreditCard: () => Vl,
  isValidIBAN: () => Gl,
  isValidIPv6: () => Ls,
  isValidJWT: () => Zl,
  locales: () => Ws,
  memoizer: () => Ks,
  mergeValues: () => Zo,
  meta: () => Ay,
  parse: () => hl,
  parseAsync: () => vl,
  parseURLObject: () => DT,
  prettifyError: () => xg,
  process: () => Y,
  processSchema: () => Y,
  regexes: () => _t,
  registry: () => ad,
  safeDecode: () => sM,
  safeDecodeAsync: () => cM,
  safeEncode: () => iM,
  safeEncodeAsync: () => aM,
  safeParse: () => J6,
  safeParseAsync: () => X6,
  standardProps: () => Ul,
  stripTabAndNewline: () => zs,
  toDotPath: () => dT,
  toJSONSchema: () => jd,
  toZod: () => ys,
  treeifyError: () => _g,
  urlHostnameOk: () => Ll,
  urlProtocolOk: () => Ml,
  util: () => b,
  validate: () => ks,
  validateAsync: () => Ps,
  validateURL: () => zl,
  version: () => $h,
  withParser: () => cd,
});
var b = {};
Pt(b, {
  BIGINT_FORMAT_RANGES: () => $s,
  CONSTANT_CATCH: () => fl,
  Class: () => og,
  NUMBER_FORMAT_RANGES: () => bs,
  aborted: () => Le,
  allowsEval: () => ag,
  assert: () => h6,
  assertEqual: () => p6,
  assertIs: () => f6,
  assertNever: () => g6,
  assertNotEqual: () => m6,
  assignProp: () => Re,
  attachSchema: () => Es,
  base64ToUint8Array: () => iT,
  base64urlToUint8Array: () => N6,
  cached: () => Uo,
  captureStackTrace: () => pl,
  cleanEnum: () => O6,
  cleanRegex: () => ar,
  clone: () => J,
  cloneDef: () => _6,
  codePointLength: () => Bn,
  constantCatch: () => pg,
  createTransparentProxy: () => I6,
  defineLazy: () => ig,
  defineLazyInternal: () => L,
  derived: () => M6,
  esc: () => ze,
  escapeRegex: () => yt,
  explicitlyAborted: () => lg,
  extend: () => T6,
  finalizeIssue: () => He,
  floatSafeRemainder: () => _s,
  getElementAtPath: () => x6,
  getEnumValues: () => Oo,
  getLengthableOrigin: () => ws,
  getParsedType: () => E6,
  getSizableOrigin: () => Is,
  hexToUint8Array: () => z6,
  hide: () => Rs,
  installLazyProp: () => V6,
  isObject: () => jn,
  isPlainObject: () => vt,
  issue: () => Mo,
  joinValues: () => y,
  jsonStringifyReplacer: () => No,
  members: () => dg,
  merge: () => k6,
  mergeDefs: () => Tt,
  normalizeParams: () => w,
  nullish: () => dl,
  numKeys: () => $6,
  objectClone: () => v6,
  omit: () => R6,
  optionalKeys: () => ug,
  own: () => Nr,
  parsedType: () => E,
  partial: () => P6,
  pick: () => w6,
  prefixIssues: () => Ze,
  primitiveTypes: () => cg,
  promiseAllObject: () => S6,
  propertyKeyTypes: () => Ss,
  randomString: () => b6,
  rawShape: () => zo,
  required: () => D6,
  safeExtend: () => A6,
  shallowClone: () => xs,
  sizeCaps: () => Lo,
  slugify: () => sg,
  stringifyPrimitive: () => $,
  toZod: () => ys,
  uint8ArrayToBase64: () => sT,
  uint8ArrayToBase64url: () => U6,
  uint8ArrayToHex: () => L6,
  unwrapMessage: () => Co,
});
function p6(e) {
  return e;
}
function m6(e) {
  return e;
}
function ys() {
  return (e) => e;
}
function f6(e) {}
function g6(e) {
  throw new Error('Unexpected value in exhaustive check');
}
function h6(e) {}
function Oo(e) {
  const t = Object.values(e).filter((o) => typeof o == 'number');
  return Object.entries(e)
    .filter(([o, r]) => t.indexOf(+o) === -1)
    .map(([o, r]) => r);
}
function y(e, t = '|') {
  return e.map((n) => $(n)).join(t);
}
function No(e, t) {
  return typeof t == 'bigint' ? t.toString() : t;
}
var ng = class {
  constructor(t) {
    (this._getter = t), (this._value = void 0);
  }
  get value() {
    const t = this._getter;
    return (t !== void 0 && ((this._value = t()), (this._getter = void 0)), this._value);
  }
};
function Uo(e) {
  return new ng(e);
}
function dl(e) {
  return e == null;
}
function ar(e) {
  const t = e.startsWith('^') ? 1 : 0,
    n = e.endsWith('$') ? e.length - 1 : e.length;
  return e.slice(t, n);
}
function _s(e, t) {
  const n = e / t,
    o = Math.round(n),
    r = 4 * Number.EPSILON * Math.max(Math.abs(n), 1);
  return Math.abs(n - o) < r ? 0 : n - o;
}
var tT = Symbol('evaluating');
function ig(e, t, n) {
  let o;
  Object.defineProperty(e, t, {
    get() {
      if (o !== tT) return (o === void 0 && ((o = tT), (o = n())), o);
    },
    set(r) {
      Object.defineProperty(e, t, { value: r });
    },
    configurable: !0,
  });
}
function v6(e) {
  return Object.create(Object.getPrototypeOf(e), Object.getOwnPropertyDescriptors(e));
}
function Re(e, t, n) {
  Object.defineProperty(e, t, { value: n, writable: !0, enumerable: !0, configurable: !0 });
}
function zo(e) {
  const t = Object.getOwnPropertyDescriptor(e, 'shape');
  return t?.get ? t.get.raw : t?.value;
}
function sr(e) {
  return zo(e._zod.def) ?? e._zod.def.shape;
}
function rT(e, t, n) {
  Object.defineProperty(e, t, {
    get() {
      const o = n();
      return (Re(this, t, o), o);
    },
    enumerable: !0,
    configurable: !0,
  });
}
function nT(e, t, n) {
  t in e ? Re(e, t, n) : (e[t] = n);
}
function Mn(e, t, n, o) {
  const r = sr(t);
  for (const i of n) {
    const s = Object.getOwnPropertyDescriptor(r, i);
    s.enumerable &&
      (s.get
        ? rT(e, i, () => {
            const a = t._zod.def.shape[i];
            return o ? o(a, i) : a;
          })
        : nT(e, i, o ? o(s.value, i) : s.value));
  }
}
function y6(e, t) {
  for (const n of Reflect.ownKeys(t)) {
    const o = Object.getOwnPropertyDescriptor(t, n);
    o.enumerable && (o.get ? rT(e, n, () => t[n]) : nT(e, n, o.value));
  }
}
function Tt(...e) {
  const t = {};
  for (const n of e) {
    const o = Object.getOwnPropertyDescriptors(n);
    Object.assign(t, o);
  }
  return Object.defineProperties({}, t);
}
function _6(e) {
  return Tt(e._zod.def);
}
function x6(e, t) {
  return t ? t.reduce((n, o) => n?.[o], e) : e;
}
function S6(e) {
  const t = Object.keys(e),
    n = t.map((o) => e[o]);
  return Promise.all(n).then((o) => {
    const r = {};
    for (let i = 0; i < t.length; i++) r[t[i]] = o[i];
    return r;
  });
}
function b6(e = 10) {
  let t = 'abcdefghijklmnopqrstuvwxyz',
    n = '';
  for (let o = 0; o < e; o++) n += t[Math.floor(Math.random() * t.length)];
  return n;
}
function ze(e) {
  return JSON.stringify(e);
}
function sg(e) {
  return e
    .toLowerCase()
    .trim()
    .replace(/[^\w\s-]/g, '')
    .replace(/[\s_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
var pl = 'captureStackTrace' in Error ? Error.captureStackTrace : (...e) => {};
function jn(e) {
  return typeof e == 'object' && e !== null && !Array.isArray(e);
}
var ag = Uo(() => {
  if (be.jitless || (typeof navigator < 'u' && navigator?.userAgent?.includes('Cloudflare'))) return !1;
  try {
    const e = Function;
    return (new e(''), !0);
  } catch {
    return !1;
  }
});
function vt(e) {
  if (jn(e) === !1) return !1;
  const t = e.constructor;
  if (t === void 0 || typeof t != 'function') return !0;
  const n = t.prototype;
  return !(jn(n) === !1 || Object.hasOwn(n, 'isPrototypeOf') === !1);
}
function xs(e) {
  return vt(e)
    ? { ...e }
    : Array.isArray(e)
      ? [...e]
      : e instanceof Map
        ? new Map(e)
        : e instanceof Set
          ? new Set(e)
          : e;
}
function $6(e) {
  let t = 0;
  for (const n in e) Object.hasOwn(e, n) && t++;
  return t;
}
var E6 = (e) => {
    const t = typeof e;
    switch (t) {
      case 'undefined':
        return 'undefined';
      case 'string':
        return 'string';
      case 'number':
        return Number.isNaN(e) ? 'nan' : 'number';
      case 'boolean':
        return 'boolean';
      case 'function':
        return 'function';
      case 'bigint':
        return 'bigint';
      case 'symbol':
        return 'symbol';
      case 'object':
        return Array.isArray(e)
          ? 'array'
          : e === null
            ? 'null'
            : e.then && typeof e.then == 'function' && e.catch && typeof e.catch == 'function'
              ? 'promise'
              : typeof Map < 'u' && e instanceof Map
                ? 'map'
                : typeof Set < 'u' && e instanceof Set
                  ? 'set'
                  : typeof Date < 'u' && e instanceof Date
                    ? 'date'
                    : typeof File < 'u' && e instanceof File
                      ? 'file'
                      : 'object';
      default:
        throw new Error(`Unknown data type: ${t}`);
    }
  },
  Ss = new Set(['string', 'number', 'symbol']),
  cg = new Set(['string', 'number', 'bigint', 'boolean', 'symbol', 'undefined']);
function yt(e) {
  return e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function J(e, t, n) {
  const o = new e._zod.constr(t ?? e._zod.def);
  return ((!t || n?.parent) && (o._zod.parent = e), o);
}
function w(e) {
  const t = e;
  if (!t) return {};
  if (typeof t == 'string') return { error: () => t };
  if (t?.message !== void 0) {
    if (t?.error !== void 0) throw new Error('Cannot specify both `message` and `error` params');
    t.error = t.message;
  }
  return (delete t.message, typeof t.error == 'string' ? { ...t, error: () => t.error } : t);
}
function I6(e) {
  let t;
  return new Proxy(
    {},
    {
      get(n, o, r) {
        return (t ?? (t = e()), Reflect.get(t, o, r));
      },
      set(n, o, r, i) {
        return (t ?? (t = e()), Reflect.set(t, o, r, i));
      },
      has(n, o) {
        return (t ?? (t = e()), Reflect.has(t, o));
      },
      deleteProperty(n, o) {
        return (t ?? (t = e()), Reflect.deleteProperty(t, o));
      },
      ownKeys(n) {
        return (t ?? (t = e()), Reflect.ownKeys(t));
      },
      getOwnPropertyDescriptor(n, o) {
        return (t ?? (t = e()), Reflect.getOwnPropertyDescriptor(t, o));
      },
      defineProperty(n, o, r) {
        return (t ?? (t = e()), Reflect.defineProperty(t, o, r));
      },
    },
  );
}
function $(e) {
  return typeof e == 'bigint' ? e.toString() + 'n' : typeof e == 'string' ? `"${e}"` : `${e}`;
}
function ug(e) {
  return Object.keys(e).filter((t) => e[t]._zod.optin !== void 0 && e[t]._zod.optout === 'optional');
}
var bs = {
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-34028234663852886e22, 34028234663852886e22],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
  },
  $s = {
    int64: [BigInt('-9223372036854775808'), BigInt('9223372036854775807')],
    uint64: [BigInt(0), BigInt('18446744073709551615')],
  };
function w6(e, t) {
  const n = e._zod.def,
    o = n.checks;
  if (o && o.length > 0) throw new Error('.pick() cannot be used on object schemas containing refinements');
  const i = {};
  return (Mn(i, e, ml(e, t)), J(e, Tt(n, { shape: i, checks: [] })));
}
function ml(e, t) {
  const n = sr(e),
    o = [];
  for (const r of Reflect.ownKeys(t)) {
    if (!Object.getOwnPropertyDescriptor(n, r)?.enumerable)
      throw new Error(`Unrecognized key: "${String(r)}"`);
    t[r] && o.push(r);
  }
  return o;
}
function R6(e, t) {
  const n = e._zod.def,
    o = n.checks;
  if (o && o.length > 0) throw new Error('.omit() cannot be used on object schemas containing refinements');
  const i = new Set(ml(e, t)),
    s = {};
  return (
    Mn(
      s,
      e,
      Reflect.ownKeys(sr(e)).filter((a) => !i.has(a)),
    ),
    J(e, Tt(n, { shape: s, checks: [] }))
  );
}
function T6(e, t) {
  if (!vt(t)) throw new Error('Invalid input to extend: expected a plain object');
  const n = e._zod.def.checks;
  if (n && n.length > 0) {
    const r = sr(e);
    for (const i of Reflect.ownKeys(t))
      if (Object.getOwnPropertyDescriptor(r, i) !== void 0)
        throw new Error(
          'Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.',
        );
  }
  return J(e, Tt(e._zod.def, { shape: oT(e, t) }));
}
function oT(e, t) {
  const n = {};
  return (Mn(n, e, Reflect.ownKeys(sr(e))), y6(n, t), n);
}
function A6(e, t) {
  if (!vt(t)) throw new Error('Invalid input to safeExtend: expected a plain object');
  return J(e, Tt(e._zod.def, { shape: oT(e, t) }));
}
function k6(e, t) {
  if (!t?._zod?.def)
    throw new Error(
      'Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.',
    );
  if (e._zod.def.checks?.length)
    throw new Error(
      '.merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.',
    );
  const n = {};
  Mn(n, e, Reflect.ownKeys(sr(e))), Mn(n, t, Reflect.ownKeys(sr(t)));
  const o = Tt(e._zod.def, {
    shape: n,
    get catchall() {
      return t._zod.def.catchall;
    },
    checks: t._zod.def.checks ?? [],
  });
  return J(e, o);
}
function P6(e, t, n, o = 'partial') {
  const i = t._zod.def.checks;
  if (i && i.length > 0) throw new Error(`.${o}() cannot be used on object schemas containing refinements`);
  const a = n ? new Set(ml(t, n)) : void 0,
    c = {};
  return (
    Mn(
      c,
      t,
      Reflect.ownKeys(sr(t)),
      e && ((u, l) => (a && !a.has(l) ? u : new e({ type: 'optional', innerType: u }))),
    ),
    J(t, Tt(t._zod.def, { shape: c, checks: [] }))
  );
}
function D6(e, t, n) {
  const o = n ? new Set(ml(t, n)) : void 0,
    r = {};
  return (
    Mn(r, t, Reflect.ownKeys(sr(t)), (i, s) =>
      o && !o.has(s) ? i : new e({ type: 'nonoptional', innerType: i }),
    ),
    J(t, Tt(t._zod.def, { shape: r }))
  );
}
function Le(e, t = 0) {
  if (e.aborted === !0) return !0;
  for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue !== !0) return !0;
  return !1;
}
function lg(e, t = 0) {
  if (e.aborted === !0) return !0;
  for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue === !1) return !0;
  return !1;
}
function Ze(e, t) {
  return t.map((n) => {
    var o;
    return ((o = n).path ?? (o.path = []), n.path.unshift(e), n);
  });
}
function Co(e) {
  return typeof e == 'string' ? e : e?.message;
}
function Lo(e) {
  const t = [];
  for (const n of e ?? []) {
    const o = n._zod.def;
    if (!/_(length|size)$|_equals$/.test(o.check)) break;
    const r = o.maximum ?? o.length ?? o.size;
    r >= 0 && t.push([r, n]);
  }
  return t;
}
function Es(e, t, n) {
  var o;
  for (let r = t; r < e.length; r++) (o = e[r]).schema ?? (o.schema = n);
}
function He(e, t, n) {
  var o;
  const r = e.inst?._zod?.traits;
  r?.has('$ZodType') && (r.has('$ZodCheck') ? ((o = e).schema ?? (o.schema = e.inst)) : (e.schema = e.inst));
  const i = e.schema !== e.inst ? e.schema?._zod.def?.error : void 0,
    s = e.message
      ? e.message
      : (Co(e.inst?._zod.def?.error?.(e)) ??
        Co(i?.(e)) ??
        Co(t?.error?.(e)) ??
        Co(n.customError?.(e)) ??
        Co(n.localeError?.(e)) ??
        'Invalid input'),
    a = {};
  for (const c of Object.keys(e))
    c === 'inst' || c === 'schema' || c === 'continue' || c === 'input' || c === '__proto__' || (a[c] = e[c]);
  return (a.path ?? (a.path = []), (a.message = s), t?.reportInput && (a.input = e.input), a);
}
function Is(e) {
  return e instanceof Set ? 'set' : e instanceof Map ? 'map' : e instanceof File ? 'file' : 'unknown';
}
var C6 = /[\uD800-\uDBFF]/;
function Bn(e) {
  const t = e.length;
  if (!C6.test(e)) return t;
  let n = t;
  for (let o = 0; o < t - 1; o++)
    (e.charCodeAt(o) & 64512) === 55296 && (e.charCodeAt(o + 1) & 64512) === 56320 && (n--, o++);
  return n;
}
function ws(e) {
  return Array.isArray(e) ? 'array' : typeof e == 'string' ? 'string' : 'unknown';
}
function E(e) {
  const t = typeof e;
  switch (t) {
    case 'number':
      return Number.isNaN(e) ? 'nan' : 'number';
    case 'object': {
      if (e === null) return 'null';
      if (Array.isArray(e)) return 'array';
      const n = e;
      if (n && Object.getPrototypeOf(n) !== Object.prototype && 'constructor' in n && n.constructor)
        return n.constructor.name;
    }
  }
  return t;
}
function Mo(...e) {
  const [t, n, o] = e;
  return typeof t == 'string' ? { message: t, code: 'custom', input: n, inst: o } : { ...t };
}
function O6(e) {
  return Object.entries(e)
    .filter(([t, n]) => Number.isNaN(Number.parseInt(t, 10)))
    .map((t) => t[1]);
}
function iT(e) {
  const t = atob(e),
    n = new Uint8Array(t.length);
  for (let o = 0; o < t.length; o++) n[o] = t.charCodeAt(o);
  return n;
}
function sT(e) {
  let t = '';
  for (let n = 0; n < e.length; n++) t += String.fromCharCode(e[n]);
  return btoa(t);
}
function N6(e) {
  const t = e.replace(/-/g, '+').replace(/_/g, '/'),
    n = '='.repeat((4 - (t.length % 4)) % 4);
  return iT(t + n);
}
function U6(e) {
  return sT(e).replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '');
}
function z6(e) {
  const t = e.replace(/^0x/, '');
  if (t.length % 2 !== 0) throw new Error('Invalid hex string length');
  const n = new Uint8Array(t.length / 2);
  for (let o = 0; o < t.length; o += 2) n[o / 2] = Number.parseInt(t.slice(o, o + 2), 16);
  return n;
}
function L6(e) {
  return Array.from(e)
    .map((t) => t.toString(16).padStart(2, '0'))
    .join('');
}
var og = class {
  constructor(...t) {}
};
function dg(e, t) {
  for (const n in t) {
    const o = Object.getOwnPropertyDescriptor(t, n);
    o.get ? Object.defineProperty(e, n, { ...o, enumerable: !1 }) : j6(e, n, o.value);
  }
}
function Nr(e, t, n, o = !0) {
  return (Object.defineProperty(e, t, { configurable: !0, writable: !0, enumerable: o, value: n }), n);
}
function Rs(e, t, n) {
  return Nr(e, t, n, !1);
}
function M6(e, t) {
  for (const n in e) {
    const o = e[n];
    Object.defineProperty(t, n, {
      configurable: !0,
      enumerable: !0,
      get() {
        return Nr(this, n, o(this));
      },
      set(r) {
        Nr(this, n, r);
      },
    });
  }
  return t;
}
function j6(e, t, n) {
  Object.defineProperty(e, t, {
    configurable: !0,
    get() {
      return this == null ? n : Nr(this, t, n.bind(this));
    },
    set(o) {
      Nr(this, t, o);
    },
  });
}
function B6(e, t) {
  const n = Object.getPrototypeOf(e);
  return t in n ? void 0 : n;
}
var rg,
  Or = !1,
  F6 = {
    configurable: !0,
    get() {
      Or = !0;
    },
  };
function L(e, t, n) {
  const o = Object.getPrototypeOf(e._zod);
  if (t in o && rg !== e._zod) {
    rg = void 0;
    return;
  }
  (rg = e._zod),
    Object.defineProperty(o, t, {
      configurable: !0,
      get() {
        Object.defineProperty(this, t, F6);
        const r = Or;
        Or = !1;
        try {
          const i = n(this);
          return (
            Or
              ? delete this[t]
              : Object.defineProperty(this, t, { configurable: !0, writable: !0, value: i }),
            (Or = Or || r),
            i
          );
        } catch (i) {
          throw (delete this[t], (Or = Or || r), i);
        }
      },
      set(r) {
        Object.defineProperty(this, t, { configurable: !0, writable: !0, value: r });
      },
    });
}
function V6(e, t, n, o) {
  const r = B6(e, t);
  r &&
    Object.defineProperty(r, t, {
      configurable: !0,
      get() {
        const i = { configurable: !0, writable: !0, enumerable: o, value: void 0 };
        return (
          Object.defineProperty(this, t, i), (i.value = n(this)), Object.defineProperty(this, t, i), i.value
        );
      },
      set(i) {
        Object.defineProperty(this, t, { configurable: !0, writable: !0, enumerable: o, value: i });
      },
    });
}
var fl = '~constantCatch';
function pg(e) {
  const t = () => e;
  return ((t[fl] = !0), t);
}
var aT,
  fg = Object.freeze({ status: 'aborted' }),
  mg = { value: void 0, enumerable: !1 },
  cT = 'captureStackTrace' in Error ? Error : null;
function G6(e) {
  const t = cT;
  if (t) {
    const n = t.stackTraceLimit;
    if (typeof n == 'number') {
      try {
        t.stackTraceLimit = 0;
      } catch {
        return ((cT = null), new e());
      }
      try {
        return new e();
      } finally {
        t.stackTraceLimit = n;
      }
    }
  }
  return new e();
}
function v(e, t, n, o) {
  const r = {};
  function i(p) {
    (this.def = p), (this.constr = d), (this.traits = new Set());
  }
  i.prototype = r;
  const s = n,
    a = s && new WeakSet();
  function c(p, m) {
    if (p._zod) {
      if (p._zod.traits.has(e)) return;
    } else {
      mg.value = new i(m);
      try {
        Object.defineProperty(p, '_zod', mg);
      } finally {
        mg.value = void 0;
      }
    }
    if ((p._zod.traits.add(e), t(p, m), a)) {
      let g = Object.getPrototypeOf(p),
        h = p._zod.constr.prototype,
        x = g;
      for (; x && x !== h; ) x = Object.getPrototypeOf(x);
      const S = x ?? g;
      a.has(S) || (a.add(S), dg(S, s));
    }
    const f = d.prototype;
    for (const g in f) Object.hasOwn(f, g) && (g in p || (p[g] = f[g].bind(p)));
  }
  const u = o?.Parent ?? Object;
  class l extends u {}
  Object.defineProperty(l, 'name', { value: e });
  function d(p) {
    const m = o?.Parent ? G6(l) : this;
    c(m, p);
    const f = m._zod.deferred;
    if (f) {
      for (const h of f) h();
      m._zod.deferred = void 0;
    }
    const g = globalThis.__zod_globalConfig?.postProcessor;
    return (g && g(m), m);
  }
  return (
    Object.defineProperty(d, 'init', { value: c }),
    Object.defineProperty(d, Symbol.hasInstance, {
      value: (p) => (o?.Parent && p instanceof o.Parent ? !0 : p?._zod?.traits?.has(e)),
    }),
    Object.defineProperty(d, 'name', { value: e }),
    d
  );
}
var gg = Symbol('zod_brand'),
  Ke = class extends Error {
    constructor() {
      super('Encountered Promise during synchronous parse. Use .parseAsync() instead.');
    }
  },
  Ur = class extends Error {
    constructor(t) {
      super(`Encountered unidirectional transform during encode: ${t}`), (this.name = 'ZodEncodeError');
    }
  };
(aT = globalThis).__zod_globalConfig ?? (aT.__zod_globalConfig = {});
var be = globalThis.__zod_globalConfig;
function le(e) {
  return (e && Object.assign(be, e), be);
}
function Z6() {
  const e = this._zod;
  return (e.message ?? (e.message = JSON.stringify(e.def, No, 2)), e.message);
}
function H6(e) {
  this._zod.message = e;
}
var K6 = { get: Z6, set: H6, enumerable: !0, configurable: !0 },
  vg = { value: void 0, enumerable: !1 },
  uT = new WeakSet([Object.prototype, Error.prototype]),
  lT = (e, t) => {
    (e.name = '$ZodError'),
      (vg.value = t),
      Object.defineProperty(e, 'issues', vg),
      (vg.value = void 0),
      Object.defineProperty(e, 'message', K6);
    const n = Object.getPrototypeOf(e);
    uT.has(n) ||
      (uT.add(n),
      Object.defineProperty(n, 'toString', {
        configurable: !0,
        enumerable: !1,
        get() {
          const o = () => this.message;
          return (Object.defineProperty(this, 'toString', { value: o, configurable: !0, writable: !0 }), o);
        },
        set(o) {
          Object.defineProperty(this, 'toString', { value: o, configurable: !0, writable: !0 });
        },
      }));
  },
  yg = v('$ZodError', lT),
  qe = v('$ZodError', lT, void 0, { Parent: Error });
function q6(e, t, n) {
  return (
    Object.hasOwn(e, t) ||
      (t === '__proto__'
        ? Object.defineProperty(e, t, { value: n(), writable: !0, enumerable: !0, configurable: !0 })
        : (e[t] = n())),
    e[t]
  );
}
function Ts(e, t = (n) => n.message) {
  const n = {},
    o = [];
  for (const r of e.issues) r.path.length > 0 ? q6(n, r.path[0], () => []).push(t(r)) : o.push(t(r));
  return { formErrors: o, fieldErrors: n };
}
function As(e, t = (n) => n.message) {
  const n = { _errors: [] },
    o = (r, i = []) => {
      for (const s of r.issues)
        if (s.code === 'invalid_union' && s.errors.length)
          s.errors.map((a) => o({ issues: a }, [...i, ...s.path]));
        else if (s.code === 'invalid_key') o({ issues: s.issues }, [...i, ...s.path]);
        else if (s.code === 'invalid_element') o({ issues: s.issues }, [...i, ...s.path]);
        else {
          const a = [...i, ...s.path];
          if (a.length === 0) n._errors.push(t(s));
          else {
            let c = n,
              u = 0;
            for (; u < a.length; ) {
              const l = a[u],
                d = u === a.length - 1;
              if (l === '_errors') {
                d && c._errors.push(t(s)), u++;
                continue;
              }
              Object.hasOwn(c, l) ||
                Object.defineProperty(c, l, {
                  value: { _errors: [] },
                  enumerable: !0,
                  writable: !0,
                  configurable: !0,
                });
              const p = c[l];
              d && p._errors.push(t(s)), (c = p), u++;
            }
          }
        }
    };
  return (o(e), n);
}
function _g(e, t = (n) => n.message) {
  const n = { errors: [] },
    o = (r, i = []) => {
      var s;
      for (const a of r.issues)
        if (a.code === 'invalid_union' && a.errors.length)
          a.errors.map((c) => o({ issues: c }, [...i, ...a.path]));
        else if (a.code === 'invalid_key') o({ issues: a.issues }, [...i, ...a.path]);
        else if (a.code === 'invalid_element') o({ issues: a.issues }, [...i, ...a.path]);
        else {
          const c = [...i, ...a.path];
          if (c.length === 0) {
            n.errors.push(t(a));
            continue;
          }
          let u = n,
            l = 0;
          for (; l < c.length; ) {
            const d = c[l],
              p = l === c.length - 1;
            typeof d == 'string'
              ? (u.properties ?? (u.properties = {}),
                Object.hasOwn(u.properties, d) ||
                  Object.defineProperty(u.properties, d, {
                    value: { errors: [] },
                    enumerable: !0,
                    writable: !0,
                    configurable: !0,
                  }),
                (u = u.properties[d]))
              : (u.items ?? (u.items = []), (s = u.items)[d] ?? (s[d] = { errors: [] }), (u = u.items[d])),
              p && u.errors.push(t(a)),
              l++;
          }
        }
    };
  return (o(e), n);
}
function dT(e) {
  const t = [],
    n = e.map((o) => (typeof o == 'object' ? o.key : o));
  for (const o of n)
    typeof o == 'number'
      ? t.push(`[${o}]`)
      : typeof o == 'symbol'
        ? t.push(`[${JSON.stringify(String(o))}]`)
        : /[^\w$]/.test(o)
          ? t.push(`[${JSON.stringify(o)}]`)
          : (t.length && t.push('.'), t.push(o));
  return t.join('');
}
function xg(e) {
  const t = [],
    n = [...e.issues].sort((o, r) => (o.path ?? []).length - (r.path ?? []).length);
  for (const o of n) t.push(`\u2716 ${o.message}`), o.path?.length && t.push(`  \u2192 at ${dT(o.path)}`);
  return t.join(`
`);
}
function gl(e, t) {
  return { callee: t?.callee ?? e, Err: t?.Err };
}
var jo = (e) => {
    const t = (n, o, r, i) => {
      const s = r ? { ...r, async: !1 } : { async: !1 },
        a = n._zod.run({ value: o, issues: [] }, s);
      if (a instanceof Promise) throw new Ke();
      if (a.issues.length) {
        const c = new (i?.Err ?? e)(a.issues.map((u) => He(u, s, le())));
        throw (pl(c, i?.callee ?? t), c);
      }
      return a.value;
    };
    return t;
  },
  hl = jo(qe),
  Bo = (e) => {
    const t = async (n, o, r, i) => {
      let s = r ? { ...r, async: !0 } : { async: !0 },
        a = n._zod.run({ value: o, issues: [] }, s);
      if ((a instanceof Promise && (a = await a), a.issues.length)) {
        const c = new (i?.Err ?? e)(a.issues.map((u) => He(u, s, le())));
        throw (pl(c, i?.callee ?? t), c);
      }
      return a.value;
    };
    return t;
  },
  vl = Bo(qe),
  Fo = (e) => (t, n, o) => {
    const r = o ? { ...o, async: !1 } : { async: !1 },
      i = t._zod.run({ value: n, issues: [] }, r);
    if (i instanceof Promise) throw new Ke();
    return i.issues.length ? pT(e, i.issues, r) : { success: !0, data: i.value };
  },
  J6 = Fo(qe);
function pT(e, t, n) {
  let o;
  return {
    success: !1,
    get error() {
      return (o || ((o = new e(t.map((r) => He(r, n, le())))), (t = void 0), (n = void 0)), o);
    },
    set error(r) {
      (o = r), (t = void 0), (n = void 0);
    },
  };
}
var Vo = (e) => async (t, n, o) => {
    let r = o ? { ...o, async: !0 } : { async: !0 },
      i = t._zod.run({ value: n, issues: [] }, r);
    return (
      i instanceof Promise && (i = await i),
      i.issues.length ? pT(e, i.issues, r) : { success: !0, data: i.value }
    );
  },
  X6 = Vo(qe),
  Y6 = Symbol.for('zod.compile.invalid'),
  Q6 = Symbol.for('zod.compile.fallback'),
  ks = (e, t, n) => {
    const o = e._zod.bag.validator;
    if (o !== void 0) {
      if (o(t) !== Y6) return !0;
      if (o.definite === !0 && n === void 0) return !1;
    }
    return eM(e, t, n);
  };
function eM(e, t, n) {
  let o = n ? { ...n, async: !1, abortEarly: !0 } : { async: !1, abortEarly: !0 },
    r = e._zod.bag.fallbackRun,
    i;
  if (
    (r ? ((o[Q6] = !0), (i = r({ value: t, issues: [] }, o))) : (i = e._zod.run({ value: t, issues: [] }, o)),
    i instanceof Promise)
  )
    throw new Ke();
  return i.issues.length === 0;
}
var Ps = async (e, t, n) => {
    let o = n ? { ...n, async: !0, abortEarly: !0 } : { async: !0, abortEarly: !0 },
      r = e._zod.run({ value: t, issues: [] }, o);
    return (r instanceof Promise && (r = await r), r.issues.length === 0);
  },
  yl = (e) => {
    const t = jo(e),
      n = (o, r, i, s) => {
        const a = i ? { ...i, direction: 'backward' } : { direction: 'backward' };
        return t(o, r, a, gl(n, s));
      };
    return n;
  },
  tM = yl(qe),
  _l = (e) => {
    const t = jo(e),
      n = (o, r, i, s) => t(o, r, i, gl(n, s));
    return n;
  },
  rM = _l(qe),
  xl = (e) => {
    const t = Bo(e),
      n = async (o, r, i, s) => {
        const a = i ? { ...i, direction: 'backward' } : { direction: 'backward' };
        return await t(o, r, a, gl(n, s));
      };
    return n;
  },
  nM = xl(qe),
  Sl = (e) => {
    const t = Bo(e),
      n = async (o, r, i, s) => await t(o, r, i, gl(n, s));
    return n;
  },
  oM = Sl(qe),
  bl = (e) => (t, n, o) => {
    const r = o ? { ...o, direction: 'backward' } : { direction: 'backward' };
    return Fo(e)(t, n, r);
  },
  iM = bl(qe),
  $l = (e) => (t, n, o) => Fo(e)(t, n, o),
  sM = $l(qe),
  El = (e) => async (t, n, o) => {
    const r = o ? { ...o, direction: 'backward' } : { direction: 'backward' };
    return Vo(e)(t, n, r);
  },
  aM = El(qe),
  Il = (e) => async (t, n, o) => Vo(e)(t, n, o),
  cM = Il(qe);
var _t = {};
Pt(_t, {
  anyString: () => Kg,
  base64: () => Lg,
  base64url: () => Mg,
  bigint: () => Wg,
  boolean: () => Jg,
  browserEmail: () => hM,
  cidrv4: () => Ug,
  cidrv6: () => zg,
  creditCard: () => wl,
  cuid: () => bg,
  cuid2: () => $g,
  currencyCode: () => Vg,
  date: () => Gg,
  datetime: () => Hg,
  domain: () => Bg,
  duration: () => Ag,
  e164: () => Fg,
  email: () => Pg,
  emoji: () => Dg,
  extendedDuration: () => uM,
  guid: () => kg,
  hex: () => th,
  hostname: () => jg,
  html5Email: () => mM,
  httpProtocol: () => Ds,
  iban: () => Rl,
  idnEmail: () => gM,
  integer: () => Cs,
  ipv4: () => Cg,
  ipv6: () => Og,
  ksuid: () => wg,
  lowercase: () => Qg,
  mac: () => Ng,
  md5_base64: () => xM,
  md5_base64url: () => SM,
  md5_hex: () => _M,
  nanoid: () => Rg,
  nanoidOfLength: () => Tg,
  null: () => Xg,
  number: () => cr,
  rfc5322Email: () => fM,
  sha1_base64: () => $M,
  sha1_base64url: () => EM,
  sha1_hex: () => bM,
  sha256_base64: () => wM,
  sha256_base64url: () => RM,
  sha256_hex: () => IM,
  sha384_base64: () => AM,
  sha384_base64url: () => kM,
  sha384_hex: () => TM,
  sha512_base64: () => DM,
  sha512_base64url: () => CM,
  sha512_hex: () => PM,
  string: () => qg,
  time: () => Zg,
  ulid: () => Eg,
  undefined: () => Yg,
  unicodeEmail: () => mT,
  uppercase: () => eh,
  uuid: () => Fn,
  uuid4: () => lM,
  uuid6: () => dM,
  uuid7: () => pM,
  xid: () => Ig,
});
var bg = /^[cC][0-9a-z]{6,}$/,
  $g = /^[0-9a-z]+$/,
  Eg = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,
  Ig = /^[0-9a-vA-V]{20}$/,
  wg = /^[A-Za-z0-9]{27}$/,
  Rg = /^[a-zA-Z0-9_-]{21}$/;
function Tg(e) {
  return new RegExp(`^[a-zA-Z0-9_-]{${e}}$`);
}
var Ag = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/,
  uM =
    /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/,
  kg = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,
  Fn = (e) =>
    e
      ? new RegExp(
          `^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`,
        )
      : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,
  lM = Fn(4),
  dM = Fn(6),
  pM = Fn(7),
  Pg = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/,
  mM =
    /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,
  fM =
    /^(([^<>()[\]\\.,;:\s@"]+(\.[^<>()[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/,
  mT = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u,
  gM = mT,
  hM =
    /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,
  vM =
    '^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$';
function Dg() {
  return new RegExp(vM, 'u');
}
var Cg =
    /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,
  Og =
    /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,
  Ng = (e) => {
    const t = yt(e ?? ':');
    return new RegExp(`^(?:[0-9A-F]{2}${t}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${t}){5}[0-9a-f]{2}$`);
  },
  Ug =
    /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,
  zg =
    /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,
  Lg = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,
  Mg = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/,
  jg =
    /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/,
  Bg = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/,
  Ds = /^https?$/,
  Fg = /^\+[1-9]\d{6,14}$/,
  wl = /^\d(?:[ -]?\d){11,18}$/,
  Vg =
    /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/,
  Rl = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/,
  fT =
    '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))';
function yM(e) {
  return new RegExp(`^${e}$`);
}
var Gg = yM(fT);
function Sg(e) {
  const t = '(?:[01]\\d|2[0-3]):[0-5]\\d';
  return typeof e.precision == 'number'
    ? e.precision === -1
      ? `${t}`
      : e.precision === 0
        ? `${t}:[0-5]\\d`
        : `${t}:[0-5]\\d\\.\\d{${e.precision}}`
    : e.seconds
      ? `${t}:[0-5]\\d(?:\\.\\d+)?`
      : `${t}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function Zg(e) {
  return new RegExp(`^${Sg(e)}$`);
}
function Hg(e) {
  const t = ['Z'];
  e.offset && t.push('([+-](?:[01]\\d|2[0-3]):[0-5]\\d)');
  const n = `${Sg({ precision: e.precision, seconds: !0 })}(?:${t.join('|')})`,
    o = e.local ? `${n}|${Sg({ precision: e.precision })}` : n;
  return new RegExp(`^${fT}T(?:${o})$`);
}
var Kg = /^[\s\S]{0,}$/,
  qg = (e) => {
    const t = e ? `[\\s\\S]{${e?.minimum ?? 0},${e?.maximum ?? ''}}` : '[\\s\\S]*';
    return new RegExp(`^${t}$`);
  },
  Wg = /^-?\d+n?$/,
  Cs = /^-?\d+$/,
  cr = /^-?\d+(?:\.\d+)?$/,
  Jg = /^(?:true|false)$/i,
  Xg = /^null$/i;
var Yg = /^undefined$/i;
var Qg = /^[^A-Z]*$/,
  eh = /^[^a-z]*$/,
  th = /^[0-9a-fA-F]*$/;
function Os(e, t) {
  return new RegExp(`^[A-Za-z0-9+/]{${e}}${t}$`);
}
function Ns(e) {
  return new RegExp(`^[A-Za-z0-9_-]{${e}}$`);
}
var _M = /^[0-9a-fA-F]{32}$/,
  xM = Os(22, '=='),
  SM = Ns(22),
  bM = /^[0-9a-fA-F]{40}$/,
  $M = Os(27, '='),
  EM = Ns(27),
  IM = /^[0-9a-fA-F]{64}$/,
  wM = Os(43, '='),
  RM = Ns(43),
  TM = /^[0-9a-fA-F]{96}$/,
  AM = Os(64, ''),
  kM = Ns(64),
  PM = /^[0-9a-fA-F]{128}$/,
  DM = Os(86, '=='),
  CM = Ns(86);
var ne = v('$ZodCheck', (e, t) => {
    var n;
    e._zod ?? (e._zod = {}), (e._zod.def = t), (n = e._zod).onattach ?? (n.onattach = []);
  }),
  rh = (e) => {
    const t = e.value;
    return !dl(t) && t.size !== void 0;
  },
  nh = (e) => {
    const t = e.value;
    return !dl(t) && t.length !== void 0;
  },
  Tl = { number: 'number', bigint: 'bigint', object: 'date' },
  kl = v('$ZodCheckLessThan', (e, t) => {
    ne.init(e, t);
    const n = Tl[typeof t.value];
    e._zod.check = (o) => {
      (t.inclusive ? o.value <= t.value : o.value < t.value) ||
        o.issues.push({
          origin: Tl[typeof o.value] ?? n,
          code: 'too_big',
          maximum: typeof t.value == 'object' ? t.value.getTime() : t.value,
          input: o.value,
          inclusive: t.inclusive,
          inst: e,
          continue: !t.abort,
        });
    };
  }),
  Pl = v('$ZodCheckGreaterThan', (e, t) => {
    ne.init(e, t);
    const n = Tl[typeof t.value];
    e._zod.check = (o) => {
      (t.inclusive ? o.value >= t.value : o.value > t.value) ||
        o.issues.push({
          origin: Tl[typeof o.value] ?? n,
          code: 'too_small',
          minimum: typeof t.value == 'object' ? t.value.getTime() : t.value,
          input: o.value,
          inclusive: t.inclusive,
          inst: e,
          continue: !t.abort,
        });
    };
  }),
  oh = v('$ZodCheckMultipleOf', (e, t) => {
    ne.init(e, t),
      (e._zod.check = (n) => {
        if (typeof n.value != typeof t.value)
          throw new Error('Cannot mix number and bigint in multiple_of check.');
        (typeof n.value == 'bigint'
          ? t.value !== BigInt(0) && n.value % t.value === BigInt(0)
          : _s(n.value, t.value) === 0) ||
          n.issues.push({
            origin: typeof n.value,
            code: 'not_multiple_of',
            divisor: t.value,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  ih = v('$ZodCheckNumberFormat', (e, t) => {
    ne.init(e, t), (t.format = t.format || 'float64');
    const n = t.format?.includes('int'),
      o = n ? 'int' : 'number',
      [r, i] = bs[t.format];
    e._zod.check = (s) => {
      const a = s.value;
      if (n) {
        if (!Number.isInteger(a)) {
          s.issues.push({
            expected: o,
            format: t.format,
            code: 'invalid_type',
            continue: !1,
            input: a,
            inst: e,
          });
          return;
        }
        if (!Number.isSafeInteger(a)) {
          a > 0
            ? s.issues.push({
                input: a,
                code: 'too_big',
                maximum: Number.MAX_SAFE_INTEGER,
                note: 'Integers must be within the safe integer range.',
                inst: e,
                origin: o,
                inclusive: !0,
                continue: !t.abort,
              })
            : s.issues.push({
                input: a,
                code: 'too_small',
                minimum: Number.MIN_SAFE_INTEGER,
                note: 'Integers must be within the safe integer range.',
                inst: e,
                origin: o,
                inclusive: !0,
                continue: !t.abort,
              });
          return;
        }
      }
      a < r &&
        s.issues.push({
          origin: 'number',
          input: a,
          code: 'too_small',
          minimum: r,
          inclusive: !0,
          inst: e,
          continue: !t.abort,
        }),
        a > i &&
          s.issues.push({
            origin: 'number',
            input: a,
            code: 'too_big',
            maximum: i,
            inclusive: !0,
            inst: e,
            continue: !t.abort,
          });
    };
  }),
  sh = v('$ZodCheckBigIntFormat', (e, t) => {
    ne.init(e, t);
    const [n, o] = $s[t.format];
    e._zod.check = (r) => {
      const i = r.value;
      i < n &&
        r.issues.push({
          origin: 'bigint',
          input: i,
          code: 'too_small',
          minimum: n,
          inclusive: !0,
          inst: e,
          continue: !t.abort,
        }),
        i > o &&
          r.issues.push({
            origin: 'bigint',
            input: i,
            code: 'too_big',
            maximum: o,
            inclusive: !0,
            inst: e,
            continue: !t.abort,
          });
    };
  }),
  ah = v('$ZodCheckMaxSize', (e, t) => {
    var n;
    ne.init(e, t),
      (n = e._zod.def).when ?? (n.when = rh),
      (e._zod.check = (o) => {
        const r = o.value;
        r.size <= t.maximum ||
          o.issues.push({
            origin: Is(r),
            code: 'too_big',
            maximum: t.maximum,
            inclusive: !0,
            input: r,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  ch = v('$ZodCheckMinSize', (e, t) => {
    var n;
    ne.init(e, t),
      (n = e._zod.def).when ?? (n.when = rh),
      (e._zod.check = (o) => {
        const r = o.value;
        r.size >= t.minimum ||
          o.issues.push({
            origin: Is(r),
            code: 'too_small',
            minimum: t.minimum,
            inclusive: !0,
            input: r,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  uh = v('$ZodCheckSizeEquals', (e, t) => {
    var n;
    ne.init(e, t),
      (n = e._zod.def).when ?? (n.when = rh),
      (e._zod.check = (o) => {
        const r = o.value,
          i = r.size;
        if (i === t.size) return;
        const s = i > t.size;
        o.issues.push({
          origin: Is(r),
          ...(s ? { code: 'too_big', maximum: t.size } : { code: 'too_small', minimum: t.size }),
          inclusive: !0,
          exact: !0,
          input: o.value,
          inst: e,
          continue: !t.abort,
        });
      });
  }),
  lh = v('$ZodCheckMaxLength', (e, t) => {
    var n;
    ne.init(e, t),
      (n = e._zod.def).when ?? (n.when = nh),
      (e._zod.check = (o) => {
        const r = o.value,
          i = r.length;
        if ((typeof r == 'string' && i > t.maximum ? Bn(r) : i) <= t.maximum) return;
        const a = ws(r);
        o.issues.push({
          origin: a,
          code: 'too_big',
          maximum: t.maximum,
          inclusive: !0,
          input: r,
          inst: e,
          continue: !t.abort,
        });
      });
  }),
  dh = v('$ZodCheckMinLength', (e, t) => {
    var n;
    ne.init(e, t),
      (n = e._zod.def).when ?? (n.when = nh),
      (e._zod.check = (o) => {
        const r = o.value,
          i = r.length;
        if ((typeof r == 'string' && i >= t.minimum && i < t.minimum * 2 ? Bn(r) : i) >= t.minimum) return;
        const a = ws(r);
        o.issues.push({
          origin: a,
          code: 'too_small',
          minimum: t.minimum,
          inclusive: !0,
          input: r,
          inst: e,
          continue: !t.abort,
        });
      });
  }),
  ph = v('$ZodCheckLengthEquals', (e, t) => {
    var n;
    ne.init(e, t),
      (n = e._zod.def).when ?? (n.when = nh),
      (e._zod.check = (o) => {
        const r = o.value,
          i = r.length,
          s = typeof r == 'string' && i >= t.length && i <= t.length * 2 ? Bn(r) : i;
        if (s === t.length) return;
        const a = ws(r),
          c = s > t.length;
        o.issues.push({
          origin: a,
          ...(c ? { code: 'too_big', maximum: t.length } : { code: 'too_small', minimum: t.length }),
          inclusive: !0,
          exact: !0,
          input: o.value,
          inst: e,
          continue: !t.abort,
        });
      });
  }),
  Go = v('$ZodCheckStringFormat', (e, t) => {
    var n, o;
    ne.init(e, t),
      t.pattern
        ? ((n = e._zod).check ??
          (n.check = (r) => {
            (t.pattern.lastIndex = 0),
              !t.pattern.test(r.value) &&
                r.issues.push({
                  origin: 'string',
                  code: 'invalid_format',
                  format: t.format,
                  input: r.value,
                  ...(t.pattern ? { pattern: t.pattern.toString() } : {}),
                  inst: e,
                  continue: !t.abort,
                });
          }))
        : ((o = e._zod).check ?? (o.check = () => {}));
  }),
  mh = v('$ZodCheckRegex', (e, t) => {
    Go.init(e, t),
      (e._zod.check = (n) => {
        (t.pattern.lastIndex = 0),
          !t.pattern.test(n.value) &&
            n.issues.push({
              origin: 'string',
              code: 'invalid_format',
              format: 'regex',
              input: n.value,
              pattern: t.pattern.toString(),
              inst: e,
              continue: !t.abort,
            });
      });
  }),
  fh = v('$ZodCheckLowerCase', (e, t) => {
    t.pattern ?? (t.pattern = Qg), Go.init(e, t);
  }),
  gh = v('$ZodCheckUpperCase', (e, t) => {
    t.pattern ?? (t.pattern = eh), Go.init(e, t);
  }),
  hh = v('$ZodCheckIncludes', (e, t) => {
    ne.init(e, t);
    const n = yt(t.includes),
      o = new RegExp(typeof t.position == 'number' ? `^.{${t.position},}${n}` : n);
    (t.pattern = o),
      (e._zod.check = (r) => {
        r.value.includes(t.includes, t.position) ||
          r.issues.push({
            origin: 'string',
            code: 'invalid_format',
            format: 'includes',
            includes: t.includes,
            input: r.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  vh = v('$ZodCheckStartsWith', (e, t) => {
    ne.init(e, t);
    const n = new RegExp(`^${yt(t.prefix)}.*`);
    t.pattern ?? (t.pattern = n),
      (e._zod.check = (o) => {
        o.value.startsWith(t.prefix) ||
          o.issues.push({
            origin: 'string',
            code: 'invalid_format',
            format: 'starts_with',
            prefix: t.prefix,
            input: o.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  yh = v('$ZodCheckEndsWith', (e, t) => {
    ne.init(e, t);
    const n = new RegExp(`.*${yt(t.suffix)}$`);
    t.pattern ?? (t.pattern = n),
      (e._zod.check = (o) => {
        o.value.endsWith(t.suffix) ||
          o.issues.push({
            origin: 'string',
            code: 'invalid_format',
            format: 'ends_with',
            suffix: t.suffix,
            input: o.value,
            inst: e,
            continue: !t.abort,
          });
      });
  });
function Al(e, t, n) {
  e.issues.length && t.issues.push(...Ze(n, e.issues));
}
var _h = v('$ZodCheckProperty', (e, t) => {
    ne.init(e, t),
      (e._zod.check = (n) => {
        const o = t.schema._zod.run({ value: n.value[t.property], issues: [] }, {});
        if (o instanceof Promise) return o.then((r) => Al(r, n, t.property));
        Al(o, n, t.property);
      });
  }),
  xh = v('$ZodCheckProperties', (e, t) => {
    ne.init(e, t),
      Rs(e, Symbol.iterator, function* () {
        yield e;
      });
    let n;
    e._zod.check = (o) => {
      if (o.value == null) {
        o.issues.push({ expected: 'object', code: 'invalid_type', input: o.value, inst: e });
        return;
      }
      n ?? (n = Reflect.ownKeys(t.shape).map((s) => [s, t.shape[s]]));
      let r = o.value,
        i;
      for (const [s, a] of n) {
        const c = a._zod.run({ value: r[s], issues: [] }, {});
        c instanceof Promise ? (i ?? (i = []), i.push(c.then((u) => Al(u, o, s)))) : Al(c, o, s);
      }
      if (i) return Promise.all(i).then(() => {});
    };
  }),
  Sh = v('$ZodCheckMimeType', (e, t) => {
    ne.init(e, t);
    const n = new Set(t.mime);
    e._zod.check = (o) => {
      n.has(o.value.type) ||
        o.issues.push({
          code: 'invalid_value',
          values: t.mime,
          input: o.value.type,
          inst: e,
          continue: !t.abort,
        });
    };
  }),
  bh = v('$ZodCheckOverwrite', (e, t) => {
    ne.init(e, t),
      (e._zod.check = (n) => {
        n.value = t.tx(n.value);
      });
  });
var Vn = class {
  constructor(t = [], n = {}) {
    (this.content = []), (this.indent = 0), (this.args = t), (this.closed = n);
  }
  indented(t) {
    this.indent += 1;
    try {
      t(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(t) {
    if (typeof t == 'function') {
      t(this, { execution: 'sync' }), t(this, { execution: 'async' });
      return;
    }
    const o = t
        .split(`
`)
        .filter((s) => s),
      r = Math.min(...o.map((s) => s.length - s.trimStart().length)),
      i = o.map((s) => s.slice(r)).map((s) => ' '.repeat(this.indent * 2) + s);
    for (const s of i) this.content.push(s);
  }
  compile() {
    const t = Function,
      n = this?.content ?? [''];
    return new t(
      ...Object.keys(this.closed),
      `return function (${this.args.join(', ')}) {
${n.join(`
`)}
};`,
    )(...Object.values(this.closed));
  }
};
var $h = { major: 4, minor: 6, patch: 7 };
var U = v(
    '$ZodType',
    (e, t) => {
      var n;
      e ?? (e = {}), (e._zod.def = t), (e._zod.bag = e._zod.bag || {}), (e._zod.version = $h);
      const o = e._zod.def.checks,
        r = e._zod.traits.has('$ZodCheck') ? [e, ...(o ?? [])] : o?.length ? [...o] : [];
      for (const i of r) for (const s of i._zod.onattach) s(e);
      if (r.length === 0)
        (n = e._zod).deferred ?? (n.deferred = []),
          e._zod.deferred?.push(() => {
            e._zod.run = e._zod.parse;
          });
      else {
        const i = (a, c, u) => {
            if (a.memo) return a;
            let l = Le(a),
              d;
            for (const p of c) {
              if (p._zod.def.when) {
                if (lg(a) || !p._zod.def.when(a)) continue;
              } else if (l) continue;
              const m = a.issues.length,
                f = p._zod.check(a);
              if (f instanceof Promise && u?.async === !1) throw new Ke();
              if (d || f instanceof Promise)
                d = (d ?? Promise.resolve()).then(async () => {
                  await f, a.issues.length !== m && (Es(a.issues, m, e), l || (l = Le(a, m)));
                });
              else {
                if (a.issues.length === m) continue;
                Es(a.issues, m, e), l || (l = Le(a, m));
              }
            }
            return d ? d.then(() => a) : a;
          },
          s = (a, c, u) => {
            if (Le(a)) return ((a.aborted = !0), a);
            const l = i(c, r, u);
            if (l instanceof Promise) {
              if (u.async === !1) throw new Ke();
              return l.then((d) => e._zod.parse(d, u));
            }
            return e._zod.parse(l, u);
          };
        e._zod.run = (a, c) => {
          if (c.skipChecks) return e._zod.parse(a, c);
          if (c.direction === 'backward') {
            const l = e._zod.parse({ value: a.value, issues: [] }, { ...c, skipChecks: !0 });
            return l instanceof Promise ? l.then((d) => s(d, a, c)) : s(l, a, c);
          }
          const u = e._zod.parse(a, c);
          if (u instanceof Promise) {
            if (c.async === !1) throw new Ke();
            return u.then((l) => i(l, r, c));
          }
          return i(u, r, c);
        };
      }
    },
    {
      get '~standard'() {
        return Rs(this, '~standard', Ul(this));
      },
      set '~standard'(e) {
        Nr(this, '~standard', e);
      },
    },
  ),
  PT = (e, t) => (e.issues.length ? { issues: e.issues.map((n) => He(n, t, le())) } : { value: e.value });
async function OM(e, t) {
  const n = { async: !0 };
  return PT(await e._zod.run({ value: t, issues: [] }, n), n);
}
function Ul(e) {
  return {
    validate: (t) => {
      const n = { async: !1 };
      try {
        const o = e._zod.run({ value: t, issues: [] }, n);
        if (!(o instanceof Promise)) return PT(o, n);
      } catch {}
      return OM(e, t);
    },
    vendor: 'zod',
    version: 1,
  };
}
var Gn = v('$ZodString', (e, t) => {
    U.init(e, t),
      (e._zod.pattern = t.pattern ?? Kg),
      (e._zod.parse = (n, o) => {
        if (t.coerce)
          try {
            n.value = String(n.value);
          } catch {}
        return (
          typeof n.value == 'string' ||
            n.issues.push({ expected: 'string', code: 'invalid_type', input: n.value, inst: e }),
          n
        );
      });
  }),
  X = v('$ZodStringFormat', (e, t) => {
    Go.init(e, t), Gn.init(e, t);
  }),
  Ih = v('$ZodGUID', (e, t) => {
    t.pattern ?? (t.pattern = kg), X.init(e, t);
  }),
  wh = v('$ZodUUID', (e, t) => {
    if (t.version) {
      const o = { v1: 1, v2: 2, v3: 3, v4: 4, v5: 5, v6: 6, v7: 7, v8: 8 }[t.version];
      if (o === void 0) throw new Error(`Invalid UUID version: "${t.version}"`);
      t.pattern ?? (t.pattern = Fn(o));
    } else t.pattern ?? (t.pattern = Fn());
    X.init(e, t);
  }),
  Rh = v('$ZodEmail', (e, t) => {
    t.pattern ?? (t.pattern = Pg), X.init(e, t);
  }),
  Th = 1,
  Us = 2;
function Ah(e) {
  try {
    return typeof URL < 'u' && typeof URL.canParse == 'function' ? URL.canParse(e) : (new URL(e), !0);
  } catch {
    return !1;
  }
}
function zl(e, t) {
  return !('normalize' in t) && !('hostname' in t) && !('protocol' in t) ? Ah(e) || Us : DT(e, t);
}
function DT(e, t) {
  if (!t.normalize && t.protocol?.source === Ds.source && !/^https?:\/\//i.test(e)) return Th;
  try {
    if (typeof URL < 'u') {
      const n = URL;
      if (typeof n.parse == 'function') return n.parse(e) ?? Us;
    }
    return new URL(e);
  } catch {
    return Us;
  }
}
var NM = /[\t\n\r]/g;
function zs(e) {
  return e.replace(NM, '');
}
function Ll(e, t) {
  return ((t.lastIndex = 0), t.test(e.hostname));
}
function Ml(e, t) {
  return ((t.lastIndex = 0), t.test(e.protocol.endsWith(':') ? e.protocol.slice(0, -1) : e.protocol));
}
var kh = v('$ZodURL', (e, t) => {
    X.init(e, t),
      (e._zod.check = (n) => {
        try {
          const o = n.value.trim(),
            r = zl(o, t);
          if (r === Th) {
            n.issues.push({
              code: 'invalid_format',
              format: 'url',
              note: 'Invalid URL format',
              input: n.value,
              inst: e,
              continue: !t.abort,
            });
            return;
          }
          if (r === Us) {
            n.issues.push({
              code: 'invalid_format',
              format: 'url',
              input: n.value,
              inst: e,
              continue: !t.abort,
            });
            return;
          }
          if (r === !0) {
            n.value = zs(o);
            return;
          }
          t.hostname &&
            !Ll(r, t.hostname) &&
            n.issues.push({
              code: 'invalid_format',
              format: 'url',
              note: 'Invalid hostname',
              pattern: t.hostname.source,
              input: n.value,
              inst: e,
              continue: !t.abort,
            }),
            t.protocol &&
              !Ml(r, t.protocol) &&
              n.issues.push({
                code: 'invalid_format',
                format: 'url',
                note: 'Invalid protocol',
                pattern: t.protocol.source,
                input: n.value,
                inst: e,
                continue: !t.abort,
              }),
            (n.value = t.normalize ? r.href : zs(o));
          return;
        } catch {
          n.issues.push({
            code: 'invalid_format',
            format: 'url',
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
        }
      });
  }),
  Ph = v('$ZodEmoji', (e, t) => {
    t.pattern ?? (t.pattern = Dg()), X.init(e, t);
  }),
  Dh = v('$ZodNanoID', (e, t) => {
    if (t.length !== void 0 && (!Number.isInteger(t.length) || t.length < 1))
      throw new Error(`Invalid nanoid length: ${t.length}`);
    t.pattern ?? (t.pattern = t.length === void 0 ? Rg : Tg(t.length)), X.init(e, t);
  }),
  Ch = v('$ZodCUID', (e, t) => {
    t.pattern ?? (t.pattern = bg), X.init(e, t);
  }),
  Oh = v('$ZodCUID2', (e, t) => {
    t.pattern ?? (t.pattern = $g), X.init(e, t);
  }),
  Nh = v('$ZodULID', (e, t) => {
    t.pattern ?? (t.pattern = Eg), X.init(e, t);
  }),
  Uh = v('$ZodXID', (e, t) => {
    t.pattern ?? (t.pattern = Ig), X.init(e, t);
  }),
  zh = v('$ZodKSUID', (e, t) => {
    t.pattern ?? (t.pattern = wg), X.init(e, t);
  }),
  Lh = v('$ZodISODateTime', (e, t) => {
    t.pattern ?? (t.pattern = Hg(t)), X.init(e, t);
  }),
  Mh = v('$ZodISODate', (e, t) => {
    t.pattern ?? (t.pattern = Gg), X.init(e, t);
  }),
  jh = v('$ZodISOTime', (e, t) => {
    t.pattern ?? (t.pattern = Zg(t)), X.init(e, t);
  }),
  Bh = v('$ZodISODuration', (e, t) => {
    t.pattern ?? (t.pattern = Ag), X.init(e, t);
  }),
  Fh = v('$ZodIPv4', (e, t) => {
    t.pattern ?? (t.pattern = Cg), X.init(e, t);
  }),
  UM = /^[0-9a-fA-F:.]+$/;
function Ls(e) {
  return UM.test(e) ? Ah(`http://[${e}]`) : !1;
}
var Vh = v('$ZodIPv6', (e, t) => {
    t.pattern ?? (t.pattern = Og),
      X.init(e, t),
      (e._zod.check = (n) => {
        Ls(n.value) ||
          n.issues.push({
            code: 'invalid_format',
            format: 'ipv6',
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  Gh = v('$ZodMAC', (e, t) => {
    t.pattern ?? (t.pattern = Ng(t.delimiter)), X.init(e, t);
  }),
  Zh = v('$ZodCIDRv4', (e, t) => {
    t.pattern ?? (t.pattern = Ug), X.init(e, t);
  });
function jl(e) {
  const t = e.split('/');
  if (t.length !== 2) return !1;
  const [n, o] = t;
  if (!o) return !1;
  const r = Number(o);
  return `${r}` !== o || r < 0 || r > 128 ? !1 : Ls(n);
}
var Hh = v('$ZodCIDRv6', (e, t) => {
  t.pattern ?? (t.pattern = zg),
    X.init(e, t),
    (e._zod.check = (n) => {
      jl(n.value) ||
        n.issues.push({
          code: 'invalid_format',
          format: 'cidrv6',
          input: n.value,
          inst: e,
          continue: !t.abort,
        });
    });
});
function Ms(e) {
  if (e === '') return !0;
  if (/\s/.test(e) || e.length % 4 !== 0) return !1;
  try {
    return (atob(e), !0);
  } catch {
    return !1;
  }
}
var Bl = /^[0-9a-zA-Z+/]*={0,2}$/,
  Kh = v('$ZodBase64', (e, t) => {
    t.pattern ?? (t.pattern = Bl),
      X.init(e, t),
      (e._zod.check = (n) => {
        Ms(n.value) ||
          n.issues.push({
            code: 'invalid_format',
            format: 'base64',
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  js = /^[A-Za-z0-9_-]*$/;
function Fl(e) {
  if (!js.test(e)) return !1;
  const t = e.replace(/[-_]/g, (o) => (o === '-' ? '+' : '/')),
    n = t.padEnd(Math.ceil(t.length / 4) * 4, '=');
  return Ms(n);
}
var qh = v('$ZodBase64URL', (e, t) => {
    t.pattern ?? (t.pattern = js),
      X.init(e, t),
      (e._zod.check = (n) => {
        Fl(n.value) ||
          n.issues.push({
            code: 'invalid_format',
            format: 'base64url',
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  Wh = v('$ZodE164', (e, t) => {
    t.pattern ?? (t.pattern = Fg), X.init(e, t);
  }),
  zM = /[- ]/g;
function LM(e) {
  let t = e.length,
    n = 1,
    o = 0;
  for (; t; ) {
    const r = e.charCodeAt(--t) - 48;
    (n ^= 1), (o += n ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][r] : r);
  }
  return o % 10 === 0;
}
function Vl(e) {
  return wl.test(e) ? LM(e.replace(zM, '')) : !1;
}
var Jh = v('$ZodCreditCard', (e, t) => {
  t.pattern ?? (t.pattern = wl),
    X.init(e, t),
    (e._zod.check = (n) => {
      Vl(n.value) ||
        n.issues.push({
          code: 'invalid_format',
          format: 'credit_card',
          input: n.value,
          inst: e,
          continue: !t.abort,
        });
    });
});
function MM(e) {
  let t = 0,
    n = e.length;
  for (let o = 4; o < n; o++) {
    const r = e.charCodeAt(o);
    t = (r >= 65 ? t * 100 + (r - 55) : t * 10 + (r - 48)) % 97;
  }
  for (let o = 0; o < 4; o++) {
    const r = e.charCodeAt(o);
    t = (r >= 65 ? t * 100 + (r - 55) : t * 10 + (r - 48)) % 97;
  }
  return t === 1;
}
function Gl(e) {
  return Rl.test(e) ? MM(e) : !1;
}
var Xh = v('$ZodIBAN', (e, t) => {
  t.pattern ?? (t.pattern = Rl),
    X.init(e, t),
    (e._zod.check = (n) => {
      Gl(n.value) ||
        n.issues.push({
          code: 'invalid_format',
          format: 'iban',
          input: n.value,
          inst: e,
          continue: !t.abort,
        });
    });
});
function Zl(e, t = null) {
  try {
    const n = e.split('.');
    if (n.length !== 3) return !1;
    const [o] = n;
    if (!o) return !1;
    const r = JSON.parse(atob(o));
    return !(('typ' in r && r?.typ !== 'JWT') || !r.alg || (t && (!('alg' in r) || r.alg !== t)));
  } catch {
    return !1;
  }
}
var Yh = v('$ZodJWT', (e, t) => {
    X.init(e, t),
      (e._zod.check = (n) => {
        Zl(n.value, t.alg) ||
          n.issues.push({
            code: 'invalid_format',
            format: 'jwt',
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  Qh = v('$ZodCustomStringFormat', (e, t) => {
    X.init(e, t),
      (e._zod.check = (n) => {
        t.fn(n.value) ||
          n.issues.push({
            code: 'invalid_format',
            format: t.format,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  Hl = v('$ZodNumber', (e, t) => {
    U.init(e, t),
      (e._zod.pattern = cr),
      (e._zod.parse = (n, o) => {
        if (t.coerce)
          try {
            n.value = Number(n.value);
          } catch {}
        const r = n.value;
        if (typeof r == 'number' && !Number.isNaN(r) && Number.isFinite(r)) return n;
        const i =
          typeof r == 'number' ? (Number.isNaN(r) ? 'NaN' : Number.isFinite(r) ? void 0 : String(r)) : void 0;
        return (
          n.issues.push({
            expected: 'number',
            code: 'invalid_type',
            input: r,
            inst: e,
            ...(i ? { received: i } : {}),
          }),
          n
        );
      });
  }),
  ev = v('$ZodNumberFormat', (e, t) => {
    ih.init(e, t), Hl.init(e, t);
  }),
  Bs = v('$ZodBoolean', (e, t) => {
    U.init(e, t),
      (e._zod.pattern = Jg),
      (e._zod.parse = (n, o) => {
        if (t.coerce)
          try {
            n.value = !!n.value;
          } catch {}
        const r = n.value;
        return (
          typeof r == 'boolean' ||
            n.issues.push({ expected: 'boolean', code: 'invalid_type', input: r, inst: e }),
          n
        );
      });
  }),
  Kl = v('$ZodBigInt', (e, t) => {
    U.init(e, t),
      (e._zod.pattern = Wg),
      (e._zod.parse = (n, o) => {
        if (t.coerce)
          try {
            n.value = BigInt(n.value);
          } catch {}
        return (
          typeof n.value == 'bigint' ||
            n.issues.push({ expected: 'bigint', code: 'invalid_type', input: n.value, inst: e }),
          n
        );
      });
  }),
  tv = v('$ZodBigIntFormat', (e, t) => {
    sh.init(e, t), Kl.init(e, t);
  }),
  rv = v('$ZodSymbol', (e, t) => {
    U.init(e, t),
      (e._zod.parse = (n, o) => {
        const r = n.value;
        return (
          typeof r == 'symbol' ||
            n.issues.push({ expected: 'symbol', code: 'invalid_type', input: r, inst: e }),
          n
        );
      });
  }),
  nv = v('$ZodUndefined', (e, t) => {
    U.init(e, t),
      (e._zod.pattern = Yg),
      (e._zod.values = new Set([void 0])),
      (e._zod.parse = (n, o) => {
        const r = n.value;
        return (
          typeof r > 'u' || n.issues.push({ expected: 'undefined', code: 'invalid_type', input: r, inst: e }),
          n
        );
      });
  }),
  ov = v('$ZodNull', (e, t) => {
    U.init(e, t),
      (e._zod.pattern = Xg),
      (e._zod.values = new Set([null])),
      (e._zod.parse = (n, o) => {
        const r = n.value;
        return (
          r === null || n.issues.push({ expected: 'null', code: 'invalid_type', input: r, inst: e }), n
        );
      });
  }),
  iv = v('$ZodAny', (e, t) => {
    U.init(e, t), (e._zod.parse = (n) => n);
  }),
  sv = v('$ZodUnknown', (e, t) => {
    U.init(e, t), (e._zod.parse = (n) => n);
  }),
  av = v('$ZodNever', (e, t) => {
    U.init(e, t),
      (e._zod.parse = (n, o) => (
        n.issues.push({ expected: 'never', code: 'invalid_type', input: n.value, inst: e }), n
      ));
  }),
  cv = v('$ZodVoid', (e, t) => {
    U.init(e, t),
      (e._zod.parse = (n, o) => {
        const r = n.value;
        return (
          typeof r > 'u' || n.issues.push({ expected: 'void', code: 'invalid_type', input: r, inst: e }), n
        );
      });
  }),
  uv = v('$ZodDate', (e, t) => {
    U.init(e, t),
      (e._zod.parse = (n, o) => {
        if (t.coerce)
          try {
            n.value = new Date(n.value);
          } catch {}
        const r = n.value,
          i = r instanceof Date;
        return (
          (i && !Number.isNaN(r.getTime())) ||
            n.issues.push({
              expected: 'date',
              code: 'invalid_type',
              input: r,
              ...(i ? { received: 'Invalid Date' } : {}),
              inst: e,
            }),
          n
        );
      });
  });
function lv(e, t) {
  const n = Lo(e._zod.def.checks);
  if (!n.length) return;
  const o = Math.min(...n.map((i) => i[0])),
    r = e._zod.parse;
  e._zod.parse = (i, s) => {
    const a = t(i.value);
    if (a > o && !s?.skipChecks && s?.direction !== 'backward') {
      for (const [c, u] of Lo(e._zod.def.checks))
        if (a > c && u._zod.def.when(i)) {
          const l = i.issues.length;
          return (u._zod.check(i), (i.issues[l].continue = !1), Es(i.issues, l, e), i);
        }
    }
    return r(i, s);
  };
}
var jM = (e) => (Array.isArray(e) ? e.length : -1),
  BM = (e) => (e instanceof Map ? e.size : -1),
  FM = (e) => (e instanceof Set ? e.size : -1);
function hT(e, t, n) {
  e.issues.length && t.issues.push(...Ze(n, e.issues)), (t.value[n] = e.value);
}
var dv = v('$ZodArray', (e, t) => {
  U.init(e, t);
  const n = be.memoizer;
  n?.attach(e),
    (e._zod.parse = (o, r) => {
      const i = o.value;
      if (!Array.isArray(i))
        return (o.issues.push({ expected: 'array', code: 'invalid_type', input: i, inst: e }), o);
      o.value = n ? n.alloc(e, o, Array(i.length), r) : Array(i.length);
      const s = [],
        a = r?.abortEarly;
      for (let c = 0; c < i.length; c++) {
        const u = i[c],
          l = t.element._zod.run({ value: u, issues: [] }, r);
        if (l instanceof Promise) s.push(l.then((d) => hT(d, o, c)));
        else if ((hT(l, o, c), a && l.issues.length !== 0 && Le(l))) break;
      }
      return s.length ? Promise.all(s).then(() => o) : o;
    }),
    lv(e, jM);
});
function Nl(e, t, n, o, r, i) {
  const s = n in o,
    a = i === 'optional';
  if (!(!s && a && r === 'optional')) {
    if (e.issues.length) {
      if (r !== void 0 && a && !s) return;
      t.issues.push(...Ze(n, e.issues));
    }
    if (!s && r === void 0) {
      e.issues.length ||
        t.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: void 0, path: [n] });
      return;
    }
    e.value === void 0 ? (s || (r === 'defaulted' && !a)) && (t.value[n] = void 0) : (t.value[n] = e.value);
  }
}
var VM = [];
function CT(e) {
  const t = Object.keys(e.shape),
    n = Object.getOwnPropertySymbols(e.shape),
    o = n.length ? n : VM,
    r = o.length ? [...t, ...o] : t;
  for (const s of r)
    if (!e.shape?.[s]?._zod?.traits?.has('$ZodType'))
      throw new Error(`Invalid element at key "${String(s)}": expected a Zod schema`);
  const i = ug(e.shape);
  return { ...e, allKeys: r, symbolKeys: o, keySet: new Set(t), numKeys: t.length, optionalKeys: new Set(i) };
}
function OT(e, t, n, o, r, i, s) {
  let a = [],
    c = r.keySet,
    u = r.catchall._zod,
    l = u.def.type,
    d = u.optin,
    p = u.optout,
    m = 0;
  for (const f in t) {
    if (s && n.issues.length !== m) {
      if (Le(n, m)) break;
      m = n.issues.length;
    }
    if (c.has(f)) continue;
    if (f === '__proto__') {
      l === 'never' && a.push(f);
      continue;
    }
    if (l === 'never') {
      a.push(f);
      continue;
    }
    const g = u.run({ value: t[f], issues: [] }, o);
    g instanceof Promise ? e.push(g.then((h) => Nl(h, n, f, t, d, p))) : Nl(g, n, f, t, d, p);
  }
  return (
    a.length && n.issues.push({ code: 'unrecognized_keys', keys: a, input: t, inst: i, continue: !0 }),
    e.length ? Promise.all(e).then(() => n) : n
  );
}
var NT = v('$ZodObject', (e, t) => {
    U.init(e, t);
    const n = Object.getOwnPropertyDescriptor(t, 'shape'),
      o = n?.get ? n.get.raw : (t.shape ?? {});
    if (o) {
      const u = () => {
        const l = { ...o };
        return (Object.defineProperty(t, 'shape', { value: l }), (u.raw = l), l);
      };
      (u.raw = o), Object.defineProperty(t, 'shape', { get: u });
    }
    const r = Uo(() => CT(t));
    L(e, 'propValues', (u) => {
      const l = u.def.shape,
        d = {};
      for (const p in l) {
        const m = l[p]._zod;
        if (m.values) {
          Object.hasOwn(d, p) || Re(d, p, new Set());
          for (const f of m.values) d[p].add(f);
          m.optin !== void 0 && d[p].add(void 0);
        }
      }
      return d;
    });
    let i = jn,
      s = t.catchall,
      a,
      c = be.memoizer;
    c?.attach(e),
      (e._zod.parse = (u, l) => {
        a ?? (a = r.value);
        const d = u.value;
        if (!i(d)) return (u.issues.push({ expected: 'object', code: 'invalid_type', input: d, inst: e }), u);
        u.value = c ? c.alloc(e, u, {}, l) : {};
        let p = [],
          m = a.shape,
          f = l?.abortEarly,
          g = u.issues.length;
        for (const h of a.allKeys) {
          if (f && u.issues.length !== g) {
            if (Le(u, g)) break;
            g = u.issues.length;
          }
          if (h === '__proto__') continue;
          const x = m[h],
            S = x._zod.optin,
            R = x._zod.optout,
            I = x._zod.run({ value: d[h], issues: [] }, l);
          I instanceof Promise ? p.push(I.then((k) => Nl(k, u, h, d, S, R))) : Nl(I, u, h, d, S, R);
        }
        return s ? OT(p, d, u, l, r.value, e, f === !0) : p.length ? Promise.all(p).then(() => u) : u;
      });
  }),
  pv = v('$ZodObjectJIT', (e, t) => {
    NT.init(e, t);
    let n = e._zod.parse,
      o = Uo(() => CT(t)),
      r = be.memoizer,
      i = (m) => {
        const f = o.value,
          g = f.symbolKeys,
          h = new Vn(['payload', 'ctx'], { shape: m, inst: e, memo: r, syms: g }),
          x = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`,
          S = (k, P) => `
          let ${k}_ab = false;
          for (let i = 0; i < ${k}.issues.length; i++) {
            const iss = ${k}.issues[i];
            iss.path = iss.path ? [${P}, ...iss.path] : [${P}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${k}_ab = true;
          }
          if (${k}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        h.write('const input = payload.value;');
        let R = Object.create(null),
          I = 0;
        for (const k of f.allKeys) R[k] = `key_${I++}`;
        h.write(r ? 'const newResult = memo.alloc(inst, payload, {}, ctx);' : 'const newResult = {};');
        for (const k of f.allKeys) {
          if (k === '__proto__') continue;
          const P = R[k],
            j = typeof k == 'symbol' ? `syms[${g.indexOf(k)}]` : ze(k),
            Je = `${j} in input`,
            _p = m[k],
            Xe = _p?._zod?.optin,
            _i = Xe !== void 0,
            xa = _p?._zod?.optout === 'optional';
          if ((h.write(`const ${P} = ${x(j)};`), _i && xa)) {
            const oo = Xe === 'optional' ? `${P}_present` : `${P}.value !== undefined || ${P}_present`;
            h.write(`
        const ${P}_present = ${Je};
        if (!${P}.issues.length || ${P}_present) {
          if (${P}.issues.length) {${S(P, j)}
          }

          if (${oo}) {
            newResult[${j}] = ${P}.value;
          }
        }

      `);
          } else
            _i
              ? (h.write(`
        if (${P}.issues.length) {${S(P, j)}
        }
      `),
                Xe === 'defaulted'
                  ? h.write(`newResult[${j}] = ${P}.value;`)
                  : h.write(`
        if (${P}.value !== undefined || ${Je}) {
          newResult[${j}] = ${P}.value;
        }
      `))
              : h.write(`
        const ${P}_present = ${Je};
        if (${P}.issues.length) {${S(P, j)}
        }
        if (!${P}_present && !${P}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${j}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${P}_present) {
          newResult[${j}] = ${P}.value;
        }

      `);
        }
        return (h.write('payload.value = newResult;'), h.write('return payload;'), h.compile());
      },
      s,
      a = jn,
      c = !be.jitless,
      l = c && ag.value,
      d = t.catchall,
      p;
    e._zod.parse = (m, f) => {
      p ?? (p = o.value);
      const g = m.value;
      return a(g)
        ? c && l && f?.async === !1 && f.jitless !== !0
          ? (s || (s = i(t.shape)), (m = s(m, f)), d ? OT([], g, m, f, p, e, f?.abortEarly === !0) : m)
          : n(m, f)
        : (m.issues.push({ expected: 'object', code: 'invalid_type', input: g, inst: e }), m);
    };
  });
function vT(e, t, n, o) {
  for (const i of e) if (i.issues.length === 0) return ((t.value = i.value), t);
  const r = e.filter((i) => !Le(i));
  return r.length === 1
    ? ((t.value = r[0].value), r[0])
    : (t.issues.push({
        code: 'invalid_union',
        input: t.value,
        inst: n,
        errors: e.map((i) => i.issues.map((s) => He(s, o, le()))),
      }),
      t);
}
var Fs = v('$ZodUnion', (e, t) => {
  U.init(e, t),
    L(e, 'optin', (o) =>
      o.def.options.some((r) => r._zod.optin === 'defaulted')
        ? 'defaulted'
        : o.def.options.some((r) => r._zod.optin !== void 0)
          ? 'optional'
          : void 0,
    ),
    L(e, 'optout', (o) => (o.def.options.some((r) => r._zod.optout === 'optional') ? 'optional' : void 0)),
    L(e, 'values', (o) => {
      if (o.def.options.every((r) => r._zod.values))
        return new Set(o.def.options.flatMap((r) => Array.from(r._zod.values)));
    }),
    L(e, 'pattern', (o) => {
      if (o.def.options.every((r) => r._zod.pattern)) {
        const r = o.def.options.map((i) => i._zod.pattern);
        return new RegExp(`^(${r.map((i) => ar(i.source)).join('|')})$`);
      }
    });
  const n = t.options.length === 1 ? t.options[0]._zod.run : null;
  e._zod.parse = (o, r) => {
    if (n) return n(o, r);
    let i = !1,
      s = [];
    for (const a of t.options) {
      const c = a._zod.run({ value: o.value, issues: [] }, r);
      if (c instanceof Promise) s.push(c), (i = !0);
      else {
        if (c.issues.length === 0) return c;
        s.push(c);
      }
    }
    return i ? Promise.all(s).then((a) => vT(a, o, e, r)) : vT(s, o, e, r);
  };
});
function yT(e, t, n, o) {
  const r = [];
  for (let i = 0; i < e.length; i++) e[i].issues.length === 0 && r.push(i);
  return r.length === 1
    ? ((t.value = e[r[0]].value), t)
    : (r.length === 0
        ? t.issues.push({
            code: 'invalid_union',
            input: t.value,
            inst: n,
            errors: e.map((i) => i.issues.map((s) => He(s, o, le()))),
          })
        : t.issues.push({
            code: 'invalid_union',
            input: t.value,
            inst: n,
            errors: [],
            inclusive: !1,
            matches: r,
          }),
      t);
}
var mv = v('$ZodXor', (e, t) => {
  Fs.init(e, t), (t.inclusive = !1);
  const n = t.options.length === 1 ? t.options[0]._zod.run : null;
  e._zod.parse = (o, r) => {
    if (n) return n(o, r);
    let i = !1,
      s = [];
    for (const a of t.options) {
      const c = a._zod.run({ value: o.value, issues: [] }, r);
      c instanceof Promise ? (s.push(c), (i = !0)) : s.push(c);
    }
    return i ? Promise.all(s).then((a) => yT(a, o, e, r)) : yT(s, o, e, r);
  };
});
function fv(e, t) {
  let n = e._zod,
    o = n.bag.optionsMap;
  o || ((o = UT(n.def)), (n.bag.optionsMap = o));
  const r = o.get(t);
  if (r === null) throw new Error(`Ambiguous discriminator value "${String(t)}"`);
  return r;
}
function UT(e) {
  const t = new Map();
  for (const n of e.options) {
    const o = n._zod.propValues?.[e.discriminator];
    if (!o || o.size === 0)
      throw new Error(`Invalid discriminated union option at index "${e.options.indexOf(n)}"`);
    for (const r of o)
      if (t.has(r)) {
        if (r !== void 0) throw new Error(`Duplicate discriminator value "${String(r)}"`);
        t.set(r, null);
      } else t.set(r, n);
  }
  return t;
}
var gv = v('$ZodDiscriminatedUnion', (e, t) => {
    (t.inclusive = !1), Fs.init(e, t);
    const n = e._zod.parse;
    L(e, 'propValues', (r) => {
      let i = {},
        s = 0;
      for (const a of r.def.options) {
        const c = a._zod.propValues;
        if (!c || Object.keys(c).length === 0)
          throw new Error(`Invalid discriminated union option at index "${r.def.options.indexOf(a)}"`);
        c[r.def.discriminator]?.has(void 0) && s++;
        for (const [u, l] of Object.entries(c)) {
          Object.hasOwn(i, u) || Re(i, u, new Set());
          for (const d of l) i[u].add(d);
        }
      }
      return (!r.def.unionFallback && s > 1 && i[r.def.discriminator]?.delete(void 0), i);
    }),
      t.options.forEach((r, i) => {
        const s = zo(r._zod.def);
        if (s && !Object.hasOwn(s, t.discriminator))
          throw new Error(`Invalid discriminated union option at index "${i}"`);
      });
    const o = Uo(() => UT(t));
    e._zod.parse = (r, i) => {
      const s = r.value;
      if (!jn(s)) return (r.issues.push({ code: 'invalid_type', expected: 'object', input: s, inst: e }), r);
      const a = s?.[t.discriminator],
        c = o.value.get(a);
      return c && (a !== void 0 || i.direction !== 'backward')
        ? c._zod.run(r, i)
        : t.unionFallback || i.direction === 'backward'
          ? n(r, i)
          : (r.issues.push({
              code: 'invalid_union',
              errors: [],
              note: 'No matching discriminator',
              discriminator: t.discriminator,
              options: Array.from(o.value.keys()).filter((u) => o.value.get(u) !== null),
              input: s,
              path: [t.discriminator],
              inst: e,
            }),
            r);
    };
  }),
  hv = v('$ZodIntersection', (e, t) => {
    U.init(e, t),
      (e._zod.parse = (n, o) => {
        const r = n.value,
          i = t.left._zod.run({ value: r, issues: [] }, o),
          s = t.right._zod.run({ value: r, issues: [] }, o);
        return i instanceof Promise || s instanceof Promise
          ? Promise.all([i, s]).then(([c, u]) => _T(n, c, u))
          : _T(n, i, s);
      });
  });
function Zo(e, t) {
  if (e === t) return { valid: !0, data: e };
  if (e instanceof Date && t instanceof Date && +e == +t) return { valid: !0, data: e };
  if (vt(e) && vt(t)) {
    const n = Object.keys(t),
      o = Object.keys(e).filter((i) => n.indexOf(i) !== -1),
      r = { ...e, ...t };
    Object.hasOwn(r, '__proto__') && delete r.__proto__;
    for (const i of o) {
      if (i === '__proto__') continue;
      const s = Zo(e[i], t[i]);
      if (!s.valid) return { valid: !1, mergeErrorPath: [i, ...s.mergeErrorPath] };
      r[i] = s.data;
    }
    return { valid: !0, data: r };
  }
  if (Array.isArray(e) && Array.isArray(t)) {
    if (e.length !== t.length) return { valid: !1, mergeErrorPath: [] };
    const n = [];
    for (let o = 0; o < e.length; o++) {
      const r = e[o],
        i = t[o],
        s = Zo(r, i);
      if (!s.valid) return { valid: !1, mergeErrorPath: [o, ...s.mergeErrorPath] };
      n.push(s.data);
    }
    return { valid: !0, data: n };
  }
  return { valid: !1, mergeErrorPath: [] };
}
function _T(e, t, n) {
  let o = new Map(),
    r,
    i = new Map(),
    s = (u, l) => {
      let d;
      if (u.code === 'unrecognized_keys' && !u.path?.length) r ?? (r = u), (d = u.keys);
      else if (u.code === 'invalid_key' && u.origin === 'record' && u.path?.length === 1) {
        const p = String(u.path[0]);
        i.has(p) || i.set(p, u), (d = [p]);
      } else return !1;
      for (const p of d) o.has(p) || o.set(p, {}), (o.get(p)[l] = !0);
      return !0;
    };
  for (const u of t.issues) s(u, 'l') || e.issues.push(u);
  for (const u of n.issues) s(u, 'r') || e.issues.push(u);
  const a = [...o].filter(([, u]) => u.l && u.r).map(([u]) => u);
  if (a.length) {
    const u = r ? a.filter((l) => r.keys.includes(l)) : [];
    u.length && e.issues.push({ ...r, keys: u });
    for (const l of a) !u.includes(l) && i.has(l) && e.issues.push(i.get(l));
  }
  const c = Zo(t.value, n.value);
  if (!c.valid) {
    if (Le(e)) return e;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(c.mergeErrorPath)}`);
  }
  return ((e.value = c.data), e);
}
var ql = v('$ZodTuple', (e, t) => {
  U.init(e, t);
  const n = t.items,
    o = be.memoizer;
  o?.attach(e),
    (e._zod.parse = (r, i) => {
      const s = r.value;
      if (!Array.isArray(s))
        return (r.issues.push({ input: s, inst: e, expected: 'tuple', code: 'invalid_type' }), r);
      r.value = o ? o.alloc(e, r, [], i) : [];
      const a = [],
        c = xT(n, 'optin'),
        u = xT(n, 'optout');
      if (!t.rest) {
        if (s.length < c)
          return (
            r.issues.push({
              code: 'too_small',
              minimum: c,
              inclusive: !0,
              input: s,
              inst: e,
              origin: 'array',
            }),
            r
          );
        s.length > n.length &&
          r.issues.push({
            code: 'too_big',
            maximum: n.length,
            inclusive: !0,
            input: s,
            inst: e,
            origin: 'array',
          });
      }
      let l = new Array(n.length),
        d = t.rest ? i?.abortEarly : void 0,
        p = !1;
      for (let m = 0; m < n.length; m++) {
        const f = n[m]._zod.run({ value: s[m], issues: [] }, i);
        f instanceof Promise
          ? a.push(
              f.then((g) => {
                l[m] = g;
              }),
            )
          : ((l[m] = f), d && !p && f.issues.length && (p = Le(f)));
      }
      if (t.rest && !p) {
        let m = n.length - 1,
          f = s.slice(n.length),
          g = r.issues.length;
        for (const h of f) {
          if (d && r.issues.length !== g) {
            if (Le(r, g)) break;
            g = r.issues.length;
          }
          m++;
          const x = t.rest._zod.run({ value: h, issues: [] }, i);
          x instanceof Promise ? a.push(x.then((S) => ST(S, r, m))) : ST(x, r, m);
        }
      }
      return a.length ? Promise.all(a).then(() => bT(l, r, n, s, u)) : bT(l, r, n, s, u);
    });
});
function xT(e, t) {
  for (let n = e.length - 1; n >= 0; n--)
    if (!(t === 'optin' ? e[n]._zod.optin !== void 0 : e[n]._zod.optout === 'optional')) return n + 1;
  return 0;
}
function ST(e, t, n) {
  e.issues.length && t.issues.push(...Ze(n, e.issues)), (t.value[n] = e.value);
}
function bT(e, t, n, o, r) {
  for (let i = 0; i < n.length; i++) {
    const s = e[i],
      a = i < o.length;
    if (!a && i >= r && n[i]._zod.optin === 'optional') {
      t.value.length = i;
      break;
    }
    if (s.issues.length) {
      if (!a && i >= r) {
        t.value.length = i;
        break;
      }
      t.issues.push(...Ze(i, s.issues));
    }
    t.value[i] = s.value;
  }
  for (
    let i = t.value.length - 1;
    i >= o.length && n[i]._zod.optout === 'optional' && t.value[i] === void 0;
    i--
  )
    t.value.length = i;
  return t;
}
var vv = v('$ZodRecord', (e, t) => {
    U.init(e, t);
    const n = be.memoizer;
    n?.attach(e),
      (e._zod.parse = (o, r) => {
        const i = o.value;
        if (!vt(i))
          return (o.issues.push({ expected: 'record', code: 'invalid_type', input: i, inst: e }), o);
        const s = [],
          a = t.keyType._zod.values;
        if (a && !t.partial) {
          o.value = n ? n.alloc(e, o, {}, r) : {};
          const c = new Set();
          for (const l of a)
            if (typeof l == 'string' || typeof l == 'number' || typeof l == 'symbol') {
              if ((c.add(typeof l == 'number' ? l.toString() : l), l === '__proto__')) continue;
              const d = t.keyType._zod.run({ value: l, issues: [] }, r);
              if (d instanceof Promise)
                throw new Error('Async schemas not supported in object keys currently');
              if (d.issues.length) {
                o.issues.push({
                  code: 'invalid_key',
                  origin: 'record',
                  issues: d.issues.map((f) => He(f, r, le())),
                  input: l,
                  path: [l],
                  inst: e,
                });
                continue;
              }
              const p = d.value;
              if (p === '__proto__') continue;
              const m = t.valueType._zod.run({ value: i[l], issues: [] }, r);
              m instanceof Promise
                ? s.push(
                    m.then((f) => {
                      f.issues.length && o.issues.push(...Ze(l, f.issues)), (o.value[p] = f.value);
                    }),
                  )
                : (m.issues.length && o.issues.push(...Ze(l, m.issues)), (o.value[p] = m.value));
            }
          let u;
          for (const l in i)
            if (!c.has(l))
              if (t.mode === 'loose') {
                if (l === '__proto__') continue;
                o.value[l] = i[l];
              } else (u = u ?? []), u.push(l);
          u &&
            u.length > 0 &&
            o.issues.push({ code: 'unrecognized_keys', input: i, inst: e, keys: u, continue: !0 });
        } else {
          o.value = n ? n.alloc(e, o, {}, r) : {};
          let c;
          for (const u of Reflect.ownKeys(i)) {
            if (u === '__proto__' || !Object.prototype.propertyIsEnumerable.call(i, u)) continue;
            let l = t.keyType._zod.run({ value: u, issues: [] }, r);
            if (l instanceof Promise) throw new Error('Async schemas not supported in object keys currently');
            if (typeof u == 'string' && cr.test(u) && l.issues.length) {
              const f = t.keyType._zod.run({ value: Number(u), issues: [] }, r);
              if (f instanceof Promise)
                throw new Error('Async schemas not supported in object keys currently');
              f.issues.length === 0 && (l = f);
            }
            if (l.issues.length) {
              t.mode === 'loose'
                ? (o.value[u] = i[u])
                : a
                  ? ((c = c ?? []), c.push(u))
                  : o.issues.push({
                      code: 'invalid_key',
                      origin: 'record',
                      issues: l.issues.map((f) => He(f, r, le())),
                      input: u,
                      path: [u],
                      inst: e,
                    });
              continue;
            }
            const p = l.value;
            if (p === '__proto__') continue;
            const m = t.valueType._zod.run({ value: i[u], issues: [] }, r);
            m instanceof Promise
              ? s.push(
                  m.then((f) => {
                    f.issues.length && o.issues.push(...Ze(u, f.issues)), (o.value[p] = f.value);
                  }),
                )
              : (m.issues.length && o.issues.push(...Ze(u, m.issues)), (o.value[p] = m.value));
          }
          c &&
            c.length > 0 &&
            o.issues.push({ code: 'unrecognized_keys', input: i, inst: e, keys: c, continue: !0 });
        }
        return s.length ? Promise.all(s).then(() => o) : o;
      });
  }),
  yv = v('$ZodMap', (e, t) => {
    U.init(e, t);
    const n = be.memoizer;
    n?.attach(e),
      (e._zod.parse = (o, r) => {
        const i = o.value;
        if (!(i instanceof Map))
          return (o.issues.push({ expected: 'map', code: 'invalid_type', input: i, inst: e }), o);
        const s = [];
        o.value = n ? n.alloc(e, o, new Map(), r) : new Map();
        let a = r?.abortEarly,
          c = o.issues.length;
        for (const [u, l] of i) {
          if (a && o.issues.length !== c) {
            if (Le(o, c)) break;
            c = o.issues.length;
          }
          const d = t.keyType._zod.run({ value: u, issues: [] }, r),
            p = t.valueType._zod.run({ value: l, issues: [] }, r);
          d instanceof Promise || p instanceof Promise
            ? s.push(
                Promise.all([d, p]).then(([m, f]) => {
                  $T(m, f, o, u, i, e, r);
                }),
              )
            : $T(d, p, o, u, i, e, r);
        }
        return s.length ? Promise.all(s).then(() => o) : o;
      }),
      lv(e, BM);
  });
function $T(e, t, n, o, r, i, s) {
  e.issues.length &&
    (Ss.has(typeof o)
      ? n.issues.push(...Ze(o, e.issues))
      : n.issues.push({
          code: 'invalid_key',
          origin: 'map',
          input: r,
          inst: i,
          issues: e.issues.map((a) => He(a, s, le())),
        })),
    t.issues.length &&
      (Ss.has(typeof o)
        ? n.issues.push(...Ze(o, t.issues))
        : n.issues.push({
            origin: 'map',
            code: 'invalid_element',
            input: r,
            inst: i,
            key: o,
            issues: t.issues.map((a) => He(a, s, le())),
          })),
    n.value.set(e.value, t.value);
}
var _v = v('$ZodSet', (e, t) => {
  U.init(e, t);
  const n = be.memoizer;
  n?.attach(e),
    (e._zod.parse = (o, r) => {
      const i = o.value;
      if (!(i instanceof Set))
        return (o.issues.push({ input: i, inst: e, expected: 'set', code: 'invalid_type' }), o);
      const s = [];
      o.value = n ? n.alloc(e, o, new Set(), r) : new Set();
      let a = r?.abortEarly,
        c = o.issues.length;
      for (const u of i) {
        if (a && o.issues.length !== c) {
          if (Le(o, c)) break;
          c = o.issues.length;
        }
        const l = t.valueType._zod.run({ value: u, issues: [] }, r);
        l instanceof Promise ? s.push(l.then((d) => ET(d, o))) : ET(l, o);
      }
      return s.length ? Promise.all(s).then(() => o) : o;
    }),
    lv(e, FM);
});
function ET(e, t) {
  e.issues.length && t.issues.push(...e.issues), t.value.add(e.value);
}
var xv = v('$ZodEnum', (e, t) => {
    U.init(e, t);
    const n = Oo(t.entries),
      o = new Set(n);
    (e._zod.values = o),
      L(e, 'pattern', (r) => {
        const i = Oo(r.def.entries).filter((s) => Ss.has(typeof s));
        return new RegExp(i.length ? `^(${i.map((s) => yt(s.toString())).join('|')})$` : '^[^\\s\\S]$');
      }),
      (e._zod.parse = (r, i) => {
        const s = r.value;
        return (o.has(s) || r.issues.push({ code: 'invalid_value', values: n, input: s, inst: e }), r);
      });
  }),
  Sv = v('$ZodLiteral', (e, t) => {
    U.init(e, t);
    const n = new Set(t.values);
    (e._zod.values = n),
      L(e, 'pattern', (o) => {
        const r = o.def.values;
        return new RegExp(
          r.length
            ? `^(${r.map((i) => (typeof i == 'string' ? yt(i) : i ? yt(i.toString()) : String(i))).join('|')})$`
            : '^[^\\s\\S]$',
        );
      }),
      (e._zod.parse = (o, r) => {
        const i = o.value;
        return (n.has(i) || o.issues.push({ code: 'invalid_value', values: t.values, input: i, inst: e }), o);
      });
  }),
  bv = v('$ZodFile', (e, t) => {
    U.init(e, t),
      (e._zod.parse = (n, o) => {
        const r = n.value;
        return (
          r instanceof File || n.issues.push({ expected: 'file', code: 'invalid_type', input: r, inst: e }), n
        );
      });
  }),
  $v = v('$ZodTransform', (e, t) => {
    U.init(e, t),
      (e._zod.optin = 'optional'),
      be.memoizer?.guard(e),
      (e._zod.parse = (n, o) => {
        if (o.direction === 'backward') throw new Ur(e.constructor.name);
        const r = t.transform(n.value, n);
        if (o.async) return (r instanceof Promise ? r : Promise.resolve(r)).then((s) => ((n.value = s), n));
        if (r instanceof Promise) throw new Ke();
        return ((n.value = r), n);
      });
  });
function IT(e, t) {
  return ((e.value = t.issues.length ? void 0 : t.value), e);
}
var Wl = v('$ZodOptional', (e, t) => {
    U.init(e, t),
      L(e, 'optin', (n) => (n.def.innerType._zod.optin === 'defaulted' ? 'defaulted' : 'optional')),
      (e._zod.optout = 'optional'),
      L(e, 'values', (n) => {
        const o = n.def.innerType._zod.values;
        return o ? new Set([...o, void 0]) : void 0;
      }),
      L(e, 'pattern', (n) => {
        const o = n.def.innerType._zod.pattern;
        return o ? new RegExp(`^(${ar(o.source)})?$`) : void 0;
      }),
      (e._zod.parse = (n, o) => {
        if (n.value === void 0) {
          if (t.innerType._zod.optin !== 'defaulted') return n;
          const r = t.innerType._zod.run({ value: n.value, issues: [] }, o);
          return r instanceof Promise ? r.then((i) => IT(n, i)) : IT(n, r);
        }
        return t.innerType._zod.run(n, o);
      });
  }),
  Ev = v('$ZodExactOptional', (e, t) => {
    Wl.init(e, t),
      L(e, 'values', (n) => n.def.innerType._zod.values),
      L(e, 'pattern', (n) => n.def.innerType._zod.pattern),
      (e._zod.parse = (n, o) => t.innerType._zod.run(n, o));
  }),
  Iv = v('$ZodNullable', (e, t) => {
    U.init(e, t),
      L(e, 'optin', (n) => n.def.innerType._zod.optin),
      L(e, 'optout', (n) => n.def.innerType._zod.optout),
      L(e, 'pattern', (n) => {
        const o = n.def.innerType._zod.pattern;
        return o ? new RegExp(`^(${ar(o.source)}|null)$`) : void 0;
      }),
      L(e, 'values', (n) =>
        n.def.innerType._zod.values ? new Set([...n.def.innerType._zod.values, null]) : void 0,
      ),
      (e._zod.parse = (n, o) => (n.value === null ? n : t.innerType._zod.run(n, o)));
  }),
  wv = v('$ZodDefault', (e, t) => {
    U.init(e, t),
      (e._zod.optin = 'defaulted'),
      L(e, 'values', (n) => n.def.innerType._zod.values),
      (e._zod.parse = (n, o) => {
        if (o.direction === 'backward') return t.innerType._zod.run(n, o);
        if (n.value === void 0) return ((n.value = t.defaultValue), n);
        const r = t.innerType._zod.run(n, o);
        return r instanceof Promise ? r.then((i) => wT(i, t)) : wT(r, t);
      });
  });
function wT(e, t) {
  return (e.value === void 0 && (e.value = t.defaultValue), e);
}
var Rv = v('$ZodPrefault', (e, t) => {
    U.init(e, t),
      (e._zod.optin = 'defaulted'),
      L(e, 'values', (n) => n.def.innerType._zod.values),
      (e._zod.parse = (n, o) => (
        o.direction === 'backward' || (n.value === void 0 && (n.value = t.defaultValue)),
        t.innerType._zod.run(n, o)
      ));
  }),
  Tv = v('$ZodNonOptional', (e, t) => {
    U.init(e, t),
      L(e, 'values', (n) => {
        const o = n.def.innerType._zod.values;
        return o ? new Set([...o].filter((r) => r !== void 0)) : void 0;
      }),
      (e._zod.parse = (n, o) => {
        const r = t.innerType._zod.run(n, o);
        return r instanceof Promise ? r.then((i) => RT(i, e)) : RT(r, e);
      });
  });
function RT(e, t) {
  return (
    !e.issues.length &&
      e.value === void 0 &&
      e.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: e.value, inst: t }),
    e
  );
}
var Av = v('$ZodSuccess', (e, t) => {
  U.init(e, t),
    (e._zod.parse = (n, o) => {
      if (o.direction === 'backward') throw new Ur('ZodSuccess');
      const r = t.innerType._zod.run(n, o);
      return r instanceof Promise
        ? r.then((i) => ((n.value = i.issues.length === 0), n))
        : ((n.value = r.issues.length === 0), n);
    });
});
function TT(e, t, n, o) {
  return t.issues.length
    ? ((e.value = n.catchValue({
        ...t,
        value: e.value,
        error: { issues: t.issues.map((r) => He(r, o, le())) },
        input: e.value,
      })),
      e)
    : ((e.value = t.value), t.memo && (e.memo = !0), e);
}
var kv = v('$ZodCatch', (e, t) => {
    U.init(e, t),
      L(e, 'optin', (n) => (n.def.innerType._zod.optin === 'defaulted' ? 'defaulted' : 'optional')),
      L(e, 'optout', (n) => n.def.innerType._zod.optout),
      L(e, 'values', (n) => n.def.innerType._zod.values),
      (e._zod.parse = (n, o) => {
        if (o.direction === 'backward') return t.innerType._zod.run(n, o);
        const r = t.innerType._zod.run({ value: n.value, issues: [] }, o);
        return r instanceof Promise ? r.then((i) => TT(n, i, t, o)) : TT(n, r, t, o);
      });
  }),
  Pv = v('$ZodNaN', (e, t) => {
    U.init(e, t),
      (e._zod.parse = (n, o) => (
        (typeof n.value != 'number' || !Number.isNaN(n.value)) &&
          n.issues.push({ input: n.value, inst: e, expected: 'nan', code: 'invalid_type' }),
        n
      ));
  }),
  Jl = v('$ZodPipe', (e, t) => {
    U.init(e, t),
      L(e, 'values', (n) => n.def.in._zod.values),
      L(e, 'optin', (n) => n.def.in._zod.optin),
      L(e, 'optout', (n) => n.def.out._zod.optout),
      L(e, 'propValues', (n) => n.def.in._zod.propValues),
      (e._zod.parse = (n, o) => {
        if (o.direction === 'backward') {
          const i = t.out._zod.run(n, o);
          return i instanceof Promise ? i.then((s) => Dl(s, t.in, o)) : Dl(i, t.in, o);
        }
        const r = t.in._zod.run(n, o);
        return r instanceof Promise ? r.then((i) => Dl(i, t.out, o)) : Dl(r, t.out, o);
      });
  });
function Dl(e, t, n) {
  return e.issues.some((o) => o.code !== 'unrecognized_keys')
    ? ((e.aborted = !0), e)
    : t._zod.run({ value: e.value, issues: e.issues }, n);
}
var Vs = v('$ZodCodec', (e, t) => {
  U.init(e, t),
    L(e, 'values', (n) => n.def.in._zod.values),
    L(e, 'optin', (n) => n.def.in._zod.optin),
    L(e, 'optout', (n) => n.def.out._zod.optout),
    L(e, 'propValues', (n) => n.def.in._zod.propValues),
    (e._zod.parse = (n, o) => {
      if ((o.direction || 'forward') === 'forward') {
        const i = t.in._zod.run(n, o);
        return i instanceof Promise ? i.then((s) => Cl(s, t, o)) : Cl(i, t, o);
      } else {
        const i = t.out._zod.run(n, o);
        return i instanceof Promise ? i.then((s) => Cl(s, t, o)) : Cl(i, t, o);
      }
    });
});
function Cl(e, t, n) {
  if (e.issues.length) return ((e.aborted = !0), e);
  if ((n.direction || 'forward') === 'forward') {
    const r = t.transform(e.value, e);
    return r instanceof Promise ? r.then((i) => Ol(e, i, t.out, n)) : Ol(e, r, t.out, n);
  } else {
    const r = t.reverseTransform(e.value, e);
    return r instanceof Promise ? r.then((i) => Ol(e, i, t.in, n)) : Ol(e, r, t.in, n);
  }
}
function Ol(e, t, n, o) {
  return e.issues.length ? ((e.aborted = !0), e) : n._zod.run({ value: t, issues: e.issues }, o);
}
var Dv = v('$ZodPreprocess', (e, t) => {
    Jl.init(e, t);
  }),
  Cv = v('$ZodReadonly', (e, t) => {
    U.init(e, t),
      L(e, 'propValues', (n) => n.def.innerType._zod.propValues),
      L(e, 'values', (n) => n.def.innerType._zod.values),
      L(e, 'optin', (n) => n.def.innerType?._zod?.optin),
      L(e, 'optout', (n) => n.def.innerType?._zod?.optout),
      (e._zod.parse = (n, o) => {
        if (o.direction === 'backward') return t.innerType._zod.run(n, o);
        const r = t.innerType._zod.run(n, o);
        return r instanceof Promise ? r.then(AT) : AT(r);
      });
  });
function AT(e) {
  return (e.memo || (e.value = Object.freeze(e.value)), e);
}
function GM(e) {
  let t = e._zod.def,
    n = t.pattern,
    o = !!t.format?.includes('int'),
    r,
    i;
  for (const a of t.checks ?? []) {
    const c = a._zod.def;
    c.pattern && (n = c.pattern), o || (o = !!c.format?.includes('int'));
    const u = c.minimum ?? c.length,
      l = c.maximum ?? c.length;
    u !== void 0 && (r === void 0 || u > r) && (r = u), l !== void 0 && (i === void 0 || l < i) && (i = l);
  }
  if (n) return n.source;
  if (r !== void 0 && i !== void 0 && r > i) return '(?!)';
  if (r !== void 0 || i !== void 0) return qg({ minimum: r, maximum: i }).source;
  const s = e._zod.pattern;
  return (o && s === cr ? Cs : s)?.source;
}
function Eh(e) {
  const t = e._zod.def,
    n = e._zod.pattern?.source,
    o = t.innerType ?? e._zod.innerType;
  if (o) {
    const r = o._zod.pattern?.source,
      i = Eh(o);
    return n && r && i && i !== r ? n.replace(ar(r), () => ar(i)) : n;
  }
  if (t.options) {
    const r = t.options.map(Eh);
    if (r.every(Boolean)) return `^(${r.map((i) => ar(i)).join('|')})$`;
  }
  return GM(e);
}
var Ov = v('$ZodTemplateLiteral', (e, t) => {
    U.init(e, t);
    const n = [];
    for (const o of t.parts)
      if (typeof o == 'object' && o !== null) {
        const r = Eh(o);
        if (!r)
          throw new Error(`Invalid template literal part, no pattern found: ${[...o._zod.traits].shift()}`);
        n.push(ar(r));
      } else if (o === null || cg.has(typeof o)) n.push(yt(`${o}`));
      else throw new Error(`Invalid template literal part: ${o}`);
    (e._zod.pattern = new RegExp(`^${n.join('')}$`)),
      (e._zod.parse = (o, r) =>
        typeof o.value != 'string'
          ? (o.issues.push({ input: o.value, inst: e, expected: 'string', code: 'invalid_type' }), o)
          : ((e._zod.pattern.lastIndex = 0),
            e._zod.pattern.test(o.value) ||
              o.issues.push({
                input: o.value,
                inst: e,
                code: 'invalid_format',
                format: t.format ?? 'template_literal',
                pattern: e._zod.pattern.source,
              }),
            o));
  }),
  Nv = v(
    '$ZodFunction',
    (e, t) => (
      U.init(e, t),
      Object.defineProperty(e, '_def', { value: t }),
      (e._zod.def = t),
      (e.implement = (n) => {
        if (typeof n != 'function') throw new Error('implement() must be called with a function');
        return Object.defineProperty(
          function (...o) {
            const r = e._def.input ? hl(e._def.input, o) : o,
              i = Reflect.apply(n, this, r);
            return e._def.output ? hl(e._def.output, i) : i;
          },
          '_zod',
          { value: e._zod, enumerable: !1 },
        );
      }),
      (e.implementAsync = (n) => {
        if (typeof n != 'function') throw new Error('implementAsync() must be called with a function');
        return Object.defineProperty(
          async function (...o) {
            const r = e._def.input ? await vl(e._def.input, o) : o,
              i = await Reflect.apply(n, this, r);
            return e._def.output ? await vl(e._def.output, i) : i;
          },
          '_zod',
          { value: e._zod, enumerable: !1 },
        );
      }),
      (e._zod.parse = (n, o) =>
        typeof n.value != 'function'
          ? (n.issues.push({ code: 'invalid_type', expected: 'function', input: n.value, inst: e }), n)
          : (e._def.output && e._def.output._zod.def.type === 'promise'
              ? (n.value = e.implementAsync(n.value))
              : (n.value = e.implement(n.value)),
            n)),
      (e.input = (...n) => {
        const o = e.constructor;
        return Array.isArray(n[0])
          ? new o({
              type: 'function',
              input: new ql({ type: 'tuple', items: n[0], rest: n[1] }),
              output: e._def.output,
            })
          : new o({ type: 'function', input: n[0], output: e._def.output });
      }),
      (e.output = (n) => {
        const o = e.constructor;
        return new o({ type: 'function', input: e._def.input, output: n });
      }),
      e
    ),
  ),
  Uv = v('$ZodPromise', (e, t) => {
    U.init(e, t),
      (e._zod.parse = (n, o) =>
        Promise.resolve(n.value).then((r) => t.innerType._zod.run({ value: r, issues: [] }, o)));
  }),
  Gs = v('$ZodLazy', (e, t) => {
    U.init(e, t),
      ig(e._zod, 'innerType', () => {
        const n = t;
        return (n._cachedInner || (n._cachedInner = t.getter()), n._cachedInner);
      }),
      L(e, 'pattern', (n) => n.innerType?._zod?.pattern),
      L(e, 'propValues', (n) => n.innerType?._zod?.propValues),
      L(e, 'optin', (n) => n.innerType?._zod?.optin ?? void 0),
      L(e, 'optout', (n) => n.innerType?._zod?.optout ?? void 0),
      (e._zod.parse = (n, o) => e._zod.innerType._zod.run(n, o));
  }),
  zv = v('$ZodCustom', (e, t) => {
    ne.init(e, t),
      U.init(e, t),
      (e._zod.parse = (n, o) => n),
      (e._zod.check = (n) => {
        const o = n.value,
          r = t.fn(o);
        if (r instanceof Promise) return r.then((i) => kT(i, n, o, e));
        kT(r, n, o, e);
      });
  });
function kT(e, t, n, o) {
  if (!e) {
    const r = {
      code: 'custom',
      input: n,
      inst: o,
      path: [...(o._zod.def.path ?? [])],
      continue: !o._zod.def.abort,
    };
    o._zod.def.params && (r.params = o._zod.def.params), t.issues.push(Mo(r));
  }
}
var ed = class extends Error {
    constructor() {
      super('Cannot parse a reference cycle that closes through a transform'), (this.name = 'ZodCyclicError');
    }
  },
  Mv = '~memo',
  LT = [];
function MT(e) {
  return e !== null && typeof e == 'object';
}
function Lv(e) {
  return e.map((t) => (t.path ? { ...t, path: t.path.slice() } : { ...t }));
}
var jT = new WeakMap(),
  Ho = 0,
  Ql = 1,
  Zs = 2;
function Hs(e, t, n) {
  const o = jT.get(e);
  if (o !== void 0) return o ? Zs : Ho;
  if (t.has(e)) return Zs;
  t.add(e);
  let r = Ho,
    i = (l) => {
      if (r !== Zs && l?._zod) {
        const d = Hs(l, t, n);
        d > r && (r = d);
      }
    },
    s = (l, d) => {
      let p = Ho;
      for (const m of Reflect.ownKeys(l)) {
        const f = Object.getOwnPropertyDescriptor(l, m);
        if (d && !f.enumerable) continue;
        const g = f.get ? Ql : f.value?._zod ? Hs(f.value, t, n) : Ho;
        g > p && (p = g);
      }
      return p;
    },
    a = (l) => {
      l > r && (r = l);
    },
    c = e._zod.def,
    u = c.type;
  switch (u) {
    case 'object': {
      const l = zo(c);
      a(l ? s(l, !0) : Ql), i(c.catchall);
      break;
    }
    case 'array':
      i(c.element);
      break;
    case 'tuple':
      for (const l of c.items) i(l);
      i(c.rest);
      break;
    case 'record':
    case 'map':
      i(c.keyType), i(c.valueType);
      break;
    case 'set':
      i(c.valueType);
      break;
    case 'union':
      for (const l of c.options) i(l);
      break;
    case 'intersection':
      i(c.left), i(c.right);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
    case 'promise':
    case 'success':
      i(c.innerType);
      break;
    case 'pipe':
      i(c.in), i(c.out);
      break;
    case 'function':
      i(c.input), i(c.output);
      break;
    case 'lazy': {
      const l = c._cachedInner ?? (n ? e._zod.innerType : void 0);
      a(l ? Hs(l, t, !1) : Ql);
      break;
    }
    case 'template_literal':
    case 'string':
    case 'number':
    case 'int':
    case 'boolean':
    case 'bigint':
    case 'symbol':
    case 'undefined':
    case 'null':
    case 'void':
    case 'never':
    case 'any':
    case 'unknown':
    case 'date':
    case 'nan':
    case 'enum':
    case 'literal':
    case 'file':
    case 'transform':
    case 'custom':
      break;
    default:
      for (const l in c) {
        const d = Object.getOwnPropertyDescriptor(c, l);
        if (!d || d.get) continue;
        const p = d.value;
        if (!(!p || typeof p != 'object')) {
          if (p._zod) i(p);
          else if (Array.isArray(p)) for (const m of p) i(m);
        }
      }
  }
  return (t.delete(e), ZM(e, r));
}
function ZM(e, t) {
  return (t !== Ql && jT.set(e, t === Zs), t);
}
function td(e) {
  return Hs(e, new Set(), !0) !== Ho;
}
function HM(e, t) {
  let n = e.buckets.get(t);
  return (n || ((n = new WeakMap()), e.buckets.set(t, n)), n);
}
var Xl,
  Yl = [],
  KM = {
    alloc(e, t, n) {
      const o = Xl;
      if (!o) return n;
      Xl = void 0;
      const r = { value: n, issues: null };
      return (o.set(t.value, r), Yl.push(r), n);
    },
    guard(e) {
      var t;
      (t = e._zod).deferred ?? (t.deferred = []),
        e._zod.deferred.push(() => {
          const n = e._zod.parse,
            o = (r, i) => {
              if (i.direction !== 'backward' && rd(i, r.value)) throw new ed();
              return n(r, i);
            };
          (e._zod.parse = o), e._zod.run === n && (e._zod.run = o);
        });
    },
    attach(e) {
      var t;
      let n,
        o = !1,
        r,
        i;
      (t = e._zod).deferred ?? (t.deferred = []),
        e._zod.deferred.push(() => {
          const s = e._zod.parse,
            a = (c, u) => {
              if (n === void 0) {
                const x = Hs(e, new Set(), !1);
                if (x === Ho) return ((e._zod.parse = s), e._zod.run === a && (e._zod.run = s), s(c, u));
                x === Zs || o ? (n = !0) : (o = !0);
              }
              const l = c.value;
              if (!MT(l)) return s(c, u);
              let d = u[Mv];
              d || ((d = { buckets: new WeakMap(), backEdges: void 0 }), (u[Mv] = d));
              let p;
              r === u ? (p = i) : ((p = HM(d, e)), (r = u), (i = p));
              const m = p.get(l);
              if (m)
                return (
                  (c.value = m.value),
                  m.issues
                    ? m.issues.length && c.issues.push(...Lv(m.issues))
                    : ((c.memo = !0), d.backEdges ?? (d.backEdges = new WeakSet()), d.backEdges.add(m.value)),
                  c
                );
              Xl = p;
              const f = Yl.length,
                g = s(c, u);
              Xl = void 0;
              const h = Yl.length > f ? Yl.pop() : void 0;
              return g instanceof Promise
                ? g.then((x) => (h && (h.issues = x.issues.length ? Lv(x.issues) : LT), x))
                : (h && (h.issues = g.issues.length ? Lv(g.issues) : LT), g);
            };
          (e._zod.parse = a), e._zod.run === s && (e._zod.run = a);
        });
    },
  };
function Ks() {
  return KM;
}
function rd(e, t) {
  const n = e[Mv]?.backEdges;
  return n !== void 0 && MT(t) && n.has(t);
}
var Ws = {};
Pt(Ws, {
  ar: () => BT,
  az: () => FT,
  be: () => GT,
  bg: () => ZT,
  bn: () => HT,
  ca: () => KT,
  ckb: () => qT,
  cs: () => WT,
  da: () => JT,
  de: () => XT,
  el: () => YT,
  en: () => nd,
  eo: () => QT,
  es: () => eA,
  fa: () => tA,
  fi: () => rA,
  fr: () => nA,
  frCA: () => oA,
  gu: () => iA,
  he: () => sA,
  hi: () => aA,
  hr: () => cA,
  hu: () => uA,
  hy: () => dA,
  id: () => pA,
  is: () => mA,
  it: () => fA,
  ja: () => gA,
  ka: () => hA,
  kh: () => vA,
  km: () => od,
  kn: () => yA,
  ko: () => _A,
  lt: () => SA,
  mk: () => bA,
  ms: () => $A,
  ne: () => EA,
  nl: () => IA,
  nn: () => wA,
  no: () => RA,
  ota: () => TA,
  pl: () => kA,
  ps: () => AA,
  pt: () => PA,
  ptBR: () => DA,
  ro: () => CA,
  ru: () => NA,
  sk: () => UA,
  sl: () => zA,
  sv: () => LA,
  ta: () => MA,
  tg: () => jA,
  th: () => BA,
  tk: () => FA,
  tr: () => VA,
  ua: () => GA,
  uk: () => id,
  ur: () => ZA,
  uz: () => HA,
  vi: () => KA,
  yo: () => JA,
  zhCN: () => qA,
  zhTW: () => WA,
});
var qM = () => {
  const e = {
    string: { unit: '\u062D\u0631\u0641', verb: '\u0623\u0646 \u064A\u062D\u0648\u064A' },
    file: { unit: '\u0628\u0627\u064A\u062A', verb: '\u0623\u0646 \u064A\u062D\u0648\u064A' },
    array: { unit: '\u0639\u0646\u0635\u0631', verb: '\u0623\u0646 \u064A\u062D\u0648\u064A' },
    set: { unit: '\u0639\u0646\u0635\u0631', verb: '\u0623\u0646 \u064A\u062D\u0648\u064A' },
    map: { unit: '\u0639\u0646\u0635\u0631', verb: '\u0623\u0646 \u064A\u062D\u0648\u064A' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u0645\u062F\u062E\u0644',
      email: '\u0628\u0631\u064A\u062F \u0625\u0644\u0643\u062A\u0631\u0648\u0646\u064A',
      url: '\u0631\u0627\u0628\u0637',
      emoji: '\u0625\u064A\u0645\u0648\u062C\u064A',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime:
        '\u062A\u0627\u0631\u064A\u062E \u0648\u0648\u0642\u062A \u0628\u0645\u0639\u064A\u0627\u0631 ISO',
      date: '\u062A\u0627\u0631\u064A\u062E \u0628\u0645\u0639\u064A\u0627\u0631 ISO',
      time: '\u0648\u0642\u062A \u0628\u0645\u0639\u064A\u0627\u0631 ISO',
      duration: '\u0645\u062F\u0629 \u0628\u0645\u0639\u064A\u0627\u0631 ISO',
      ipv4: '\u0639\u0646\u0648\u0627\u0646 IPv4',
      ipv6: '\u0639\u0646\u0648\u0627\u0646 IPv6',
      mac: '\u0639\u0646\u0648\u0627\u0646 MAC',
      cidrv4: '\u0645\u062F\u0649 \u0639\u0646\u0627\u0648\u064A\u0646 \u0628\u0635\u064A\u063A\u0629 IPv4',
      cidrv6: '\u0645\u062F\u0649 \u0639\u0646\u0627\u0648\u064A\u0646 \u0628\u0635\u064A\u063A\u0629 IPv6',
      base64: '\u0646\u064E\u0635 \u0628\u062A\u0631\u0645\u064A\u0632 base64-encoded',
      base64url: '\u0646\u064E\u0635 \u0628\u062A\u0631\u0645\u064A\u0632 base64url-encoded',
      json_string: '\u0646\u064E\u0635 \u0639\u0644\u0649 \u0647\u064A\u0626\u0629 JSON',
      e164: '\u0631\u0642\u0645 \u0647\u0627\u062A\u0641 \u0628\u0645\u0639\u064A\u0627\u0631 E.164',
      credit_card:
        '\u0631\u0642\u0645 \u0628\u0637\u0627\u0642\u0629 \u0627\u0644\u0627\u0626\u062A\u0645\u0627\u0646',
      currency_code: '\u0631\u0645\u0632 \u0627\u0644\u0639\u0645\u0644\u0629',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u0645\u062F\u062E\u0644',
    },
    o = { nan: 'NaN' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `\u0645\u062F\u062E\u0644\u0627\u062A \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644\u0629: \u064A\u0641\u062A\u0631\u0636 \u0625\u062F\u062E\u0627\u0644 instanceof ${r.expected}\u060C \u0648\u0644\u0643\u0646 \u062A\u0645 \u0625\u062F\u062E\u0627\u0644 ${a}`
          : `\u0645\u062F\u062E\u0644\u0627\u062A \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644\u0629: \u064A\u0641\u062A\u0631\u0636 \u0625\u062F\u062E\u0627\u0644 ${i}\u060C \u0648\u0644\u0643\u0646 \u062A\u0645 \u0625\u062F\u062E\u0627\u0644 ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u0645\u062F\u062E\u0644\u0627\u062A \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644\u0629: \u064A\u0641\u062A\u0631\u0636 \u0625\u062F\u062E\u0627\u0644 ${$(r.values[0])}`
          : `\u0627\u062E\u062A\u064A\u0627\u0631 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062A\u0648\u0642\u0639 \u0627\u0646\u062A\u0642\u0627\u0621 \u0623\u062D\u062F \u0647\u0630\u0647 \u0627\u0644\u062E\u064A\u0627\u0631\u0627\u062A: ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? ` \u0623\u0643\u0628\u0631 \u0645\u0646 \u0627\u0644\u0644\u0627\u0632\u0645: \u064A\u0641\u062A\u0631\u0636 \u0623\u0646 \u062A\u0643\u0648\u0646 ${r.origin ?? '\u0627\u0644\u0642\u064A\u0645\u0629'} ${i} ${r.maximum.toString()} ${s.unit ?? '\u0639\u0646\u0635\u0631'}`
          : `\u0623\u0643\u0628\u0631 \u0645\u0646 \u0627\u0644\u0644\u0627\u0632\u0645: \u064A\u0641\u062A\u0631\u0636 \u0623\u0646 \u062A\u0643\u0648\u0646 ${r.origin ?? '\u0627\u0644\u0642\u064A\u0645\u0629'} ${i} ${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `\u0623\u0635\u063A\u0631 \u0645\u0646 \u0627\u0644\u0644\u0627\u0632\u0645: \u064A\u0641\u062A\u0631\u0636 \u0644\u0640 ${r.origin} \u0623\u0646 \u064A\u0643\u0648\u0646 ${i} ${r.minimum.toString()} ${s.unit}`
          : `\u0623\u0635\u063A\u0631 \u0645\u0646 \u0627\u0644\u0644\u0627\u0632\u0645: \u064A\u0641\u062A\u0631\u0636 \u0644\u0640 ${r.origin} \u0623\u0646 \u064A\u0643\u0648\u0646 ${i} ${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u0646\u064E\u0635 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u0628\u062F\u0623 \u0628\u0640 "${r.prefix}"`
          : i.format === 'ends_with'
            ? `\u0646\u064E\u0635 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u0646\u062A\u0647\u064A \u0628\u0640 "${i.suffix}"`
            : i.format === 'includes'
              ? `\u0646\u064E\u0635 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u062A\u0636\u0645\u0651\u064E\u0646 "${i.includes}"`
              : i.format === 'regex'
                ? `\u0646\u064E\u0635 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u0637\u0627\u0628\u0642 \u0627\u0644\u0646\u0645\u0637 ${i.pattern}`
                : `${n[i.format] ?? r.format} \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644`;
      }
      case 'not_multiple_of':
        return `\u0631\u0642\u0645 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644: \u064A\u062C\u0628 \u0623\u0646 \u064A\u0643\u0648\u0646 \u0645\u0646 \u0645\u0636\u0627\u0639\u0641\u0627\u062A ${r.divisor}`;
      case 'unrecognized_keys':
        return `\u0645\u0639\u0631\u0641${r.keys.length > 1 ? '\u0627\u062A' : ''} \u063A\u0631\u064A\u0628${r.keys.length > 1 ? '\u0629' : ''}: ${y(r.keys, '\u060C ')}`;
      case 'invalid_key':
        return `\u0645\u0639\u0631\u0641 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644 \u0641\u064A ${r.origin}`;
      case 'invalid_union':
        return '\u0645\u062F\u062E\u0644 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644';
      case 'invalid_element':
        return `\u0645\u062F\u062E\u0644 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644 \u0641\u064A ${r.origin}`;
      default:
        return '\u0645\u062F\u062E\u0644 \u063A\u064A\u0631 \u0645\u0642\u0628\u0648\u0644';
    }
  };
};
function BT() {
  return { localeError: qM() };
}
var WM = () => {
  const e = {
    string: { unit: 'simvol', verb: 'olmal\u0131d\u0131r' },
    file: { unit: 'bayt', verb: 'olmal\u0131d\u0131r' },
    array: { unit: 'element', verb: 'olmal\u0131d\u0131r' },
    set: { unit: 'element', verb: 'olmal\u0131d\u0131r' },
    map: { unit: 'element', verb: 'olmal\u0131d\u0131r' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'input',
      email: 'email address',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO datetime',
      date: 'ISO date',
      time: 'ISO time',
      duration: 'ISO duration',
      ipv4: 'IPv4 address',
      ipv6: 'IPv6 address',
      mac: 'MAC address',
      cidrv4: 'IPv4 range',
      cidrv6: 'IPv6 range',
      base64: 'base64-encoded string',
      base64url: 'base64url-encoded string',
      json_string: 'JSON string',
      e164: 'E.164 number',
      credit_card: 'kredit kart\u0131 n\xF6mr\u0259si',
      currency_code: 'valyuta kodu',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'input',
    },
    o = { nan: 'NaN' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Yanl\u0131\u015F d\u0259y\u0259r: g\xF6zl\u0259nil\u0259n instanceof ${r.expected}, daxil olan ${a}`
          : `Yanl\u0131\u015F d\u0259y\u0259r: g\xF6zl\u0259nil\u0259n ${i}, daxil olan ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Yanl\u0131\u015F d\u0259y\u0259r: g\xF6zl\u0259nil\u0259n ${$(r.values[0])}`
          : `Yanl\u0131\u015F se\xE7im: a\u015Fa\u011F\u0131dak\u0131lardan biri olmal\u0131d\u0131r: ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `\xC7ox b\xF6y\xFCk: g\xF6zl\u0259nil\u0259n ${r.origin ?? 'd\u0259y\u0259r'} ${i}${r.maximum.toString()} ${s.unit ?? 'element'}`
          : `\xC7ox b\xF6y\xFCk: g\xF6zl\u0259nil\u0259n ${r.origin ?? 'd\u0259y\u0259r'} ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `\xC7ox ki\xE7ik: g\xF6zl\u0259nil\u0259n ${r.origin} ${i}${r.minimum.toString()} ${s.unit}`
          : `\xC7ox ki\xE7ik: g\xF6zl\u0259nil\u0259n ${r.origin} ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Yanl\u0131\u015F m\u0259tn: "${i.prefix}" il\u0259 ba\u015Flamal\u0131d\u0131r`
          : i.format === 'ends_with'
            ? `Yanl\u0131\u015F m\u0259tn: "${i.suffix}" il\u0259 bitm\u0259lidir`
            : i.format === 'includes'
              ? `Yanl\u0131\u015F m\u0259tn: "${i.includes}" daxil olmal\u0131d\u0131r`
              : i.format === 'regex'
                ? `Yanl\u0131\u015F m\u0259tn: ${i.pattern} \u015Fablonuna uy\u011Fun olmal\u0131d\u0131r`
                : `Yanl\u0131\u015F ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `Yanl\u0131\u015F \u0259d\u0259d: ${r.divisor} il\u0259 b\xF6l\xFCn\u0259 bil\u0259n olmal\u0131d\u0131r`;
      case 'unrecognized_keys':
        return `Tan\u0131nmayan a\xE7ar${r.keys.length > 1 ? 'lar' : ''}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `${r.origin} daxilind\u0259 yanl\u0131\u015F a\xE7ar`;
      case 'invalid_union':
        return 'Yanl\u0131\u015F d\u0259y\u0259r';
      case 'invalid_element':
        return `${r.origin} daxilind\u0259 yanl\u0131\u015F d\u0259y\u0259r`;
      default:
        return 'Yanl\u0131\u015F d\u0259y\u0259r';
    }
  };
};
function FT() {
  return { localeError: WM() };
}
function VT(e, t, n, o) {
  const r = Math.abs(e),
    i = r % 10,
    s = r % 100;
  return s >= 11 && s <= 19 ? o : i === 1 ? t : i >= 2 && i <= 4 ? n : o;
}
var JM = () => {
  const e = {
    string: {
      unit: {
        one: '\u0441\u0456\u043C\u0432\u0430\u043B',
        few: '\u0441\u0456\u043C\u0432\u0430\u043B\u044B',
        many: '\u0441\u0456\u043C\u0432\u0430\u043B\u0430\u045E',
      },
      verb: '\u043C\u0435\u0446\u044C',
    },
    array: {
      unit: {
        one: '\u044D\u043B\u0435\u043C\u0435\u043D\u0442',
        few: '\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u044B',
        many: '\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430\u045E',
      },
      verb: '\u043C\u0435\u0446\u044C',
    },
    set: {
      unit: {
        one: '\u044D\u043B\u0435\u043C\u0435\u043D\u0442',
        few: '\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u044B',
        many: '\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430\u045E',
      },
      verb: '\u043C\u0435\u0446\u044C',
    },
    map: {
      unit: {
        one: '\u044D\u043B\u0435\u043C\u0435\u043D\u0442',
        few: '\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u044B',
        many: '\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430\u045E',
      },
      verb: '\u043C\u0435\u0446\u044C',
    },
    file: {
      unit: {
        one: '\u0431\u0430\u0439\u0442',
        few: '\u0431\u0430\u0439\u0442\u044B',
        many: '\u0431\u0430\u0439\u0442\u0430\u045E',
      },
      verb: '\u043C\u0435\u0446\u044C',
    },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u0443\u0432\u043E\u0434',
      email: 'email \u0430\u0434\u0440\u0430\u0441',
      url: 'URL',
      emoji: '\u044D\u043C\u043E\u0434\u0437\u0456',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO \u0434\u0430\u0442\u0430 \u0456 \u0447\u0430\u0441',
      date: 'ISO \u0434\u0430\u0442\u0430',
      time: 'ISO \u0447\u0430\u0441',
      duration: 'ISO \u043F\u0440\u0430\u0446\u044F\u0433\u043B\u0430\u0441\u0446\u044C',
      ipv4: 'IPv4 \u0430\u0434\u0440\u0430\u0441',
      ipv6: 'IPv6 \u0430\u0434\u0440\u0430\u0441',
      mac: 'MAC \u0430\u0434\u0440\u0430\u0441',
      cidrv4: 'IPv4 \u0434\u044B\u044F\u043F\u0430\u0437\u043E\u043D',
      cidrv6: 'IPv6 \u0434\u044B\u044F\u043F\u0430\u0437\u043E\u043D',
      base64: '\u0440\u0430\u0434\u043E\u043A \u0443 \u0444\u0430\u0440\u043C\u0430\u0446\u0435 base64',
      base64url: '\u0440\u0430\u0434\u043E\u043A \u0443 \u0444\u0430\u0440\u043C\u0430\u0446\u0435 base64url',
      json_string: 'JSON \u0440\u0430\u0434\u043E\u043A',
      e164: '\u043D\u0443\u043C\u0430\u0440 E.164',
      credit_card:
        '\u043D\u0443\u043C\u0430\u0440 \u043A\u0440\u044D\u0434\u044B\u0442\u043D\u0430\u0439 \u043A\u0430\u0440\u0442\u044B',
      currency_code: '\u043A\u043E\u0434 \u0432\u0430\u043B\u044E\u0442\u044B',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u0443\u0432\u043E\u0434',
    },
    o = { nan: 'NaN', number: '\u043B\u0456\u043A', array: '\u043C\u0430\u0441\u0456\u045E' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434: \u0447\u0430\u043A\u0430\u045E\u0441\u044F instanceof ${r.expected}, \u0430\u0442\u0440\u044B\u043C\u0430\u043D\u0430 ${a}`
          : `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434: \u0447\u0430\u043A\u0430\u045E\u0441\u044F ${i}, \u0430\u0442\u0440\u044B\u043C\u0430\u043D\u0430 ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F ${$(r.values[0])}`
          : `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0432\u0430\u0440\u044B\u044F\u043D\u0442: \u0447\u0430\u043A\u0430\u045E\u0441\u044F \u0430\u0434\u0437\u0456\u043D \u0437 ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        if (s) {
          const a = Number(r.maximum),
            c = VT(a, s.unit.one, s.unit.few, s.unit.many);
          return `\u0417\u0430\u043D\u0430\u0434\u0442\u0430 \u0432\u044F\u043B\u0456\u043A\u0456: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F, \u0448\u0442\u043E ${r.origin ?? '\u0437\u043D\u0430\u0447\u044D\u043D\u043D\u0435'} \u043F\u0430\u0432\u0456\u043D\u043D\u0430 ${s.verb} ${i}${r.maximum.toString()} ${c}`;
        }
        return `\u0417\u0430\u043D\u0430\u0434\u0442\u0430 \u0432\u044F\u043B\u0456\u043A\u0456: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F, \u0448\u0442\u043E ${r.origin ?? '\u0437\u043D\u0430\u0447\u044D\u043D\u043D\u0435'} \u043F\u0430\u0432\u0456\u043D\u043D\u0430 \u0431\u044B\u0446\u044C ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        if (s) {
          const a = Number(r.minimum),
            c = VT(a, s.unit.one, s.unit.few, s.unit.many);
          return `\u0417\u0430\u043D\u0430\u0434\u0442\u0430 \u043C\u0430\u043B\u044B: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F, \u0448\u0442\u043E ${r.origin} \u043F\u0430\u0432\u0456\u043D\u043D\u0430 ${s.verb} ${i}${r.minimum.toString()} ${c}`;
        }
        return `\u0417\u0430\u043D\u0430\u0434\u0442\u0430 \u043C\u0430\u043B\u044B: \u0447\u0430\u043A\u0430\u043B\u0430\u0441\u044F, \u0448\u0442\u043E ${r.origin} \u043F\u0430\u0432\u0456\u043D\u043D\u0430 \u0431\u044B\u0446\u044C ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0440\u0430\u0434\u043E\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u043F\u0430\u0447\u044B\u043D\u0430\u0446\u0446\u0430 \u0437 "${i.prefix}"`
          : i.format === 'ends_with'
            ? `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0440\u0430\u0434\u043E\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u0437\u0430\u043A\u0430\u043D\u0447\u0432\u0430\u0446\u0446\u0430 \u043D\u0430 "${i.suffix}"`
            : i.format === 'includes'
              ? `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0440\u0430\u0434\u043E\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u0437\u043C\u044F\u0448\u0447\u0430\u0446\u044C "${i.includes}"`
              : i.format === 'regex'
                ? `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u0440\u0430\u0434\u043E\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u0430\u0434\u043F\u0430\u0432\u044F\u0434\u0430\u0446\u044C \u0448\u0430\u0431\u043B\u043E\u043D\u0443 ${i.pattern}`
                : `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u043B\u0456\u043A: \u043F\u0430\u0432\u0456\u043D\u0435\u043D \u0431\u044B\u0446\u044C \u043A\u0440\u0430\u0442\u043D\u044B\u043C ${r.divisor}`;
      case 'unrecognized_keys':
        return `\u041D\u0435\u0440\u0430\u0441\u043F\u0430\u0437\u043D\u0430\u043D\u044B ${r.keys.length > 1 ? '\u043A\u043B\u044E\u0447\u044B' : '\u043A\u043B\u044E\u0447'}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u043A\u043B\u044E\u0447 \u0443 ${r.origin}`;
      case 'invalid_union':
        return '\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434';
      case 'invalid_element':
        return `\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u0430\u0435 \u0437\u043D\u0430\u0447\u044D\u043D\u043D\u0435 \u045E ${r.origin}`;
      default:
        return '\u041D\u044F\u043F\u0440\u0430\u0432\u0456\u043B\u044C\u043D\u044B \u045E\u0432\u043E\u0434';
    }
  };
};
function GT() {
  return { localeError: JM() };
}
var XM = () => {
  const e = {
    string: {
      unit: '\u0441\u0438\u043C\u0432\u043E\u043B\u0430',
      verb: '\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430',
    },
    file: {
      unit: '\u0431\u0430\u0439\u0442\u0430',
      verb: '\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430',
    },
    array: {
      unit: '\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0430',
      verb: '\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430',
    },
    set: {
      unit: '\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0430',
      verb: '\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430',
    },
    map: {
      unit: '\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0430',
      verb: '\u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430',
    },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u0432\u0445\u043E\u0434',
      email: '\u0438\u043C\u0435\u0439\u043B \u0430\u0434\u0440\u0435\u0441',
      url: 'URL',
      emoji: '\u0435\u043C\u043E\u0434\u0436\u0438',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO \u0432\u0440\u0435\u043C\u0435',
      date: 'ISO \u0434\u0430\u0442\u0430',
      time: 'ISO \u0432\u0440\u0435\u043C\u0435',
      duration:
        'ISO \u043F\u0440\u043E\u0434\u044A\u043B\u0436\u0438\u0442\u0435\u043B\u043D\u043E\u0441\u0442',
      ipv4: 'IPv4 \u0430\u0434\u0440\u0435\u0441',
      ipv6: 'IPv6 \u0430\u0434\u0440\u0435\u0441',
      mac: 'MAC \u0430\u0434\u0440\u0435\u0441',
      cidrv4: 'IPv4 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D',
      cidrv6: 'IPv6 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D',
      base64: 'base64-\u043A\u043E\u0434\u0438\u0440\u0430\u043D \u043D\u0438\u0437',
      base64url: 'base64url-\u043A\u043E\u0434\u0438\u0440\u0430\u043D \u043D\u0438\u0437',
      json_string: 'JSON \u043D\u0438\u0437',
      e164: 'E.164 \u043D\u043E\u043C\u0435\u0440',
      credit_card:
        '\u043D\u043E\u043C\u0435\u0440 \u043D\u0430 \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u0430 \u043A\u0430\u0440\u0442\u0430',
      currency_code: '\u043A\u043E\u0434 \u043D\u0430 \u0432\u0430\u043B\u0443\u0442\u0430',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u0432\u0445\u043E\u0434',
    },
    o = { nan: 'NaN', number: '\u0447\u0438\u0441\u043B\u043E', array: '\u043C\u0430\u0441\u0438\u0432' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434: \u043E\u0447\u0430\u043A\u0432\u0430\u043D instanceof ${r.expected}, \u043F\u043E\u043B\u0443\u0447\u0435\u043D ${a}`
          : `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434: \u043E\u0447\u0430\u043A\u0432\u0430\u043D ${i}, \u043F\u043E\u043B\u0443\u0447\u0435\u043D ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434: \u043E\u0447\u0430\u043A\u0432\u0430\u043D ${$(r.values[0])}`
          : `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u0430 \u043E\u043F\u0446\u0438\u044F: \u043E\u0447\u0430\u043A\u0432\u0430\u043D\u043E \u0435\u0434\u043D\u043E \u043E\u0442 ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `\u0422\u0432\u044A\u0440\u0434\u0435 \u0433\u043E\u043B\u044F\u043C\u043E: \u043E\u0447\u0430\u043A\u0432\u0430 \u0441\u0435 ${r.origin ?? '\u0441\u0442\u043E\u0439\u043D\u043E\u0441\u0442'} \u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430 ${i}${r.maximum.toString()} ${s.unit ?? '\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0430'}`
          : `\u0422\u0432\u044A\u0440\u0434\u0435 \u0433\u043E\u043B\u044F\u043C\u043E: \u043E\u0447\u0430\u043A\u0432\u0430 \u0441\u0435 ${r.origin ?? '\u0441\u0442\u043E\u0439\u043D\u043E\u0441\u0442'} \u0434\u0430 \u0431\u044A\u0434\u0435 ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `\u0422\u0432\u044A\u0440\u0434\u0435 \u043C\u0430\u043B\u043A\u043E: \u043E\u0447\u0430\u043A\u0432\u0430 \u0441\u0435 ${r.origin} \u0434\u0430 \u0441\u044A\u0434\u044A\u0440\u0436\u0430 ${i}${r.minimum.toString()} ${s.unit}`
          : `\u0422\u0432\u044A\u0440\u0434\u0435 \u043C\u0430\u043B\u043A\u043E: \u043E\u0447\u0430\u043A\u0432\u0430 \u0441\u0435 ${r.origin} \u0434\u0430 \u0431\u044A\u0434\u0435 ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        if (i.format === 'starts_with')
          return `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043D\u0438\u0437: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0437\u0430\u043F\u043E\u0447\u0432\u0430 \u0441 "${i.prefix}"`;
        if (i.format === 'ends_with')
          return `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043D\u0438\u0437: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0437\u0430\u0432\u044A\u0440\u0448\u0432\u0430 \u0441 "${i.suffix}"`;
        if (i.format === 'includes')
          return `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043D\u0438\u0437: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0432\u043A\u043B\u044E\u0447\u0432\u0430 "${i.includes}"`;
        if (i.format === 'regex')
          return `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043D\u0438\u0437: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0441\u044A\u0432\u043F\u0430\u0434\u0430 \u0441 ${i.pattern}`;
        let s = '\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D';
        return (
          i.format === 'emoji' && (s = '\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u043E'),
          i.format === 'datetime' && (s = '\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u043E'),
          i.format === 'date' && (s = '\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u0430'),
          i.format === 'time' && (s = '\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u043E'),
          i.format === 'duration' && (s = '\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u0430'),
          `${s} ${n[i.format] ?? r.format}`
        );
      }
      case 'not_multiple_of':
        return `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u043E \u0447\u0438\u0441\u043B\u043E: \u0442\u0440\u044F\u0431\u0432\u0430 \u0434\u0430 \u0431\u044A\u0434\u0435 \u043A\u0440\u0430\u0442\u043D\u043E \u043D\u0430 ${r.divisor}`;
      case 'unrecognized_keys':
        return `\u041D\u0435\u0440\u0430\u0437\u043F\u043E\u0437\u043D\u0430\u0442${r.keys.length > 1 ? '\u0438' : ''} \u043A\u043B\u044E\u0447${r.keys.length > 1 ? '\u043E\u0432\u0435' : ''}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u043A\u043B\u044E\u0447 \u0432 ${r.origin}`;
      case 'invalid_union':
        return '\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434';
      case 'invalid_element':
        return `\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u043D\u0430 \u0441\u0442\u043E\u0439\u043D\u043E\u0441\u0442 \u0432 ${r.origin}`;
      default:
        return '\u041D\u0435\u0432\u0430\u043B\u0438\u0434\u0435\u043D \u0432\u0445\u043E\u0434';
    }
  };
};
function ZT() {
  return { localeError: XM() };
}
var YM = () => {
  const e = {
    string: {
      unit: '\u0985\u0995\u09CD\u09B7\u09B0',
      verb: '\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7',
    },
    file: { unit: '\u09AC\u09BE\u0987\u099F', verb: '\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7' },
    array: {
      unit: '\u0986\u0987\u099F\u09C7\u09AE',
      verb: '\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7',
    },
    set: {
      unit: '\u0986\u0987\u099F\u09C7\u09AE',
      verb: '\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7',
    },
    map: {
      unit: '\u098F\u09A8\u09CD\u099F\u09CD\u09B0\u09BF',
      verb: '\u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7',
    },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u0987\u09A8\u09AA\u09C1\u099F',
      email: '\u0987\u09AE\u09C7\u0987\u09B2 \u09A0\u09BF\u0995\u09BE\u09A8\u09BE',
      url: 'URL',
      emoji: '\u0987\u09AE\u09CB\u099C\u09BF',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO \u09A4\u09BE\u09B0\u09BF\u0996 \u0993 \u09B8\u09AE\u09AF\u09BC',
      date: 'ISO \u09A4\u09BE\u09B0\u09BF\u0996',
      time: 'ISO \u09B8\u09AE\u09AF\u09BC',
      duration: 'ISO \u09B8\u09AE\u09AF\u09BC\u0995\u09BE\u09B2',
      ipv4: 'IPv4 \u09A0\u09BF\u0995\u09BE\u09A8\u09BE',
      ipv6: 'IPv6 \u09A0\u09BF\u0995\u09BE\u09A8\u09BE',
      mac: 'MAC \u09A0\u09BF\u0995\u09BE\u09A8\u09BE',
      cidrv4: 'IPv4 \u09B0\u09C7\u099E\u09CD\u099C',
      cidrv6: 'IPv6 \u09B0\u09C7\u099E\u09CD\u099C',
      base64: 'base64-\u098F\u09A8\u0995\u09CB\u09A1\u09C7\u09A1 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982',
      base64url:
        'base64url-\u098F\u09A8\u0995\u09CB\u09A1\u09C7\u09A1 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982',
      json_string: 'JSON \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982',
      e164: 'E.164 \u09A8\u09AE\u09CD\u09AC\u09B0',
      credit_card:
        '\u0995\u09CD\u09B0\u09C7\u09A1\u09BF\u099F \u0995\u09BE\u09B0\u09CD\u09A1 \u09A8\u09AE\u09CD\u09AC\u09B0',
      currency_code: '\u09AE\u09C1\u09A6\u09CD\u09B0\u09BE \u0995\u09CB\u09A1',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u0987\u09A8\u09AA\u09C1\u099F',
    },
    o = { nan: 'NaN' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return `\u0985\u09AC\u09C8\u09A7 \u0987\u09A8\u09AA\u09C1\u099F: \u09AA\u09CD\u09B0\u09A4\u09CD\u09AF\u09BE\u09B6\u09BF\u09A4 ${i}, \u09AA\u09CD\u09B0\u09BE\u09AA\u09CD\u09A4 ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u0985\u09AC\u09C8\u09A7 \u0987\u09A8\u09AA\u09C1\u099F: \u09AA\u09CD\u09B0\u09A4\u09CD\u09AF\u09BE\u09B6\u09BF\u09A4 ${$(r.values[0])}`
          : `\u0985\u09AC\u09C8\u09A7 \u0985\u09AA\u09B6\u09A8: ${y(r.values, ' | ')} \u098F\u09B0 \u09AE\u09A7\u09CD\u09AF\u09C7 \u098F\u0995\u099F\u09BF \u09AA\u09CD\u09B0\u09A4\u09CD\u09AF\u09BE\u09B6\u09BF\u09A4`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `\u0985\u09A8\u09C7\u0995 \u09AC\u09A1\u09BC: ${r.origin ?? '\u09AE\u09BE\u09A8'} ${i}${r.maximum.toString()} ${s.unit ?? '\u098F\u09B2\u09BF\u09AE\u09C7\u09A8\u09CD\u099F'} \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`
          : `\u0985\u09A8\u09C7\u0995 \u09AC\u09A1\u09BC: ${r.origin ?? '\u09AE\u09BE\u09A8'} ${i}${r.maximum.toString()} \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `\u0985\u09A8\u09C7\u0995 \u099B\u09CB\u099F: ${r.origin} ${i}${r.minimum.toString()} ${s.unit} \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`
          : `\u0985\u09A8\u09C7\u0995 \u099B\u09CB\u099F: ${r.origin} ${i}${r.minimum.toString()} \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u0985\u09AC\u09C8\u09A7 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982: "${i.prefix}" \u09A6\u09BF\u09AF\u09BC\u09C7 \u09B6\u09C1\u09B0\u09C1 \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`
          : i.format === 'ends_with'
            ? `\u0985\u09AC\u09C8\u09A7 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982: "${i.suffix}" \u09A6\u09BF\u09AF\u09BC\u09C7 \u09B6\u09C7\u09B7 \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`
            : i.format === 'includes'
              ? `\u0985\u09AC\u09C8\u09A7 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982: "${i.includes}" \u0985\u09A8\u09CD\u09A4\u09B0\u09CD\u09AD\u09C1\u0995\u09CD\u09A4 \u09A5\u09BE\u0995\u09A4\u09C7 \u09B9\u09AC\u09C7`
              : i.format === 'regex'
                ? `\u0985\u09AC\u09C8\u09A7 \u09B8\u09CD\u099F\u09CD\u09B0\u09BF\u0982: ${i.pattern} \u09AA\u09CD\u09AF\u09BE\u099F\u09BE\u09B0\u09CD\u09A8 \u09AE\u09BF\u09B2\u09A4\u09C7 \u09B9\u09AC\u09C7`
                : `\u0985\u09AC\u09C8\u09A7 ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `\u0985\u09AC\u09C8\u09A7 \u09A8\u09AE\u09CD\u09AC\u09B0: ${r.divisor} \u098F\u09B0 \u0997\u09C1\u09A3\u09BF\u09A4\u0995 \u09B9\u09A4\u09C7 \u09B9\u09AC\u09C7`;
      case 'unrecognized_keys':
        return `\u0985\u099A\u09C7\u09A8\u09BE \u0995\u09C0${r.keys.length > 1 ? '\u0997\u09C1\u09B2\u09CB' : ''}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `${r.origin} \u098F \u0985\u09AC\u09C8\u09A7 \u0995\u09C0`;
      case 'invalid_union':
        return r.options && Array.isArray(r.options) && r.options.length > 0
          ? `\u0985\u09AC\u09C8\u09A7 \u09A1\u09BF\u09B8\u0995\u09CD\u09B0\u09BF\u09AE\u09BF\u09A8\u09C7\u099F\u09B0 \u09AE\u09BE\u09A8\u0964 \u09AA\u09CD\u09B0\u09A4\u09CD\u09AF\u09BE\u09B6\u09BF\u09A4 ${r.options.map((s) => `'${s}'`).join(' | ')}`
          : '\u0985\u09AC\u09C8\u09A7 \u0987\u09A8\u09AA\u09C1\u099F';
      case 'invalid_element':
        return `${r.origin} \u098F \u0985\u09AC\u09C8\u09A7 \u09AE\u09BE\u09A8`;
      default:
        return '\u0985\u09AC\u09C8\u09A7 \u0987\u09A8\u09AA\u09C1\u099F';
    }
  };
};
function HT() {
  return { localeError: YM() };
}
var QM = () => {
  const e = {
    string: { unit: 'car\xE0cters', verb: 'contenir' },
    file: { unit: 'bytes', verb: 'contenir' },
    array: { unit: 'elements', verb: 'contenir' },
    set: { unit: 'elements', verb: 'contenir' },
    map: { unit: 'elements', verb: 'contenir' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'entrada',
      email: 'adre\xE7a electr\xF2nica',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'data i hora ISO',
      date: 'data ISO',
      time: 'hora ISO',
      duration: 'durada ISO',
      ipv4: 'adre\xE7a IPv4',
      ipv6: 'adre\xE7a IPv6',
      mac: 'adre\xE7a MAC',
      cidrv4: 'rang IPv4',
      cidrv6: 'rang IPv6',
      base64: 'cadena codificada en base64',
      base64url: 'cadena codificada en base64url',
      json_string: 'cadena JSON',
      e164: 'n\xFAmero E.164',
      credit_card: 'n\xFAmero de targeta de cr\xE8dit',
      currency_code: 'codi de moneda',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'entrada',
    },
    o = { nan: 'NaN' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Tipus inv\xE0lid: s'esperava instanceof ${r.expected}, s'ha rebut ${a}`
          : `Tipus inv\xE0lid: s'esperava ${i}, s'ha rebut ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Valor inv\xE0lid: s'esperava ${$(r.values[0])}`
          : `Opci\xF3 inv\xE0lida: s'esperava una de ${y(r.values, ' o ')}`;
      case 'too_big': {
        const i = r.inclusive ? 'com a m\xE0xim' : 'menys de',
          s = t(r.origin);
        return s
          ? `Massa gran: s'esperava que ${r.origin ?? 'el valor'} contingu\xE9s ${i} ${r.maximum.toString()} ${s.unit ?? 'elements'}`
          : `Massa gran: s'esperava que ${r.origin ?? 'el valor'} fos ${i} ${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? 'com a m\xEDnim' : 'm\xE9s de',
          s = t(r.origin);
        return s
          ? `Massa petit: s'esperava que ${r.origin} contingu\xE9s ${i} ${r.minimum.toString()} ${s.unit}`
          : `Massa petit: s'esperava que ${r.origin} fos ${i} ${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Format inv\xE0lid: ha de comen\xE7ar amb "${i.prefix}"`
          : i.format === 'ends_with'
            ? `Format inv\xE0lid: ha d'acabar amb "${i.suffix}"`
            : i.format === 'includes'
              ? `Format inv\xE0lid: ha d'incloure "${i.includes}"`
              : i.format === 'regex'
                ? `Format inv\xE0lid: ha de coincidir amb el patr\xF3 ${i.pattern}`
                : `Format inv\xE0lid per a ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `N\xFAmero inv\xE0lid: ha de ser m\xFAltiple de ${r.divisor}`;
      case 'unrecognized_keys':
        return `Clau${r.keys.length > 1 ? 's' : ''} no reconeguda${r.keys.length > 1 ? 's' : ''}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Clau inv\xE0lida a ${r.origin}`;
      case 'invalid_union':
        return 'Entrada inv\xE0lida';
      case 'invalid_element':
        return `Element inv\xE0lid a ${r.origin}`;
      default:
        return 'Entrada inv\xE0lida';
    }
  };
};
function KT() {
  return { localeError: QM() };
}
var ej = () => {
  const e = {
    string: { unit: '\u067E\u06CC\u062A', verb: '\u0628\u06CE\u062A' },
    file: { unit: '\u0628\u0627\u06CC\u062A', verb: '\u0628\u06CE\u062A' },
    array: { unit: '\u062F\u0627\u0646\u06D5', verb: '\u0628\u06CE\u062A' },
    set: { unit: '\u062F\u0627\u0646\u06D5', verb: '\u0628\u06CE\u062A' },
    map: { unit: '\u062F\u0627\u0646\u06D5', verb: '\u0628\u06CE\u062A' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'regex',
      email: '\u0626\u06CC\u0645\u06D5\u06CC\u06B5',
      url: '\u0628\u06D5\u0633\u062A\u06D5\u0631 (URL)',
      emoji: '\u0626\u06CC\u0645\u06C6\u062C\u06CC',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: '\u0695\u06CE\u06A9\u06D5\u0648\u062A \u0648 \u06A9\u0627\u062A',
      date: '\u0695\u06CE\u06A9\u06D5\u0648\u062A',
      time: '\u06A9\u0627\u062A',
      duration: '\u0645\u0627\u0648\u06D5',
      ipv4: '\u0646\u0627\u0648\u0646\u06CC\u0634\u0627\u0646\u06CC IPv4',
      ipv6: '\u0646\u0627\u0648\u0646\u06CC\u0634\u0627\u0646\u06CC IPv6',
      mac: '\u0646\u0627\u0648\u0646\u06CC\u0634\u0627\u0646\u06CC MAC',
      cidrv4: '\u0645\u06D5\u0648\u062F\u0627\u06CC IPv4',
      cidrv6: '\u0645\u06D5\u0648\u062F\u0627\u06CC IPv6',
      base64: '\u062F\u06D5\u0642\u06CC base64',
      base64url: '\u062F\u06D5\u0642\u06CC base64url',
      json_string: '\u062F\u06D5\u0642\u06CC JSON',
      e164: '\u0698\u0645\u0627\u0631\u06D5\u06CC E.164',
      credit_card:
        '\u0698\u0645\u0627\u0631\u06D5\u06CC \u06A9\u0627\u0631\u062A\u06CC \u06A9\u0631\u06CE\u062F\u06CC\u062A',
      currency_code: '\u06A9\u06C6\u062F\u06CC \u062F\u0631\u0627\u0648',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u062A\u06CE\u06A9\u0631\u062F\u06D5',
    },
    o = {
      nan: 'NaN',
      string: '\u0646\u0648\u0648\u0633\u06CC\u0646',
      number: '\u0698\u0645\u0627\u0631\u06D5',
      boolean: 'boolean',
      array: 'array',
      object: 'object',
      date: '\u0695\u06CE\u06A9\u06D5\u0648\u062A',
      integer: '\u0698\u0645\u0627\u0631\u06D5',
      float: '\u0698\u0645\u0627\u0631\u06D5',
      null: 'null',
      undefined: 'undefined',
      function: 'function',
      symbol: 'symbol',
      unknown: 'unknown',
      promise: 'promise',
      void: 'void',
      never: 'never',
      map: 'map',
      set: 'set',
    };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s,
          c = ['\u0627', '\u0648', '\u06C6', '\u0648\u0648', '\u06D5', '\u06CC', '\u06CE'].some((l) =>
            a.endsWith(l),
          )
            ? '\u06CC\u06D5'
            : '\u06D5',
          u = /^[a-zA-Z]+$/.test(a);
        return s === 'null' || s === 'undefined'
          ? '\u062F\u0627\u0648\u0627\u06A9\u0631\u0627\u0648\u06D5'
          : `\u0686\u0627\u0648\u06D5\u0695\u0648\u0627\u0646\u06A9\u0631\u0627\u0648\u06D5 ${i} \u0628\u06CE\u062A\u060C \u0628\u06D5\u06B5\u0627\u0645 ${a}${u ? '' : c}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u0628\u06D5\u0647\u0627\u06A9\u06D5 \u0646\u0627\u062F\u0631\u0648\u0648\u0633\u062A\u06D5: \u0686\u0627\u0648\u06D5\u0695\u0648\u0627\u0646\u06A9\u0631\u0627\u0648\u06D5 ${$(r.values[0])} \u0628\u06CE\u062A`
          : `\u0647\u06D5\u06B5\u0628\u0698\u0627\u0631\u062F\u06D5\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u0686\u0627\u0648\u06D5\u0695\u0648\u0627\u0646\u06A9\u0631\u0627\u0648\u06D5 \u06CC\u06D5\u06A9\u06CE\u06A9 \u0628\u06CE\u062A \u0644\u06D5 ${y(r.values, '|')}`;
      case 'too_big': {
        const i = t(r.origin);
        return i
          ? `\u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0628\u06D5 \u0644\u0627\u06CC\u06D5\u0646\u06CC \u0632\u06C6\u0631\u06D5\u0648\u06D5 ${r.maximum.toString()} ${i.unit} ${i.verb}`
          : `\u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0628\u06D5 \u0644\u0627\u06CC\u06D5\u0646\u06CC \u0632\u06C6\u0631\u06D5\u0648\u06D5 ${r.maximum.toString()} \u0628\u06CE\u062A`;
      }
      case 'too_small': {
        const i = t(r.origin);
        return i
          ? `\u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0628\u06D5 \u0644\u0627\u06CC\u06D5\u0646\u06CC \u06A9\u06D5\u0645\u06D5\u0648\u06D5 ${r.minimum.toString()} ${i.unit} ${i.verb}`
          : `\u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0628\u06D5 \u0644\u0627\u06CC\u06D5\u0646\u06CC \u06A9\u06D5\u0645\u06D5\u0648\u06D5 ${r.minimum.toString()} \u0628\u06CE\u062A`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u062F\u06D5\u0642\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u062F\u06D5\u0633\u062A\u067E\u06CE\u0628\u06A9\u0627\u062A \u0628\u06D5 "${i.prefix}"`
          : i.format === 'ends_with'
            ? `\u062F\u06D5\u0642\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u06A9\u06C6\u062A\u0627\u06CC\u06CC\u0628\u06CE\u062A \u0628\u06D5 "${i.suffix}"`
            : i.format === 'includes'
              ? `\u062F\u06D5\u0642\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 "${i.includes}" \u0644\u06D5\u062E\u06C6\u0628\u06AF\u0631\u06CE\u062A`
              : i.format === 'regex'
                ? `\u062F\u06D5\u0642\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u067E\u06CE\u0648\u06CC\u0633\u062A\u06D5 \u0644\u06D5\u06AF\u06D5\u06B5 \u067E\u0627\u062A\u06CE\u0631\u0646\u06CC ${i.pattern} \u0628\u06AF\u0648\u0646\u062C\u06CE\u062A`
                : `\u0628\u06D5\u0647\u0627\u06CC ${n[i.format] ?? r.format} \u0646\u0627\u062F\u0631\u0648\u0633\u062A\u06D5`;
      }
      case 'not_multiple_of':
        return `\u0698\u0645\u0627\u0631\u06D5\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A: \u062F\u06D5\u0628\u06CE\u062A \u0686\u06D5\u0646\u062F \u0647\u06CE\u0646\u062F\u06D5 \u0628\u06CE\u062A \u0628\u06C6 ${r.divisor}`;
      case 'unrecognized_keys':
        return `\u06A9\u0644\u06CC\u0644\u06CC \u0646\u06D5\u0646\u0627\u0633\u0631\u0627\u0648: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `\u06A9\u0644\u06CC\u0644\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A \u0644\u06D5 ${r.origin}`;
      case 'invalid_union':
        return r.options && Array.isArray(r.options) && r.options.length > 0
          ? `\u0628\u06D5\u0647\u0627\u06CC \u0646\u06D5\u0646\u0627\u0633\u0631\u0627\u0648 \u0647\u06D5\u06CC\u06D5. \u0628\u06D5\u0647\u0627\u06CC \u0686\u0627\u0648\u06D5\u0695\u0648\u0627\u0646\u06A9\u0631\u0627\u0648: ${r.options.map((s) => `'${s}'`).join(' | ')}`
          : '\u06CC\u06D5\u06A9\u06AF\u0631\u062A\u0646\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A';
      case 'invalid_element':
        return `${r.origin} \u0628\u06D5\u0647\u0627\u06A9\u06D5 \u0646\u0627\u062F\u0631\u0648\u0633\u062A\u06D5`;
      default:
        return '\u062A\u06CE\u06A9\u0631\u062F\u06D5\u06CC \u0646\u0627\u062F\u0631\u0648\u0633\u062A';
    }
  };
};
function qT() {
  return { localeError: ej() };
}
var tj = () => {
  const e = {
    string: { unit: 'znak\u016F', verb: 'm\xEDt' },
    file: { unit: 'bajt\u016F', verb: 'm\xEDt' },
    array: { unit: 'prvk\u016F', verb: 'm\xEDt' },
    set: { unit: 'prvk\u016F', verb: 'm\xEDt' },
    map: { unit: 'prvk\u016F', verb: 'm\xEDt' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'regul\xE1rn\xED v\xFDraz',
      email: 'e-mailov\xE1 adresa',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'datum a \u010Das ve form\xE1tu ISO',
      date: 'datum ve form\xE1tu ISO',
      time: '\u010Das ve form\xE1tu ISO',
      duration: 'doba trv\xE1n\xED ISO',
      ipv4: 'IPv4 adresa',
      ipv6: 'IPv6 adresa',
      mac: 'MAC adresa',
      cidrv4: 'rozsah IPv4',
      cidrv6: 'rozsah IPv6',
      base64: '\u0159et\u011Bzec zak\xF3dovan\xFD ve form\xE1tu base64',
      base64url: '\u0159et\u011Bzec zak\xF3dovan\xFD ve form\xE1tu base64url',
      json_string: '\u0159et\u011Bzec ve form\xE1tu JSON',
      e164: '\u010D\xEDslo E.164',
      credit_card: '\u010D\xEDslo kreditn\xED karty',
      currency_code: 'k\xF3d m\u011Bny',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'vstup',
    },
    o = {
      nan: 'NaN',
      number: '\u010D\xEDslo',
      string: '\u0159et\u011Bzec',
      function: 'funkce',
      array: 'pole',
    };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Neplatn\xFD vstup: o\u010Dek\xE1v\xE1no instanceof ${r.expected}, obdr\u017Eeno ${a}`
          : `Neplatn\xFD vstup: o\u010Dek\xE1v\xE1no ${i}, obdr\u017Eeno ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Neplatn\xFD vstup: o\u010Dek\xE1v\xE1no ${$(r.values[0])}`
          : `Neplatn\xE1 mo\u017Enost: o\u010Dek\xE1v\xE1na jedna z hodnot ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `Hodnota je p\u0159\xEDli\u0161 velk\xE1: ${r.origin ?? 'hodnota'} mus\xED m\xEDt ${i}${r.maximum.toString()} ${s.unit ?? 'prvk\u016F'}`
          : `Hodnota je p\u0159\xEDli\u0161 velk\xE1: ${r.origin ?? 'hodnota'} mus\xED b\xFDt ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `Hodnota je p\u0159\xEDli\u0161 mal\xE1: ${r.origin ?? 'hodnota'} mus\xED m\xEDt ${i}${r.minimum.toString()} ${s.unit ?? 'prvk\u016F'}`
          : `Hodnota je p\u0159\xEDli\u0161 mal\xE1: ${r.origin ?? 'hodnota'} mus\xED b\xFDt ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Neplatn\xFD \u0159et\u011Bzec: mus\xED za\u010D\xEDnat na "${i.prefix}"`
          : i.format === 'ends_with'
            ? `Neplatn\xFD \u0159et\u011Bzec: mus\xED kon\u010Dit na "${i.suffix}"`
            : i.format === 'includes'
              ? `Neplatn\xFD \u0159et\u011Bzec: mus\xED obsahovat "${i.includes}"`
              : i.format === 'regex'
                ? `Neplatn\xFD \u0159et\u011Bzec: mus\xED odpov\xEDdat vzoru ${i.pattern}`
                : `Neplatn\xFD form\xE1t ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `Neplatn\xE9 \u010D\xEDslo: mus\xED b\xFDt n\xE1sobkem ${r.divisor}`;
      case 'unrecognized_keys':
        return `Nezn\xE1m\xE9 kl\xED\u010De: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Neplatn\xFD kl\xED\u010D v ${r.origin}`;
      case 'invalid_union':
        return 'Neplatn\xFD vstup';
      case 'invalid_element':
        return `Neplatn\xE1 hodnota v ${r.origin}`;
      default:
        return 'Neplatn\xFD vstup';
    }
  };
};
function WT() {
  return { localeError: tj() };
}
var rj = () => {
  const e = {
    string: { unit: 'tegn', verb: 'havde' },
    file: { unit: 'bytes', verb: 'havde' },
    array: { unit: 'elementer', verb: 'indeholdt' },
    set: { unit: 'elementer', verb: 'indeholdt' },
    map: { unit: 'elementer', verb: 'indeholdt' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'input',
      email: 'e-mailadresse',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO dato- og klokkesl\xE6t',
      date: 'ISO-dato',
      time: 'ISO-klokkesl\xE6t',
      duration: 'ISO-varighed',
      ipv4: 'IPv4-adresse',
      ipv6: 'IPv6-adresse',
      mac: 'MAC-adresse',
      cidrv4: 'IPv4-spektrum',
      cidrv6: 'IPv6-spektrum',
      base64: 'base64-kodet streng',
      base64url: 'base64url-kodet streng',
      json_string: 'JSON-streng',
      e164: 'E.164-nummer',
      credit_card: 'kreditkortnummer',
      currency_code: 'valutakode',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'input',
    },
    o = {
      nan: 'NaN',
      string: 'streng',
      number: 'tal',
      boolean: 'boolean',
      array: 'liste',
      object: 'objekt',
      set: 's\xE6t',
      file: 'fil',
    };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Ugyldigt input: forventede instanceof ${r.expected}, fik ${a}`
          : `Ugyldigt input: forventede ${i}, fik ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Ugyldig v\xE6rdi: forventede ${$(r.values[0])}`
          : `Ugyldigt valg: forventede en af f\xF8lgende ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin),
          a = o[r.origin] ?? r.origin;
        return s
          ? `For stor: forventede ${a ?? 'value'} ${s.verb} ${i} ${r.maximum.toString()} ${s.unit ?? 'elementer'}`
          : `For stor: forventede ${a ?? 'value'} havde ${i} ${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin),
          a = o[r.origin] ?? r.origin;
        return s
          ? `For lille: forventede ${a} ${s.verb} ${i} ${r.minimum.toString()} ${s.unit}`
          : `For lille: forventede ${a} havde ${i} ${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Ugyldig streng: skal starte med "${i.prefix}"`
          : i.format === 'ends_with'
            ? `Ugyldig streng: skal ende med "${i.suffix}"`
            : i.format === 'includes'
              ? `Ugyldig streng: skal indeholde "${i.includes}"`
              : i.format === 'regex'
                ? `Ugyldig streng: skal matche m\xF8nsteret ${i.pattern}`
                : `Ugyldig ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `Ugyldigt tal: skal v\xE6re deleligt med ${r.divisor}`;
      case 'unrecognized_keys':
        return `${r.keys.length > 1 ? 'Ukendte n\xF8gler' : 'Ukendt n\xF8gle'}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Ugyldig n\xF8gle i ${r.origin}`;
      case 'invalid_union':
        return 'Ugyldigt input: matcher ingen af de tilladte typer';
      case 'invalid_element':
        return `Ugyldig v\xE6rdi i ${r.origin}`;
      default:
        return 'Ugyldigt input';
    }
  };
};
function JT() {
  return { localeError: rj() };
}
var nj = () => {
  const e = {
    string: { unit: 'Zeichen', verb: 'zu haben' },
    file: { unit: 'Bytes', verb: 'zu haben' },
    array: { unit: 'Elemente', verb: 'zu haben' },
    set: { unit: 'Elemente', verb: 'zu haben' },
    map: { unit: 'Elemente', verb: 'zu haben' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'Eingabe',
      email: 'E-Mail-Adresse',
      url: 'URL',
      emoji: 'Emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO-Datum und -Uhrzeit',
      date: 'ISO-Datum',
      time: 'ISO-Uhrzeit',
      duration: 'ISO-Dauer',
      ipv4: 'IPv4-Adresse',
      ipv6: 'IPv6-Adresse',
      mac: 'MAC-Adresse',
      cidrv4: 'IPv4-Bereich',
      cidrv6: 'IPv6-Bereich',
      base64: 'Base64-codierter String',
      base64url: 'Base64-URL-codierter String',
      json_string: 'JSON-String',
      e164: 'E.164-Nummer',
      credit_card: 'Kreditkartennummer',
      currency_code: 'W\xE4hrungscode',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'Eingabe',
    },
    o = { nan: 'NaN', number: 'Zahl', array: 'Array' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Ung\xFCltige Eingabe: erwartet instanceof ${r.expected}, erhalten ${a}`
          : `Ung\xFCltige Eingabe: erwartet ${i}, erhalten ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Ung\xFCltige Eingabe: erwartet ${$(r.values[0])}`
          : `Ung\xFCltige Option: erwartet eine von ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `Zu gro\xDF: erwartet, dass ${r.origin ?? 'Wert'} ${i}${r.maximum.toString()} ${s.unit ?? 'Elemente'} hat`
          : `Zu gro\xDF: erwartet, dass ${r.origin ?? 'Wert'} ${i}${r.maximum.toString()} ist`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `Zu klein: erwartet, dass ${r.origin} ${i}${r.minimum.toString()} ${s.unit} hat`
          : `Zu klein: erwartet, dass ${r.origin} ${i}${r.minimum.toString()} ist`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Ung\xFCltiger String: muss mit "${i.prefix}" beginnen`
          : i.format === 'ends_with'
            ? `Ung\xFCltiger String: muss mit "${i.suffix}" enden`
            : i.format === 'includes'
              ? `Ung\xFCltiger String: muss "${i.includes}" enthalten`
              : i.format === 'regex'
                ? `Ung\xFCltiger String: muss dem Muster ${i.pattern} entsprechen`
                : `Ung\xFCltig: ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `Ung\xFCltige Zahl: muss ein Vielfaches von ${r.divisor} sein`;
      case 'unrecognized_keys':
        return `${r.keys.length > 1 ? 'Unbekannte Schl\xFCssel' : 'Unbekannter Schl\xFCssel'}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Ung\xFCltiger Schl\xFCssel in ${r.origin}`;
      case 'invalid_union':
        return 'Ung\xFCltige Eingabe';
      case 'invalid_element':
        return `Ung\xFCltiger Wert in ${r.origin}`;
      default:
        return 'Ung\xFCltige Eingabe';
    }
  };
};
function XT() {
  return { localeError: nj() };
}
var oj = () => {
  const e = {
    string: {
      unit: '\u03C7\u03B1\u03C1\u03B1\u03BA\u03C4\u03AE\u03C1\u03B5\u03C2',
      verb: '\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9',
    },
    file: { unit: 'bytes', verb: '\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9' },
    array: {
      unit: '\u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1',
      verb: '\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9',
    },
    set: {
      unit: '\u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1',
      verb: '\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9',
    },
    map: {
      unit: '\u03BA\u03B1\u03C4\u03B1\u03C7\u03C9\u03C1\u03AE\u03C3\u03B5\u03B9\u03C2',
      verb: '\u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9',
    },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2',
      email: '\u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 email',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime:
        'ISO \u03B7\u03BC\u03B5\u03C1\u03BF\u03BC\u03B7\u03BD\u03AF\u03B1 \u03BA\u03B1\u03B9 \u03CE\u03C1\u03B1',
      date: 'ISO \u03B7\u03BC\u03B5\u03C1\u03BF\u03BC\u03B7\u03BD\u03AF\u03B1',
      time: 'ISO \u03CE\u03C1\u03B1',
      duration: 'ISO \u03B4\u03B9\u03AC\u03C1\u03BA\u03B5\u03B9\u03B1',
      ipv4: '\u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 IPv4',
      ipv6: '\u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 IPv6',
      mac: '\u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 MAC',
      cidrv4: '\u03B5\u03CD\u03C1\u03BF\u03C2 IPv4',
      cidrv6: '\u03B5\u03CD\u03C1\u03BF\u03C2 IPv6',
      base64:
        '\u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC \u03BA\u03C9\u03B4\u03B9\u03BA\u03BF\u03C0\u03BF\u03B9\u03B7\u03BC\u03AD\u03BD\u03B7 \u03C3\u03B5 base64',
      base64url:
        '\u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC \u03BA\u03C9\u03B4\u03B9\u03BA\u03BF\u03C0\u03BF\u03B9\u03B7\u03BC\u03AD\u03BD\u03B7 \u03C3\u03B5 base64url',
      json_string: '\u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC JSON',
      e164: '\u03B1\u03C1\u03B9\u03B8\u03BC\u03CC\u03C2 E.164',
      credit_card:
        '\u03B1\u03C1\u03B9\u03B8\u03BC\u03CC\u03C2 \u03C0\u03B9\u03C3\u03C4\u03C9\u03C4\u03B9\u03BA\u03AE\u03C2 \u03BA\u03AC\u03C1\u03C4\u03B1\u03C2',
      currency_code:
        '\u03BA\u03C9\u03B4\u03B9\u03BA\u03CC\u03C2 \u03BD\u03BF\u03BC\u03AF\u03C3\u03BC\u03B1\u03C4\u03BF\u03C2',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2',
    },
    o = { nan: 'NaN' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return typeof r.expected == 'string' && /^[A-Z]/.test(r.expected)
          ? `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD instanceof ${r.expected}, \u03BB\u03AE\u03C6\u03B8\u03B7\u03BA\u03B5 ${a}`
          : `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${i}, \u03BB\u03AE\u03C6\u03B8\u03B7\u03BA\u03B5 ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${$(r.values[0])}`
          : `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03C0\u03B9\u03BB\u03BF\u03B3\u03AE: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD \u03AD\u03BD\u03B1 \u03B1\u03C0\u03CC ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `\u03A0\u03BF\u03BB\u03CD \u03BC\u03B5\u03B3\u03AC\u03BB\u03BF: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${r.origin ?? '\u03C4\u03B9\u03BC\u03AE'} \u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9 ${i}${r.maximum.toString()} ${s.unit ?? '\u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1'}`
          : `\u03A0\u03BF\u03BB\u03CD \u03BC\u03B5\u03B3\u03AC\u03BB\u03BF: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${r.origin ?? '\u03C4\u03B9\u03BC\u03AE'} \u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `\u03A0\u03BF\u03BB\u03CD \u03BC\u03B9\u03BA\u03C1\u03CC: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${r.origin} \u03BD\u03B1 \u03AD\u03C7\u03B5\u03B9 ${i}${r.minimum.toString()} ${s.unit}`
          : `\u03A0\u03BF\u03BB\u03CD \u03BC\u03B9\u03BA\u03C1\u03CC: \u03B1\u03BD\u03B1\u03BC\u03B5\u03BD\u03CC\u03C4\u03B1\u03BD ${r.origin} \u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03BE\u03B5\u03BA\u03B9\u03BD\u03AC \u03BC\u03B5 "${i.prefix}"`
          : i.format === 'ends_with'
            ? `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03C4\u03B5\u03BB\u03B5\u03B9\u03CE\u03BD\u03B5\u03B9 \u03BC\u03B5 "${i.suffix}"`
            : i.format === 'includes'
              ? `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03C0\u03B5\u03C1\u03B9\u03AD\u03C7\u03B5\u03B9 "${i.includes}"`
              : i.format === 'regex'
                ? `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C3\u03C5\u03BC\u03B2\u03BF\u03BB\u03BF\u03C3\u03B5\u03B9\u03C1\u03AC: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03C4\u03B1\u03B9\u03C1\u03B9\u03AC\u03B6\u03B5\u03B9 \u03BC\u03B5 \u03C4\u03BF \u03BC\u03BF\u03C4\u03AF\u03B2\u03BF ${i.pattern}`
                : `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03BF: ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03BF\u03C2 \u03B1\u03C1\u03B9\u03B8\u03BC\u03CC\u03C2: \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03C0\u03BF\u03BB\u03BB\u03B1\u03C0\u03BB\u03AC\u03C3\u03B9\u03BF \u03C4\u03BF\u03C5 ${r.divisor}`;
      case 'unrecognized_keys':
        return `\u0386\u03B3\u03BD\u03C9\u03C3\u03C4${r.keys.length > 1 ? '\u03B1' : '\u03BF'} \u03BA\u03BB\u03B5\u03B9\u03B4${r.keys.length > 1 ? '\u03B9\u03AC' : '\u03AF'}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03BF \u03BA\u03BB\u03B5\u03B9\u03B4\u03AF \u03C3\u03C4\u03BF ${r.origin}`;
      case 'invalid_union':
        return '\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2';
      case 'invalid_element':
        return `\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03C4\u03B9\u03BC\u03AE \u03C3\u03C4\u03BF ${r.origin}`;
      default:
        return '\u039C\u03B7 \u03AD\u03B3\u03BA\u03C5\u03C1\u03B7 \u03B5\u03AF\u03C3\u03BF\u03B4\u03BF\u03C2';
    }
  };
};
function YT() {
  return { localeError: oj() };
}
var ij = () => {
  const e = {
    string: { unit: 'characters', verb: 'to have' },
    file: { unit: 'bytes', verb: 'to have' },
    array: { unit: 'items', verb: 'to have' },
    set: { unit: 'items', verb: 'to have' },
    map: { unit: 'entries', verb: 'to have' },
  };
  function t(i) {
    return e[i] ?? null;
  }
  const n = {
      regex: 'input',
      email: 'email address',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO datetime',
      date: 'ISO date',
      time: 'ISO time',
      duration: 'ISO duration',
      ipv4: 'IPv4 address',
      ipv6: 'IPv6 address',
      mac: 'MAC address',
      cidrv4: 'IPv4 range',
      cidrv6: 'IPv6 range',
      base64: 'base64-encoded string',
      base64url: 'base64url-encoded string',
      json_string: 'JSON string',
      e164: 'E.164 number',
      currency_code: 'currency code',
      credit_card: 'credit card number',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'input',
    },
    o = { nan: 'NaN' };
  function r(i, s) {
    return i === 'number' && typeof s == 'number' && !Number.isFinite(s) ? String(s) : (o[i] ?? i);
  }
  return (i) => {
    switch (i.code) {
      case 'invalid_type': {
        const s = r(i.expected),
          a = E(i.input),
          c = r(a, i.input);
        return `Invalid input: expected ${s}, received ${c}`;
      }
      case 'invalid_value':
        return i.values.length === 1
          ? `Invalid input: expected ${$(i.values[0])}`
          : `Invalid option: expected one of ${y(i.values, '|')}`;
      case 'too_big': {
        const s = i.exact ? 'exactly ' : i.inclusive ? '<=' : '<',
          a = t(i.origin);
        return a
          ? `Too big: expected ${i.origin ?? 'value'} to have ${s}${i.maximum.toString()} ${a.unit ?? 'elements'}`
          : `Too big: expected ${i.origin ?? 'value'} to be ${s}${i.maximum.toString()}`;
      }
      case 'too_small': {
        const s = i.exact ? 'exactly ' : i.inclusive ? '>=' : '>',
          a = t(i.origin);
        return a
          ? `Too small: expected ${i.origin} to have ${s}${i.minimum.toString()} ${a.unit}`
          : `Too small: expected ${i.origin} to be ${s}${i.minimum.toString()}`;
      }
      case 'invalid_format': {
        const s = i;
        return s.format === 'starts_with'
          ? `Invalid string: must start with "${s.prefix}"`
          : s.format === 'ends_with'
            ? `Invalid string: must end with "${s.suffix}"`
            : s.format === 'includes'
              ? `Invalid string: must include "${s.includes}"`
              : s.format === 'regex'
                ? `Invalid string: must match pattern ${s.pattern}`
                : `Invalid ${n[s.format] ?? i.format}`;
      }
      case 'not_multiple_of':
        return `Invalid number: must be a multiple of ${i.divisor}`;
      case 'unrecognized_keys':
        return `Unrecognized key${i.keys.length > 1 ? 's' : ''}: ${y(i.keys, ', ')}`;
      case 'invalid_key':
        return `Invalid key in ${i.origin}`;
      case 'invalid_union':
        return i.options && Array.isArray(i.options) && i.options.length > 0
          ? `Invalid discriminator value. Expected ${i.options.map((a) => `'${a}'`).join(' | ')}`
          : i.inclusive === !1
            ? 'Invalid input: more than one option matched'
            : 'Invalid input';
      case 'invalid_element':
        return `Invalid value in ${i.origin}`;
      default:
        return 'Invalid input';
    }
  };
};
function nd() {
  return { localeError: ij() };
}
var sj = () => {
  const e = {
    string: { unit: 'karaktrojn', verb: 'havi' },
    file: { unit: 'bajtojn', verb: 'havi' },
    array: { unit: 'elementojn', verb: 'havi' },
    set: { unit: 'elementojn', verb: 'havi' },
    map: { unit: 'elementojn', verb: 'havi' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'enigo',
      email: 'retadreso',
      url: 'URL',
      emoji: 'emo\u011Dio',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO-datotempo',
      date: 'ISO-dato',
      time: 'ISO-tempo',
      duration: 'ISO-da\u016Dro',
      ipv4: 'IPv4-adreso',
      ipv6: 'IPv6-adreso',
      mac: 'MAC-adreso',
      cidrv4: 'IPv4-rango',
      cidrv6: 'IPv6-rango',
      base64: '64-ume kodita karaktraro',
      base64url: 'URL-64-ume kodita karaktraro',
      json_string: 'JSON-karaktraro',
      e164: 'E.164-nombro',
      credit_card: 'kreditkarta numero',
      currency_code: 'valuta kodo',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'enigo',
    },
    o = { nan: 'NaN', number: 'nombro', array: 'tabelo', null: 'senvalora' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Nevalida enigo: atendi\u011Dis instanceof ${r.expected}, ricevi\u011Dis ${a}`
          : `Nevalida enigo: atendi\u011Dis ${i}, ricevi\u011Dis ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Nevalida enigo: atendi\u011Dis ${$(r.values[0])}`
          : `Nevalida opcio: atendi\u011Dis unu el ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `Tro granda: atendi\u011Dis ke ${r.origin ?? 'valoro'} havu ${i}${r.maximum.toString()} ${s.unit ?? 'elementojn'}`
          : `Tro granda: atendi\u011Dis ke ${r.origin ?? 'valoro'} havu ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `Tro malgranda: atendi\u011Dis ke ${r.origin} havu ${i}${r.minimum.toString()} ${s.unit}`
          : `Tro malgranda: atendi\u011Dis ke ${r.origin} estu ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Nevalida karaktraro: devas komenci\u011Di per "${i.prefix}"`
          : i.format === 'ends_with'
            ? `Nevalida karaktraro: devas fini\u011Di per "${i.suffix}"`
            : i.format === 'includes'
              ? `Nevalida karaktraro: devas inkluzivi "${i.includes}"`
              : i.format === 'regex'
                ? `Nevalida karaktraro: devas kongrui kun la modelo ${i.pattern}`
                : `Nevalida ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `Nevalida nombro: devas esti oblo de ${r.divisor}`;
      case 'unrecognized_keys':
        return `Nekonata${r.keys.length > 1 ? 'j' : ''} \u015Dlosilo${r.keys.length > 1 ? 'j' : ''}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Nevalida \u015Dlosilo en ${r.origin}`;
      case 'invalid_union':
        return 'Nevalida enigo';
      case 'invalid_element':
        return `Nevalida valoro en ${r.origin}`;
      default:
        return 'Nevalida enigo';
    }
  };
};
function QT() {
  return { localeError: sj() };
}
var aj = () => {
  const e = {
    string: { unit: 'caracteres', verb: 'tener' },
    file: { unit: 'bytes', verb: 'tener' },
    array: { unit: 'elementos', verb: 'tener' },
    set: { unit: 'elementos', verb: 'tener' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'entrada',
      email: 'direcci\xF3n de correo electr\xF3nico',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'fecha y hora ISO',
      date: 'fecha ISO',
      time: 'hora ISO',
      duration: 'duraci\xF3n ISO',
      ipv4: 'direcci\xF3n IPv4',
      ipv6: 'direcci\xF3n IPv6',
      mac: 'direcci\xF3n MAC',
      cidrv4: 'rango IPv4',
      cidrv6: 'rango IPv6',
      base64: 'cadena codificada en base64',
      base64url: 'URL codificada en base64',
      json_string: 'cadena JSON',
      e164: 'n\xFAmero E.164',
      credit_card: 'n\xFAmero de tarjeta de cr\xE9dito',
      currency_code: 'c\xF3digo de moneda',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'entrada',
    },
    o = {
      nan: 'NaN',
      string: 'texto',
      number: 'n\xFAmero',
      boolean: 'booleano',
      array: 'arreglo',
      object: 'objeto',
      set: 'conjunto',
      file: 'archivo',
      date: 'fecha',
      bigint: 'n\xFAmero grande',
      symbol: 's\xEDmbolo',
      undefined: 'indefinido',
      null: 'nulo',
      function: 'funci\xF3n',
      map: 'mapa',
      record: 'registro',
      tuple: 'tupla',
      enum: 'enumeraci\xF3n',
      union: 'uni\xF3n',
      literal: 'literal',
      promise: 'promesa',
      void: 'vac\xEDo',
      never: 'nunca',
      unknown: 'desconocido',
      any: 'cualquiera',
    };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Entrada inv\xE1lida: se esperaba instanceof ${r.expected}, recibido ${a}`
          : `Entrada inv\xE1lida: se esperaba ${i}, recibido ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Entrada inv\xE1lida: se esperaba ${$(r.values[0])}`
          : `Opci\xF3n inv\xE1lida: se esperaba una de ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin),
          a = o[r.origin] ?? r.origin;
        return s
          ? `Demasiado grande: se esperaba que ${a ?? 'valor'} tuviera ${i}${r.maximum.toString()} ${s.unit ?? 'elementos'}`
          : `Demasiado grande: se esperaba que ${a ?? 'valor'} fuera ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin),
          a = o[r.origin] ?? r.origin;
        return s
          ? `Demasiado peque\xF1o: se esperaba que ${a} tuviera ${i}${r.minimum.toString()} ${s.unit}`
          : `Demasiado peque\xF1o: se esperaba que ${a} fuera ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Cadena inv\xE1lida: debe comenzar con "${i.prefix}"`
          : i.format === 'ends_with'
            ? `Cadena inv\xE1lida: debe terminar en "${i.suffix}"`
            : i.format === 'includes'
              ? `Cadena inv\xE1lida: debe incluir "${i.includes}"`
              : i.format === 'regex'
                ? `Cadena inv\xE1lida: debe coincidir con el patr\xF3n ${i.pattern}`
                : `Inv\xE1lido ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `N\xFAmero inv\xE1lido: debe ser m\xFAltiplo de ${r.divisor}`;
      case 'unrecognized_keys':
        return `Llave${r.keys.length > 1 ? 's' : ''} desconocida${r.keys.length > 1 ? 's' : ''}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Llave inv\xE1lida en ${o[r.origin] ?? r.origin}`;
      case 'invalid_union':
        return 'Entrada inv\xE1lida';
      case 'invalid_element':
        return `Valor inv\xE1lido en ${o[r.origin] ?? r.origin}`;
      default:
        return 'Entrada inv\xE1lida';
    }
  };
};
function eA() {
  return { localeError: aj() };
}
var cj = () => {
  const e = {
    string: {
      unit: '\u06A9\u0627\u0631\u0627\u06A9\u062A\u0631',
      verb: '\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F',
    },
    file: {
      unit: '\u0628\u0627\u06CC\u062A',
      verb: '\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F',
    },
    array: {
      unit: '\u0622\u06CC\u062A\u0645',
      verb: '\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F',
    },
    set: {
      unit: '\u0622\u06CC\u062A\u0645',
      verb: '\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F',
    },
    map: {
      unit: '\u0622\u06CC\u062A\u0645',
      verb: '\u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F',
    },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u0648\u0631\u0648\u062F\u06CC',
      email: '\u0622\u062F\u0631\u0633 \u0627\u06CC\u0645\u06CC\u0644',
      url: 'URL',
      emoji: '\u0627\u06CC\u0645\u0648\u062C\u06CC',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: '\u062A\u0627\u0631\u06CC\u062E \u0648 \u0632\u0645\u0627\u0646 \u0627\u06CC\u0632\u0648',
      date: '\u062A\u0627\u0631\u06CC\u062E \u0627\u06CC\u0632\u0648',
      time: '\u0632\u0645\u0627\u0646 \u0627\u06CC\u0632\u0648',
      duration: '\u0645\u062F\u062A \u0632\u0645\u0627\u0646 \u0627\u06CC\u0632\u0648',
      ipv4: 'IPv4 \u0622\u062F\u0631\u0633',
      ipv6: 'IPv6 \u0622\u062F\u0631\u0633',
      mac: 'MAC \u0622\u062F\u0631\u0633',
      cidrv4: 'IPv4 \u062F\u0627\u0645\u0646\u0647',
      cidrv6: 'IPv6 \u062F\u0627\u0645\u0646\u0647',
      base64: 'base64-encoded \u0631\u0634\u062A\u0647',
      base64url: 'base64url-encoded \u0631\u0634\u062A\u0647',
      json_string: 'JSON \u0631\u0634\u062A\u0647',
      e164: 'E.164 \u0639\u062F\u062F',
      credit_card:
        '\u0634\u0645\u0627\u0631\u0647 \u06A9\u0627\u0631\u062A \u0627\u0639\u062A\u0628\u0627\u0631\u06CC',
      currency_code: '\u06A9\u062F \u0627\u0631\u0632',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u0648\u0631\u0648\u062F\u06CC',
    },
    o = { nan: 'NaN', number: '\u0639\u062F\u062F', array: '\u0622\u0631\u0627\u06CC\u0647' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0645\u06CC\u200C\u0628\u0627\u06CC\u0633\u062A instanceof ${r.expected} \u0645\u06CC\u200C\u0628\u0648\u062F\u060C ${a} \u062F\u0631\u06CC\u0627\u0641\u062A \u0634\u062F`
          : `\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0645\u06CC\u200C\u0628\u0627\u06CC\u0633\u062A ${i} \u0645\u06CC\u200C\u0628\u0648\u062F\u060C ${a} \u062F\u0631\u06CC\u0627\u0641\u062A \u0634\u062F`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0645\u06CC\u200C\u0628\u0627\u06CC\u0633\u062A ${$(r.values[0])} \u0645\u06CC\u200C\u0628\u0648\u062F`
          : `\u06AF\u0632\u06CC\u0646\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0645\u06CC\u200C\u0628\u0627\u06CC\u0633\u062A \u06CC\u06A9\u06CC \u0627\u0632 ${y(r.values, '|')} \u0645\u06CC\u200C\u0628\u0648\u062F`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `\u062E\u06CC\u0644\u06CC \u0628\u0632\u0631\u06AF: ${r.origin ?? '\u0645\u0642\u062F\u0627\u0631'} \u0628\u0627\u06CC\u062F ${i}${r.maximum.toString()} ${s.unit ?? '\u0639\u0646\u0635\u0631'} \u0628\u0627\u0634\u062F`
          : `\u062E\u06CC\u0644\u06CC \u0628\u0632\u0631\u06AF: ${r.origin ?? '\u0645\u0642\u062F\u0627\u0631'} \u0628\u0627\u06CC\u062F ${i}${r.maximum.toString()} \u0628\u0627\u0634\u062F`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `\u062E\u06CC\u0644\u06CC \u06A9\u0648\u0686\u06A9: ${r.origin} \u0628\u0627\u06CC\u062F ${i}${r.minimum.toString()} ${s.unit} \u0628\u0627\u0634\u062F`
          : `\u062E\u06CC\u0644\u06CC \u06A9\u0648\u0686\u06A9: ${r.origin} \u0628\u0627\u06CC\u062F ${i}${r.minimum.toString()} \u0628\u0627\u0634\u062F`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u0631\u0634\u062A\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0628\u0627 "${i.prefix}" \u0634\u0631\u0648\u0639 \u0634\u0648\u062F`
          : i.format === 'ends_with'
            ? `\u0631\u0634\u062A\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0628\u0627 "${i.suffix}" \u062A\u0645\u0627\u0645 \u0634\u0648\u062F`
            : i.format === 'includes'
              ? `\u0631\u0634\u062A\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0634\u0627\u0645\u0644 "${i.includes}" \u0628\u0627\u0634\u062F`
              : i.format === 'regex'
                ? `\u0631\u0634\u062A\u0647 \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0628\u0627 \u0627\u0644\u06AF\u0648\u06CC ${i.pattern} \u0645\u0637\u0627\u0628\u0642\u062A \u062F\u0627\u0634\u062A\u0647 \u0628\u0627\u0634\u062F`
                : `${n[i.format] ?? r.format} \u0646\u0627\u0645\u0639\u062A\u0628\u0631`;
      }
      case 'not_multiple_of':
        return `\u0639\u062F\u062F \u0646\u0627\u0645\u0639\u062A\u0628\u0631: \u0628\u0627\u06CC\u062F \u0645\u0636\u0631\u0628 ${r.divisor} \u0628\u0627\u0634\u062F`;
      case 'unrecognized_keys':
        return `\u06A9\u0644\u06CC\u062F${r.keys.length > 1 ? '\u0647\u0627\u06CC' : ''} \u0646\u0627\u0634\u0646\u0627\u0633: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `\u06A9\u0644\u06CC\u062F \u0646\u0627\u0634\u0646\u0627\u0633 \u062F\u0631 ${r.origin}`;
      case 'invalid_union':
        return '\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631';
      case 'invalid_element':
        return `\u0645\u0642\u062F\u0627\u0631 \u0646\u0627\u0645\u0639\u062A\u0628\u0631 \u062F\u0631 ${r.origin}`;
      default:
        return '\u0648\u0631\u0648\u062F\u06CC \u0646\u0627\u0645\u0639\u062A\u0628\u0631';
    }
  };
};
function tA() {
  return { localeError: cj() };
}
var uj = () => {
  const e = {
    string: { unit: 'merkki\xE4', subject: 'merkkijonon' },
    file: { unit: 'tavua', subject: 'tiedoston' },
    array: { unit: 'alkiota', subject: 'listan' },
    set: { unit: 'alkiota', subject: 'joukon' },
    map: { unit: 'alkiota', subject: 'kuvauksen' },
    number: { unit: '', subject: 'luvun' },
    bigint: { unit: '', subject: 'suuren kokonaisluvun' },
    int: { unit: '', subject: 'kokonaisluvun' },
    date: { unit: '', subject: 'p\xE4iv\xE4m\xE4\xE4r\xE4n' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 's\xE4\xE4nn\xF6llinen lauseke',
      email: 's\xE4hk\xF6postiosoite',
      url: 'URL-osoite',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO-aikaleima',
      date: 'ISO-p\xE4iv\xE4m\xE4\xE4r\xE4',
      time: 'ISO-aika',
      duration: 'ISO-kesto',
      ipv4: 'IPv4-osoite',
      ipv6: 'IPv6-osoite',
      mac: 'MAC-osoite',
      cidrv4: 'IPv4-alue',
      cidrv6: 'IPv6-alue',
      base64: 'base64-koodattu merkkijono',
      base64url: 'base64url-koodattu merkkijono',
      json_string: 'JSON-merkkijono',
      e164: 'E.164-luku',
      credit_card: 'luottokortin numero',
      currency_code: 'valuuttakoodi',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'templaattimerkkijono',
    },
    o = { nan: 'NaN' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Virheellinen tyyppi: odotettiin instanceof ${r.expected}, oli ${a}`
          : `Virheellinen tyyppi: odotettiin ${i}, oli ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Virheellinen sy\xF6te: t\xE4ytyy olla ${$(r.values[0])}`
          : `Virheellinen valinta: t\xE4ytyy olla yksi seuraavista: ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `Liian suuri: ${s.subject} t\xE4ytyy olla ${i}${r.maximum.toString()} ${s.unit}`.trim()
          : `Liian suuri: arvon t\xE4ytyy olla ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `Liian pieni: ${s.subject} t\xE4ytyy olla ${i}${r.minimum.toString()} ${s.unit}`.trim()
          : `Liian pieni: arvon t\xE4ytyy olla ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Virheellinen sy\xF6te: t\xE4ytyy alkaa "${i.prefix}"`
          : i.format === 'ends_with'
            ? `Virheellinen sy\xF6te: t\xE4ytyy loppua "${i.suffix}"`
            : i.format === 'includes'
              ? `Virheellinen sy\xF6te: t\xE4ytyy sis\xE4lt\xE4\xE4 "${i.includes}"`
              : i.format === 'regex'
                ? `Virheellinen sy\xF6te: t\xE4ytyy vastata s\xE4\xE4nn\xF6llist\xE4 lauseketta ${i.pattern}`
                : `Virheellinen ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `Virheellinen luku: t\xE4ytyy olla luvun ${r.divisor} monikerta`;
      case 'unrecognized_keys':
        return `${r.keys.length > 1 ? 'Tuntemattomat avaimet' : 'Tuntematon avain'}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return 'Virheellinen avain tietueessa';
      case 'invalid_union':
        return 'Virheellinen unioni';
      case 'invalid_element':
        return 'Virheellinen arvo joukossa';
      default:
        return 'Virheellinen sy\xF6te';
    }
  };
};
function rA() {
  return { localeError: uj() };
}
var lj = () => {
  const e = {
    string: { unit: 'caract\xE8res', verb: 'avoir' },
    file: { unit: 'octets', verb: 'avoir' },
    array: { unit: '\xE9l\xE9ments', verb: 'avoir' },
    set: { unit: '\xE9l\xE9ments', verb: 'avoir' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'expression r\xE9guli\xE8re',
      email: 'adresse e-mail',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'date et heure ISO',
      date: 'date ISO',
      time: 'heure ISO',
      duration: 'dur\xE9e ISO',
      ipv4: 'adresse IPv4',
      ipv6: 'adresse IPv6',
      mac: 'adresse MAC',
      cidrv4: 'plage IPv4',
      cidrv6: 'plage IPv6',
      base64: 'cha\xEEne de caract\xE8res encod\xE9e en base64',
      base64url: 'cha\xEEne de caract\xE8res encod\xE9e en base64url',
      json_string: 'cha\xEEne de caract\xE8res JSON',
      e164: 'num\xE9ro au format E.164',
      credit_card: 'num\xE9ro de carte de cr\xE9dit',
      currency_code: 'code de devise',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'entr\xE9e',
    },
    o = {
      string: 'cha\xEEne de caract\xE8res',
      number: 'nombre',
      int: 'entier',
      boolean: 'bool\xE9en',
      bigint: 'grand entier',
      symbol: 'symbole',
      undefined: 'ind\xE9fini',
      null: 'null',
      never: 'jamais',
      void: 'vide',
      date: 'date',
      array: 'tableau',
      object: 'objet',
      tuple: 'tuple',
      record: 'record',
      map: 'map',
      set: 'ensemble',
      file: 'fichier',
      nonoptional: 'non optionnel',
      nan: 'NaN',
      function: 'fonction',
    };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Entr\xE9e invalide : instance de ${r.expected} attendu, ${a} re\xE7u`
          : `Entr\xE9e invalide : ${i} attendu, ${a} re\xE7u`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Entr\xE9e invalide : ${$(r.values[0])} attendu`
          : `Option invalide : une valeur parmi ${y(r.values, '|')} attendue`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `Trop grand : ${o[r.origin] ?? 'valeur'} doit ${s.verb} ${i}${r.maximum.toString()} ${s.unit ?? '\xE9l\xE9ment(s)'}`
          : `Trop grand : ${o[r.origin] ?? 'valeur'} doit \xEAtre ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `Trop petit : ${o[r.origin] ?? 'valeur'} doit ${s.verb} ${i}${r.minimum.toString()} ${s.unit}`
          : `Trop petit : ${o[r.origin] ?? 'valeur'} doit \xEAtre ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Cha\xEEne de caract\xE8res invalide : doit commencer par "${i.prefix}"`
          : i.format === 'ends_with'
            ? `Cha\xEEne de caract\xE8res invalide : doit se terminer par "${i.suffix}"`
            : i.format === 'includes'
              ? `Cha\xEEne de caract\xE8res invalide : doit inclure "${i.includes}"`
              : i.format === 'regex'
                ? `Cha\xEEne de caract\xE8res invalide : doit correspondre au motif ${i.pattern}`
                : `${n[i.format] ?? r.format} invalide`;
      }
      case 'not_multiple_of':
        return `Nombre invalide : doit \xEAtre un multiple de ${r.divisor}`;
      case 'unrecognized_keys':
        return `Cl\xE9${r.keys.length > 1 ? 's' : ''} non reconnue${r.keys.length > 1 ? 's' : ''} : ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Cl\xE9 invalide dans ${r.origin}`;
      case 'invalid_union':
        return 'Entr\xE9e invalide';
      case 'invalid_element':
        return `Valeur invalide dans ${r.origin}`;
      default:
        return 'Entr\xE9e invalide';
    }
  };
};
function nA() {
  return { localeError: lj() };
}
var dj = () => {
  const e = {
    string: { unit: 'caract\xE8res', verb: 'avoir' },
    file: { unit: 'octets', verb: 'avoir' },
    array: { unit: '\xE9l\xE9ments', verb: 'avoir' },
    set: { unit: '\xE9l\xE9ments', verb: 'avoir' },
    map: { unit: '\xE9l\xE9ments', verb: 'avoir' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'entr\xE9e',
      email: 'adresse courriel',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'date-heure ISO',
      date: 'date ISO',
      time: 'heure ISO',
      duration: 'dur\xE9e ISO',
      ipv4: 'adresse IPv4',
      ipv6: 'adresse IPv6',
      mac: 'adresse MAC',
      cidrv4: 'plage IPv4',
      cidrv6: 'plage IPv6',
      base64: 'cha\xEEne encod\xE9e en base64',
      base64url: 'cha\xEEne encod\xE9e en base64url',
      json_string: 'cha\xEEne JSON',
      e164: 'num\xE9ro E.164',
      credit_card: 'num\xE9ro de carte de cr\xE9dit',
      currency_code: 'code de devise',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'entr\xE9e',
    },
    o = { nan: 'NaN' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Entr\xE9e invalide : attendu instanceof ${r.expected}, re\xE7u ${a}`
          : `Entr\xE9e invalide : attendu ${i}, re\xE7u ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Entr\xE9e invalide : attendu ${$(r.values[0])}`
          : `Option invalide : attendu l'une des valeurs suivantes ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '\u2264' : '<',
          s = t(r.origin);
        return s
          ? `Trop grand : attendu que ${r.origin ?? 'la valeur'} ait ${i}${r.maximum.toString()} ${s.unit}`
          : `Trop grand : attendu que ${r.origin ?? 'la valeur'} soit ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '\u2265' : '>',
          s = t(r.origin);
        return s
          ? `Trop petit : attendu que ${r.origin} ait ${i}${r.minimum.toString()} ${s.unit}`
          : `Trop petit : attendu que ${r.origin} soit ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Cha\xEEne invalide : doit commencer par "${i.prefix}"`
          : i.format === 'ends_with'
            ? `Cha\xEEne invalide : doit se terminer par "${i.suffix}"`
            : i.format === 'includes'
              ? `Cha\xEEne invalide : doit inclure "${i.includes}"`
              : i.format === 'regex'
                ? `Cha\xEEne invalide : doit correspondre au motif ${i.pattern}`
                : `${n[i.format] ?? r.format} invalide`;
      }
      case 'not_multiple_of':
        return `Nombre invalide : doit \xEAtre un multiple de ${r.divisor}`;
      case 'unrecognized_keys':
        return `Cl\xE9${r.keys.length > 1 ? 's' : ''} non reconnue${r.keys.length > 1 ? 's' : ''} : ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Cl\xE9 invalide dans ${r.origin}`;
      case 'invalid_union':
        return 'Entr\xE9e invalide';
      case 'invalid_element':
        return `Valeur invalide dans ${r.origin}`;
      default:
        return 'Entr\xE9e invalide';
    }
  };
};
function oA() {
  return { localeError: dj() };
}
var pj = () => {
  const e = {
    string: {
      unit: '\u0A85\u0A95\u0ACD\u0AB7\u0AB0',
      verb: '\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F',
    },
    file: { unit: '\u0AAC\u0ABE\u0AAF\u0A9F', verb: '\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F' },
    array: { unit: '\u0A86\u0A87\u0A9F\u0AAE', verb: '\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F' },
    set: { unit: '\u0A86\u0A87\u0A9F\u0AAE', verb: '\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F' },
    map: {
      unit: '\u0A8F\u0AA8\u0ACD\u0A9F\u0ACD\u0AB0\u0AC0',
      verb: '\u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F',
    },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u0A87\u0AA8\u0AAA\u0AC1\u0A9F',
      email: '\u0A88\u0AAE\u0AC7\u0A87\u0AB2 \u0A8F\u0AA1\u0ACD\u0AB0\u0AC7\u0AB8',
      url: 'URL',
      emoji: '\u0A87\u0AAE\u0ACB\u0A9C\u0AC0',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO \u0AA4\u0ABE\u0AB0\u0AC0\u0A96 \u0A85\u0AA8\u0AC7 \u0AB8\u0AAE\u0AAF',
      date: 'ISO \u0AA4\u0ABE\u0AB0\u0AC0\u0A96',
      time: 'ISO \u0AB8\u0AAE\u0AAF',
      duration: 'ISO \u0A85\u0AB5\u0AA7\u0ABF',
      ipv4: 'IPv4 \u0A8F\u0AA1\u0ACD\u0AB0\u0AC7\u0AB8',
      ipv6: 'IPv6 \u0A8F\u0AA1\u0ACD\u0AB0\u0AC7\u0AB8',
      mac: 'MAC \u0A8F\u0AA1\u0ACD\u0AB0\u0AC7\u0AB8',
      cidrv4: 'IPv4 \u0AB6\u0ACD\u0AB0\u0AC7\u0AA3\u0AC0',
      cidrv6: 'IPv6 \u0AB6\u0ACD\u0AB0\u0AC7\u0AA3\u0AC0',
      base64:
        'base64-\u0A8F\u0AA8\u0ACD\u0A95\u0ACB\u0AA1\u0AC7\u0AA1 \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97',
      base64url:
        'base64url-\u0A8F\u0AA8\u0ACD\u0A95\u0ACB\u0AA1\u0AC7\u0AA1 \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97',
      json_string: 'JSON \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97',
      e164: 'E.164 \u0AA8\u0A82\u0AAC\u0AB0',
      credit_card:
        '\u0A95\u0ACD\u0AB0\u0AC7\u0AA1\u0ABF\u0A9F \u0A95\u0ABE\u0AB0\u0ACD\u0AA1 \u0AA8\u0A82\u0AAC\u0AB0',
      currency_code: '\u0A9A\u0AB2\u0AA3 \u0A95\u0ACB\u0AA1',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u0A87\u0AA8\u0AAA\u0AC1\u0A9F',
    },
    o = { nan: 'NaN' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return `\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A87\u0AA8\u0AAA\u0AC1\u0A9F: \u0A85\u0AAA\u0AC7\u0A95\u0ACD\u0AB7\u0ABF\u0AA4 ${i}, \u0AAA\u0ACD\u0AB0\u0ABE\u0AAA\u0ACD\u0AA4 ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A87\u0AA8\u0AAA\u0AC1\u0A9F: \u0A85\u0AAA\u0AC7\u0A95\u0ACD\u0AB7\u0ABF\u0AA4 ${$(r.values[0])}`
          : `\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB5\u0ABF\u0A95\u0AB2\u0ACD\u0AAA: ${y(r.values, ' | ')} \u0AAE\u0ABE\u0AA7\u0ACD\u0AAF\u0AAE\u0AA5\u0AC0 \u0A8F\u0A95 \u0A85\u0AAA\u0AC7\u0A95\u0ACD\u0AB7\u0ABF\u0AA4`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `\u0A96\u0AC2\u0AAC \u0AAE\u0ACB\u0A9F\u0AC1\u0A82: ${r.origin ?? '\u0AAE\u0AC2\u0AB2\u0ACD\u0AAF'} ${i}${r.maximum.toString()} ${s.unit ?? '\u0A8F\u0AB2\u0ABF\u0AAE\u0AC7\u0AA8\u0ACD\u0A9F'} \u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F`
          : `\u0A96\u0AC2\u0AAC \u0AAE\u0ACB\u0A9F\u0AC1\u0A82: ${r.origin ?? '\u0AAE\u0AC2\u0AB2\u0ACD\u0AAF'} ${i}${r.maximum.toString()} \u0AB9\u0ACB\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `\u0A96\u0AC2\u0AAC \u0AA8\u0ABE\u0AA8\u0AC1\u0A82: ${r.origin} ${i}${r.minimum.toString()} ${s.unit} \u0AB9\u0ACB\u0AB5\u0ABE \u0A9C\u0ACB\u0A88\u0A8F`
          : `\u0A96\u0AC2\u0AAC \u0AA8\u0ABE\u0AA8\u0AC1\u0A82: ${r.origin} ${i}${r.minimum.toString()} \u0AB9\u0ACB\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97: "${i.prefix}" \u0AA5\u0AC0 \u0AB6\u0AB0\u0AC2 \u0AA5\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`
          : i.format === 'ends_with'
            ? `\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97: "${i.suffix}" \u0AAA\u0AB0 \u0AB8\u0AAE\u0ABE\u0AAA\u0ACD\u0AA4 \u0AA5\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`
            : i.format === 'includes'
              ? `\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97: "${i.includes}" \u0AB6\u0ABE\u0AAE\u0AC7\u0AB2 \u0AB9\u0ACB\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`
              : i.format === 'regex'
                ? `\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AB8\u0ACD\u0A9F\u0ACD\u0AB0\u0ABF\u0A82\u0A97: \u0AAA\u0AC7\u0A9F\u0AB0\u0ACD\u0AA8 ${i.pattern} \u0AB8\u0ABE\u0AA5\u0AC7 \u0AAE\u0AC7\u0AB3 \u0A96\u0ABE\u0AB5\u0AC1\u0A82 \u0A9C\u0ACB\u0A88\u0A8F`
                : `\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AA8\u0A82\u0AAC\u0AB0: ${r.divisor} \u0AA8\u0ACB \u0A97\u0AC1\u0AA3\u0ABE\u0A82\u0A95 \u0AB9\u0ACB\u0AB5\u0ACB \u0A9C\u0ACB\u0A88\u0A8F`;
      case 'unrecognized_keys':
        return `\u0A93\u0AB3\u0A96\u0AC0 \u0AB6\u0A95\u0ABE\u0AA4\u0ABE \u0AA8\u0AB9\u0AC0\u0A82 \u0AA4\u0AC7 \u0A95\u0AC0${r.keys.length > 1 ? '\u0A93' : ''}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `${r.origin} \u0AAE\u0ABE\u0A82 \u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A95\u0AC0`;
      case 'invalid_union':
        return r.options && Array.isArray(r.options) && r.options.length > 0
          ? `\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AA1\u0ABF\u0AB8\u0ACD\u0A95\u0ACD\u0AB0\u0ABF\u0AAE\u0ABF\u0AA8\u0AC7\u0A9F\u0AB0 \u0AAE\u0AC2\u0AB2\u0ACD\u0AAF. \u0A85\u0AAA\u0AC7\u0A95\u0ACD\u0AB7\u0ABF\u0AA4 ${r.options.map((s) => `'${s}'`).join(' | ')}`
          : '\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A87\u0AA8\u0AAA\u0AC1\u0A9F';
      case 'invalid_element':
        return `${r.origin} \u0AAE\u0ABE\u0A82 \u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0AAE\u0AC2\u0AB2\u0ACD\u0AAF`;
      default:
        return '\u0A85\u0AAE\u0ABE\u0AA8\u0ACD\u0AAF \u0A87\u0AA8\u0AAA\u0AC1\u0A9F';
    }
  };
};
function iA() {
  return { localeError: pj() };
}
var mj = () => {
  const e = {
      string: { label: '\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA', gender: 'f' },
      number: { label: '\u05DE\u05E1\u05E4\u05E8', gender: 'm' },
      boolean: { label: '\u05E2\u05E8\u05DA \u05D1\u05D5\u05DC\u05D9\u05D0\u05E0\u05D9', gender: 'm' },
      bigint: { label: 'BigInt', gender: 'm' },
      date: { label: '\u05EA\u05D0\u05E8\u05D9\u05DA', gender: 'm' },
      array: { label: '\u05DE\u05E2\u05E8\u05DA', gender: 'm' },
      object: { label: '\u05D0\u05D5\u05D1\u05D9\u05D9\u05E7\u05D8', gender: 'm' },
      null: { label: '\u05E2\u05E8\u05DA \u05E8\u05D9\u05E7 (null)', gender: 'm' },
      undefined: {
        label: '\u05E2\u05E8\u05DA \u05DC\u05D0 \u05DE\u05D5\u05D2\u05D3\u05E8 (undefined)',
        gender: 'm',
      },
      symbol: { label: '\u05E1\u05D9\u05DE\u05D1\u05D5\u05DC (Symbol)', gender: 'm' },
      function: { label: '\u05E4\u05D5\u05E0\u05E7\u05E6\u05D9\u05D4', gender: 'f' },
      map: { label: '\u05DE\u05E4\u05D4 (Map)', gender: 'f' },
      set: { label: '\u05E7\u05D1\u05D5\u05E6\u05D4 (Set)', gender: 'f' },
      file: { label: '\u05E7\u05D5\u05D1\u05E5', gender: 'm' },
      promise: { label: 'Promise', gender: 'm' },
      NaN: { label: 'NaN', gender: 'm' },
      unknown: { label: '\u05E2\u05E8\u05DA \u05DC\u05D0 \u05D9\u05D3\u05D5\u05E2', gender: 'm' },
      value: { label: '\u05E2\u05E8\u05DA', gender: 'm' },
    },
    t = {
      string: {
        unit: '\u05EA\u05D5\u05D5\u05D9\u05DD',
        shortLabel: '\u05E7\u05E6\u05E8',
        longLabel: '\u05D0\u05E8\u05D5\u05DA',
      },
      file: {
        unit: '\u05D1\u05D9\u05D9\u05D8\u05D9\u05DD',
        shortLabel: '\u05E7\u05D8\u05DF',
        longLabel: '\u05D2\u05D3\u05D5\u05DC',
      },
      array: {
        unit: '\u05E4\u05E8\u05D9\u05D8\u05D9\u05DD',
        shortLabel: '\u05E7\u05D8\u05DF',
        longLabel: '\u05D2\u05D3\u05D5\u05DC',
      },
      set: {
        unit: '\u05E4\u05E8\u05D9\u05D8\u05D9\u05DD',
        shortLabel: '\u05E7\u05D8\u05DF',
        longLabel: '\u05D2\u05D3\u05D5\u05DC',
      },
      number: { unit: '', shortLabel: '\u05E7\u05D8\u05DF', longLabel: '\u05D2\u05D3\u05D5\u05DC' },
    },
    n = (u) => (u ? e[u] : void 0),
    o = (u) => {
      const l = n(u);
      return l ? l.label : (u ?? e.unknown.label);
    },
    r = (u) => `\u05D4${o(u)}`,
    i = (u) =>
      (n(u)?.gender ?? 'm') === 'f'
        ? '\u05E6\u05E8\u05D9\u05DB\u05D4 \u05DC\u05D4\u05D9\u05D5\u05EA'
        : '\u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA',
    s = (u) => (u ? (t[u] ?? null) : null),
    a = {
      regex: { label: '\u05E7\u05DC\u05D8', gender: 'm' },
      email: { label: '\u05DB\u05EA\u05D5\u05D1\u05EA \u05D0\u05D9\u05DE\u05D9\u05D9\u05DC', gender: 'f' },
      url: { label: '\u05DB\u05EA\u05D5\u05D1\u05EA \u05E8\u05E9\u05EA', gender: 'f' },
      emoji: { label: "\u05D0\u05D9\u05DE\u05D5\u05D2'\u05D9", gender: 'm' },
      uuid: { label: 'UUID', gender: 'm' },
      uuidv4: { label: 'UUIDv4', gender: 'm' },
      uuidv6: { label: 'UUIDv6', gender: 'm' },
      nanoid: { label: 'nanoid', gender: 'm' },
      guid: { label: 'GUID', gender: 'm' },
      cuid: { label: 'cuid', gender: 'm' },
      cuid2: { label: 'cuid2', gender: 'm' },
      ulid: { label: 'ULID', gender: 'm' },
      xid: { label: 'XID', gender: 'm' },
      ksuid: { label: 'KSUID', gender: 'm' },
      datetime: { label: '\u05EA\u05D0\u05E8\u05D9\u05DA \u05D5\u05D6\u05DE\u05DF ISO', gender: 'm' },
      date: { label: '\u05EA\u05D0\u05E8\u05D9\u05DA ISO', gender: 'm' },
      time: { label: '\u05D6\u05DE\u05DF ISO', gender: 'm' },
      duration: { label: '\u05DE\u05E9\u05DA \u05D6\u05DE\u05DF ISO', gender: 'm' },
      ipv4: { label: '\u05DB\u05EA\u05D5\u05D1\u05EA IPv4', gender: 'f' },
      ipv6: { label: '\u05DB\u05EA\u05D5\u05D1\u05EA IPv6', gender: 'f' },
      mac: { label: '\u05DB\u05EA\u05D5\u05D1\u05EA MAC', gender: 'f' },
      cidrv4: { label: '\u05D8\u05D5\u05D5\u05D7 IPv4', gender: 'm' },
      cidrv6: { label: '\u05D8\u05D5\u05D5\u05D7 IPv6', gender: 'm' },
      base64: {
        label: '\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D1\u05D1\u05E1\u05D9\u05E1 64',
        gender: 'f',
      },
      base64url: {
        label:
          '\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D1\u05D1\u05E1\u05D9\u05E1 64 \u05DC\u05DB\u05EA\u05D5\u05D1\u05D5\u05EA \u05E8\u05E9\u05EA',
        gender: 'f',
      },
      json_string: { label: '\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA JSON', gender: 'f' },
      e164: { label: '\u05DE\u05E1\u05E4\u05E8 E.164', gender: 'm' },
      credit_card: {
        label: '\u05DE\u05E1\u05E4\u05E8 \u05DB\u05E8\u05D8\u05D9\u05E1 \u05D0\u05E9\u05E8\u05D0\u05D9',
        gender: 'm',
      },
      currency_code: { label: '\u05E7\u05D5\u05D3 \u05DE\u05D8\u05D1\u05E2', gender: 'm' },
      iban: { label: 'IBAN', gender: 'm' },
      jwt: { label: 'JWT', gender: 'm' },
      template_literal: { label: '\u05E7\u05DC\u05D8', gender: 'm' },
      ends_with: { label: '\u05E7\u05DC\u05D8', gender: 'm' },
      includes: { label: '\u05E7\u05DC\u05D8', gender: 'm' },
      lowercase: { label: '\u05E7\u05DC\u05D8', gender: 'm' },
      starts_with: { label: '\u05E7\u05DC\u05D8', gender: 'm' },
      uppercase: { label: '\u05E7\u05DC\u05D8', gender: 'm' },
    },
    c = { nan: 'NaN' };
  return (u) => {
    switch (u.code) {
      case 'invalid_type': {
        const l = u.expected,
          d = c[l ?? ''] ?? o(l),
          p = E(u.input),
          m = c[p] ?? e[p]?.label ?? p;
        return /^[A-Z]/.test(u.expected)
          ? `\u05E7\u05DC\u05D8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA instanceof ${u.expected}, \u05D4\u05EA\u05E7\u05D1\u05DC ${m}`
          : `\u05E7\u05DC\u05D8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA ${d}, \u05D4\u05EA\u05E7\u05D1\u05DC ${m}`;
      }
      case 'invalid_value': {
        if (u.values.length === 1)
          return `\u05E2\u05E8\u05DA \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05D4\u05E2\u05E8\u05DA \u05D7\u05D9\u05D9\u05D1 \u05DC\u05D4\u05D9\u05D5\u05EA ${$(u.values[0])}`;
        const l = u.values.map((m) => $(m));
        if (u.values.length === 2)
          return `\u05E2\u05E8\u05DA \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05D4\u05D0\u05E4\u05E9\u05E8\u05D5\u05D9\u05D5\u05EA \u05D4\u05DE\u05EA\u05D0\u05D9\u05DE\u05D5\u05EA \u05D4\u05DF ${l[0]} \u05D0\u05D5 ${l[1]}`;
        const d = l[l.length - 1];
        return `\u05E2\u05E8\u05DA \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05D4\u05D0\u05E4\u05E9\u05E8\u05D5\u05D9\u05D5\u05EA \u05D4\u05DE\u05EA\u05D0\u05D9\u05DE\u05D5\u05EA \u05D4\u05DF ${l.slice(0, -1).join(', ')} \u05D0\u05D5 ${d}`;
      }
      case 'too_big': {
        const l = s(u.origin),
          d = r(u.origin ?? 'value');
        if (u.origin === 'string')
          return `${l?.longLabel ?? '\u05D0\u05E8\u05D5\u05DA'} \u05DE\u05D3\u05D9: ${d} \u05E6\u05E8\u05D9\u05DB\u05D4 \u05DC\u05D4\u05DB\u05D9\u05DC ${u.maximum.toString()} ${l?.unit ?? ''} ${u.inclusive ? '\u05D0\u05D5 \u05E4\u05D7\u05D5\u05EA' : '\u05DC\u05DB\u05DC \u05D4\u05D9\u05D5\u05EA\u05E8'}`.trim();
        if (u.origin === 'number') {
          const f = u.inclusive
            ? `\u05E7\u05D8\u05DF \u05D0\u05D5 \u05E9\u05D5\u05D5\u05D4 \u05DC-${u.maximum}`
            : `\u05E7\u05D8\u05DF \u05DE-${u.maximum}`;
          return `\u05D2\u05D3\u05D5\u05DC \u05DE\u05D3\u05D9: ${d} \u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA ${f}`;
        }
        if (u.origin === 'array' || u.origin === 'set') {
          const f = u.origin === 'set' ? '\u05E6\u05E8\u05D9\u05DB\u05D4' : '\u05E6\u05E8\u05D9\u05DA',
            g = u.inclusive
              ? `${u.maximum} ${l?.unit ?? ''} \u05D0\u05D5 \u05E4\u05D7\u05D5\u05EA`
              : `\u05E4\u05D7\u05D5\u05EA \u05DE-${u.maximum} ${l?.unit ?? ''}`;
          return `\u05D2\u05D3\u05D5\u05DC \u05DE\u05D3\u05D9: ${d} ${f} \u05DC\u05D4\u05DB\u05D9\u05DC ${g}`.trim();
        }
        const p = u.inclusive ? '<=' : '<',
          m = i(u.origin ?? 'value');
        return l?.unit
          ? `${l.longLabel} \u05DE\u05D3\u05D9: ${d} ${m} ${p}${u.maximum.toString()} ${l.unit}`
          : `${l?.longLabel ?? '\u05D2\u05D3\u05D5\u05DC'} \u05DE\u05D3\u05D9: ${d} ${m} ${p}${u.maximum.toString()}`;
      }
      case 'too_small': {
        const l = s(u.origin),
          d = r(u.origin ?? 'value');
        if (u.origin === 'string')
          return `${l?.shortLabel ?? '\u05E7\u05E6\u05E8'} \u05DE\u05D3\u05D9: ${d} \u05E6\u05E8\u05D9\u05DB\u05D4 \u05DC\u05D4\u05DB\u05D9\u05DC ${u.minimum.toString()} ${l?.unit ?? ''} ${u.inclusive ? '\u05D0\u05D5 \u05D9\u05D5\u05EA\u05E8' : '\u05DC\u05E4\u05D7\u05D5\u05EA'}`.trim();
        if (u.origin === 'number') {
          const f = u.inclusive
            ? `\u05D2\u05D3\u05D5\u05DC \u05D0\u05D5 \u05E9\u05D5\u05D5\u05D4 \u05DC-${u.minimum}`
            : `\u05D2\u05D3\u05D5\u05DC \u05DE-${u.minimum}`;
          return `\u05E7\u05D8\u05DF \u05DE\u05D3\u05D9: ${d} \u05E6\u05E8\u05D9\u05DA \u05DC\u05D4\u05D9\u05D5\u05EA ${f}`;
        }
        if (u.origin === 'array' || u.origin === 'set') {
          const f = u.origin === 'set' ? '\u05E6\u05E8\u05D9\u05DB\u05D4' : '\u05E6\u05E8\u05D9\u05DA';
          if (u.minimum === 1 && u.inclusive) {
            const h =
              (u.origin === 'set',
              '\u05DC\u05E4\u05D7\u05D5\u05EA \u05E4\u05E8\u05D9\u05D8 \u05D0\u05D7\u05D3');
            return `\u05E7\u05D8\u05DF \u05DE\u05D3\u05D9: ${d} ${f} \u05DC\u05D4\u05DB\u05D9\u05DC ${h}`;
          }
          const g = u.inclusive
            ? `${u.minimum} ${l?.unit ?? ''} \u05D0\u05D5 \u05D9\u05D5\u05EA\u05E8`
            : `\u05D9\u05D5\u05EA\u05E8 \u05DE-${u.minimum} ${l?.unit ?? ''}`;
          return `\u05E7\u05D8\u05DF \u05DE\u05D3\u05D9: ${d} ${f} \u05DC\u05D4\u05DB\u05D9\u05DC ${g}`.trim();
        }
        const p = u.inclusive ? '>=' : '>',
          m = i(u.origin ?? 'value');
        return l?.unit
          ? `${l.shortLabel} \u05DE\u05D3\u05D9: ${d} ${m} ${p}${u.minimum.toString()} ${l.unit}`
          : `${l?.shortLabel ?? '\u05E7\u05D8\u05DF'} \u05DE\u05D3\u05D9: ${d} ${m} ${p}${u.minimum.toString()}`;
      }
      case 'invalid_format': {
        const l = u;
        if (l.format === 'starts_with')
          return `\u05D4\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D7\u05D9\u05D9\u05D1\u05EA \u05DC\u05D4\u05EA\u05D7\u05D9\u05DC \u05D1 "${l.prefix}"`;
        if (l.format === 'ends_with')
          return `\u05D4\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D7\u05D9\u05D9\u05D1\u05EA \u05DC\u05D4\u05E1\u05EA\u05D9\u05D9\u05DD \u05D1 "${l.suffix}"`;
        if (l.format === 'includes')
          return `\u05D4\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D7\u05D9\u05D9\u05D1\u05EA \u05DC\u05DB\u05DC\u05D5\u05DC "${l.includes}"`;
        if (l.format === 'regex')
          return `\u05D4\u05DE\u05D7\u05E8\u05D5\u05D6\u05EA \u05D7\u05D9\u05D9\u05D1\u05EA \u05DC\u05D4\u05EA\u05D0\u05D9\u05DD \u05DC\u05EA\u05D1\u05E0\u05D9\u05EA ${l.pattern}`;
        const d = a[l.format],
          p = d?.label ?? l.format,
          f = (d?.gender ?? 'm') === 'f' ? '\u05EA\u05E7\u05D9\u05E0\u05D4' : '\u05EA\u05E7\u05D9\u05DF';
        return `${p} \u05DC\u05D0 ${f}`;
      }
      case 'not_multiple_of':
        return `\u05DE\u05E1\u05E4\u05E8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF: \u05D7\u05D9\u05D9\u05D1 \u05DC\u05D4\u05D9\u05D5\u05EA \u05DE\u05DB\u05E4\u05DC\u05D4 \u05E9\u05DC ${u.divisor}`;
      case 'unrecognized_keys':
        return `\u05DE\u05E4\u05EA\u05D7${u.keys.length > 1 ? '\u05D5\u05EA' : ''} \u05DC\u05D0 \u05DE\u05D6\u05D5\u05D4${u.keys.length > 1 ? '\u05D9\u05DD' : '\u05D4'}: ${y(u.keys, ', ')}`;
      case 'invalid_key':
        return '\u05E9\u05D3\u05D4 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF \u05D1\u05D0\u05D5\u05D1\u05D9\u05D9\u05E7\u05D8';
      case 'invalid_union':
        return '\u05E7\u05DC\u05D8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF';
      case 'invalid_element':
        return `\u05E2\u05E8\u05DA \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF \u05D1${r(u.origin ?? 'array')}`;
      default:
        return '\u05E7\u05DC\u05D8 \u05DC\u05D0 \u05EA\u05E7\u05D9\u05DF';
    }
  };
};
function sA() {
  return { localeError: mj() };
}
var fj = () => {
  const e = {
    string: {
      unit: '\u0905\u0915\u094D\u0937\u0930',
      verb: '\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F',
    },
    file: {
      unit: '\u092C\u093E\u0907\u091F\u094D\u0938',
      verb: '\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F',
    },
    array: {
      unit: '\u0924\u0924\u094D\u0935',
      verb: '\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F',
    },
    set: {
      unit: '\u0924\u0924\u094D\u0935',
      verb: '\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F',
    },
    map: {
      unit: '\u092A\u094D\u0930\u0935\u093F\u0937\u094D\u091F\u093F\u092F\u093E\u0901',
      verb: '\u0930\u0916\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F',
    },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u0907\u0928\u092A\u0941\u091F',
      email: '\u0908\u092E\u0947\u0932 \u092A\u0924\u093E',
      url: 'URL',
      emoji: '\u0907\u092E\u094B\u091C\u0940',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO \u0924\u093F\u0925\u093F \u0914\u0930 \u0938\u092E\u092F',
      date: 'ISO \u0924\u093F\u0925\u093F',
      time: 'ISO \u0938\u092E\u092F',
      duration: 'ISO \u0905\u0935\u0927\u093F',
      ipv4: 'IPv4 \u092A\u0924\u093E',
      ipv6: 'IPv6 \u092A\u0924\u093E',
      mac: 'MAC \u092A\u0924\u093E',
      cidrv4: 'IPv4 \u0936\u094D\u0930\u0947\u0923\u0940',
      cidrv6: 'IPv6 \u0936\u094D\u0930\u0947\u0923\u0940',
      base64:
        'Base64-\u090F\u0928\u094D\u0915\u094B\u0921\u0947\u0921 \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917',
      base64url:
        'Base64URL-\u090F\u0928\u094D\u0915\u094B\u0921\u0947\u0921 \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917',
      json_string: 'JSON \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917',
      e164: 'E.164 \u0938\u0902\u0916\u094D\u092F\u093E',
      credit_card:
        '\u0915\u094D\u0930\u0947\u0921\u093F\u091F \u0915\u093E\u0930\u094D\u0921 \u0938\u0902\u0916\u094D\u092F\u093E',
      currency_code: '\u092E\u0941\u0926\u094D\u0930\u093E \u0915\u094B\u0921',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u0907\u0928\u092A\u0941\u091F',
    },
    o = { nan: 'NaN' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return `\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${i}, \u092A\u094D\u0930\u093E\u092A\u094D\u0924 ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${$(r.values[0])}`
          : `\u0905\u092E\u093E\u0928\u094D\u092F \u0935\u093F\u0915\u0932\u094D\u092A: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u092E\u093E\u0928\u094B\u0902 \u092E\u0947\u0902 \u0938\u0947 \u090F\u0915 ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `\u092C\u0939\u0941\u0924 \u092C\u0921\u093C\u093E: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u0925\u093E \u0915\u093F ${r.origin ?? '\u092E\u093E\u0928'} \u092E\u0947\u0902 ${i}${r.maximum} ${s.unit} \u0939\u094B\u0902`
          : `\u092C\u0939\u0941\u0924 \u092C\u0921\u093C\u093E: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u0925\u093E \u0915\u093F ${r.origin ?? '\u092E\u093E\u0928'} ${i}${r.maximum} \u0939\u094B`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `\u092C\u0939\u0941\u0924 \u091B\u094B\u091F\u093E: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u0925\u093E \u0915\u093F ${r.origin} \u092E\u0947\u0902 ${i}${r.minimum} ${s.unit} \u0939\u094B\u0902`
          : `\u092C\u0939\u0941\u0924 \u091B\u094B\u091F\u093E: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u0925\u093E \u0915\u093F ${r.origin} ${i}${r.minimum} \u0939\u094B`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917: "${i.prefix}" \u0938\u0947 \u0936\u0941\u0930\u0942 \u0939\u094B\u0928\u093E \u091A\u093E\u0939\u093F\u090F`
          : i.format === 'ends_with'
            ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917: "${i.suffix}" \u092A\u0930 \u0938\u092E\u093E\u092A\u094D\u0924 \u0939\u094B\u0928\u093E \u091A\u093E\u0939\u093F\u090F`
            : i.format === 'includes'
              ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917: \u0907\u0938\u092E\u0947\u0902 "${i.includes}" \u0936\u093E\u092E\u093F\u0932 \u0939\u094B\u0928\u093E \u091A\u093E\u0939\u093F\u090F`
              : i.format === 'regex'
                ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0902\u0917: \u092A\u0948\u091F\u0930\u094D\u0928 ${i.pattern} \u0938\u0947 \u092E\u0947\u0932 \u0916\u093E\u0928\u093E \u091A\u093E\u0939\u093F\u090F`
                : `\u0905\u092E\u093E\u0928\u094D\u092F ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u0902\u0916\u094D\u092F\u093E: \u092F\u0939 ${r.divisor} \u0915\u093E \u0917\u0941\u0923\u091C \u0939\u094B\u0928\u093E \u091A\u093E\u0939\u093F\u090F`;
      case 'unrecognized_keys':
        return `\u0905\u092A\u0930\u093F\u091A\u093F\u0924 \u0915\u0941\u0902\u091C\u0940${r.keys.length > 1 ? '\u092F\u093E\u0901' : ''}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `\u0905\u092E\u093E\u0928\u094D\u092F \u0915\u0941\u0902\u091C\u0940: ${r.origin} \u092E\u0947\u0902`;
      case 'invalid_union':
        return r.options && Array.isArray(r.options) && r.options.length > 0
          ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0921\u093F\u0938\u094D\u0915\u094D\u0930\u093F\u092E\u093F\u0928\u0947\u091F\u0930 \u092E\u093E\u0928: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${r.options.map((s) => `'${s}'`).join(' | ')}`
          : '\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F';
      case 'invalid_element':
        return `\u0905\u092E\u093E\u0928\u094D\u092F \u092E\u093E\u0928: ${r.origin} \u092E\u0947\u0902`;
      default:
        return '\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F';
    }
  };
};
function aA() {
  return { localeError: fj() };
}
var gj = () => {
  const e = {
    string: { unit: 'znakova', verb: 'imati' },
    file: { unit: 'bajtova', verb: 'imati' },
    array: { unit: 'stavki', verb: 'imati' },
    set: { unit: 'stavki', verb: 'imati' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'unos',
      email: 'email adresa',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO datum i vrijeme',
      date: 'ISO datum',
      time: 'ISO vrijeme',
      duration: 'ISO trajanje',
      ipv4: 'IPv4 adresa',
      ipv6: 'IPv6 adresa',
      mac: 'MAC adresa',
      cidrv4: 'IPv4 raspon',
      cidrv6: 'IPv6 raspon',
      base64: 'base64 kodirani tekst',
      base64url: 'base64url kodirani tekst',
      json_string: 'JSON tekst',
      e164: 'E.164 broj',
      credit_card: 'broj kreditne kartice',
      currency_code: 'kod valute',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'unos',
    },
    o = {
      nan: 'NaN',
      string: 'tekst',
      number: 'broj',
      boolean: 'boolean',
      array: 'niz',
      object: 'objekt',
      set: 'skup',
      file: 'datoteka',
      date: 'datum',
      bigint: 'bigint',
      symbol: 'simbol',
      undefined: 'undefined',
      null: 'null',
      function: 'funkcija',
      map: 'mapa',
    };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Neispravan unos: o\u010Dekuje se instanceof ${r.expected}, a primljeno je ${a}`
          : `Neispravan unos: o\u010Dekuje se ${i}, a primljeno je ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Neispravna vrijednost: o\u010Dekivano ${$(r.values[0])}`
          : `Neispravna opcija: o\u010Dekivano jedno od ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin),
          a = o[r.origin] ?? r.origin;
        return s
          ? `Preveliko: o\u010Dekivano da ${a ?? 'vrijednost'} ima ${i}${r.maximum.toString()} ${s.unit ?? 'elemenata'}`
          : `Preveliko: o\u010Dekivano da ${a ?? 'vrijednost'} bude ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin),
          a = o[r.origin] ?? r.origin;
        return s
          ? `Premalo: o\u010Dekivano da ${a} ima ${i}${r.minimum.toString()} ${s.unit}`
          : `Premalo: o\u010Dekivano da ${a} bude ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Neispravan tekst: mora zapo\u010Dinjati s "${i.prefix}"`
          : i.format === 'ends_with'
            ? `Neispravan tekst: mora zavr\u0161avati s "${i.suffix}"`
            : i.format === 'includes'
              ? `Neispravan tekst: mora sadr\u017Eavati "${i.includes}"`
              : i.format === 'regex'
                ? `Neispravan tekst: mora odgovarati uzorku ${i.pattern}`
                : `Neispravna ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `Neispravan broj: mora biti vi\u0161ekratnik od ${r.divisor}`;
      case 'unrecognized_keys':
        return `Neprepoznat${r.keys.length > 1 ? 'i klju\u010Devi' : ' klju\u010D'}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Neispravan klju\u010D u ${o[r.origin] ?? r.origin}`;
      case 'invalid_union':
        return 'Neispravan unos';
      case 'invalid_element':
        return `Neispravna vrijednost u ${o[r.origin] ?? r.origin}`;
      default:
        return 'Neispravan unos';
    }
  };
};
function cA() {
  return { localeError: gj() };
}
var hj = () => {
  const e = {
    string: { unit: 'karakter', verb: 'legyen' },
    file: { unit: 'byte', verb: 'legyen' },
    array: { unit: 'elem', verb: 'legyen' },
    set: { unit: 'elem', verb: 'legyen' },
    map: { unit: 'elem', verb: 'legyen' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'bemenet',
      email: 'email c\xEDm',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO id\u0151b\xE9lyeg',
      date: 'ISO d\xE1tum',
      time: 'ISO id\u0151',
      duration: 'ISO id\u0151intervallum',
      ipv4: 'IPv4 c\xEDm',
      ipv6: 'IPv6 c\xEDm',
      mac: 'MAC c\xEDm',
      cidrv4: 'IPv4 tartom\xE1ny',
      cidrv6: 'IPv6 tartom\xE1ny',
      base64: 'base64-k\xF3dolt string',
      base64url: 'base64url-k\xF3dolt string',
      json_string: 'JSON string',
      e164: 'E.164 sz\xE1m',
      credit_card: 'hitelk\xE1rtyasz\xE1m',
      currency_code: 'p\xE9nznemk\xF3d',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'bemenet',
    },
    o = { nan: 'NaN', number: 'sz\xE1m', array: 't\xF6mb' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `\xC9rv\xE9nytelen bemenet: a v\xE1rt \xE9rt\xE9k instanceof ${r.expected}, a kapott \xE9rt\xE9k ${a}`
          : `\xC9rv\xE9nytelen bemenet: a v\xE1rt \xE9rt\xE9k ${i}, a kapott \xE9rt\xE9k ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\xC9rv\xE9nytelen bemenet: a v\xE1rt \xE9rt\xE9k ${$(r.values[0])}`
          : `\xC9rv\xE9nytelen opci\xF3: valamelyik \xE9rt\xE9k v\xE1rt ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `T\xFAl nagy: ${r.origin ?? '\xE9rt\xE9k'} m\xE9rete t\xFAl nagy ${i}${r.maximum.toString()} ${s.unit ?? 'elem'}`
          : `T\xFAl nagy: a bemeneti \xE9rt\xE9k ${r.origin ?? '\xE9rt\xE9k'} t\xFAl nagy: ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `T\xFAl kicsi: a bemeneti \xE9rt\xE9k ${r.origin} m\xE9rete t\xFAl kicsi ${i}${r.minimum.toString()} ${s.unit}`
          : `T\xFAl kicsi: a bemeneti \xE9rt\xE9k ${r.origin} t\xFAl kicsi ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\xC9rv\xE9nytelen string: "${i.prefix}" \xE9rt\xE9kkel kell kezd\u0151dnie`
          : i.format === 'ends_with'
            ? `\xC9rv\xE9nytelen string: "${i.suffix}" \xE9rt\xE9kkel kell v\xE9gz\u0151dnie`
            : i.format === 'includes'
              ? `\xC9rv\xE9nytelen string: "${i.includes}" \xE9rt\xE9ket kell tartalmaznia`
              : i.format === 'regex'
                ? `\xC9rv\xE9nytelen string: ${i.pattern} mint\xE1nak kell megfelelnie`
                : `\xC9rv\xE9nytelen ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `\xC9rv\xE9nytelen sz\xE1m: ${r.divisor} t\xF6bbsz\xF6r\xF6s\xE9nek kell lennie`;
      case 'unrecognized_keys':
        return `Ismeretlen kulcs${r.keys.length > 1 ? 's' : ''}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `\xC9rv\xE9nytelen kulcs ${r.origin}`;
      case 'invalid_union':
        return '\xC9rv\xE9nytelen bemenet';
      case 'invalid_element':
        return `\xC9rv\xE9nytelen \xE9rt\xE9k: ${r.origin}`;
      default:
        return '\xC9rv\xE9nytelen bemenet';
    }
  };
};
function uA() {
  return { localeError: hj() };
}
function lA(e, t, n) {
  return Math.abs(e) === 1 ? t : n;
}
function Ko(e) {
  if (!e) return '';
  const t = ['\u0561', '\u0565', '\u0568', '\u056B', '\u0578', '\u0578\u0582', '\u0585'],
    n = e[e.length - 1];
  return e + (t.includes(n) ? '\u0576' : '\u0568');
}
var vj = () => {
  const e = {
    string: {
      unit: { one: '\u0576\u0577\u0561\u0576', many: '\u0576\u0577\u0561\u0576\u0576\u0565\u0580' },
      verb: '\u0578\u0582\u0576\u0565\u0576\u0561\u056C',
    },
    file: {
      unit: { one: '\u0562\u0561\u0575\u0569', many: '\u0562\u0561\u0575\u0569\u0565\u0580' },
      verb: '\u0578\u0582\u0576\u0565\u0576\u0561\u056C',
    },
    array: {
      unit: { one: '\u057F\u0561\u0580\u0580', many: '\u057F\u0561\u0580\u0580\u0565\u0580' },
      verb: '\u0578\u0582\u0576\u0565\u0576\u0561\u056C',
    },
    set: {
      unit: { one: '\u057F\u0561\u0580\u0580', many: '\u057F\u0561\u0580\u0580\u0565\u0580' },
      verb: '\u0578\u0582\u0576\u0565\u0576\u0561\u056C',
    },
    map: {
      unit: { one: '\u057F\u0561\u0580\u0580', many: '\u057F\u0561\u0580\u0580\u0565\u0580' },
      verb: '\u0578\u0582\u0576\u0565\u0576\u0561\u056C',
    },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u0574\u0578\u0582\u057F\u0584',
      email: '\u0567\u056C. \u0570\u0561\u057D\u0581\u0565',
      url: 'URL',
      emoji: '\u0567\u0574\u0578\u057B\u056B',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO \u0561\u0574\u057D\u0561\u0569\u056B\u057E \u0587 \u056A\u0561\u0574',
      date: 'ISO \u0561\u0574\u057D\u0561\u0569\u056B\u057E',
      time: 'ISO \u056A\u0561\u0574',
      duration: 'ISO \u057F\u0587\u0578\u0572\u0578\u0582\u0569\u0575\u0578\u0582\u0576',
      ipv4: 'IPv4 \u0570\u0561\u057D\u0581\u0565',
      ipv6: 'IPv6 \u0570\u0561\u057D\u0581\u0565',
      mac: 'MAC \u0570\u0561\u057D\u0581\u0565',
      cidrv4: 'IPv4 \u0574\u056B\u057B\u0561\u056F\u0561\u0575\u0584',
      cidrv6: 'IPv6 \u0574\u056B\u057B\u0561\u056F\u0561\u0575\u0584',
      base64: 'base64 \u0571\u0587\u0561\u0579\u0561\u0583\u0578\u057E \u057F\u0578\u0572',
      base64url: 'base64url \u0571\u0587\u0561\u0579\u0561\u0583\u0578\u057E \u057F\u0578\u0572',
      json_string: 'JSON \u057F\u0578\u0572',
      e164: 'E.164 \u0570\u0561\u0574\u0561\u0580',
      credit_card:
        '\u056F\u0580\u0565\u0564\u056B\u057F \u0584\u0561\u0580\u057F\u056B \u0570\u0561\u0574\u0561\u0580',
      currency_code: '\u0561\u0580\u056A\u0578\u0582\u0575\u0569\u056B \u056F\u0578\u0564',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u0574\u0578\u0582\u057F\u0584',
    },
    o = { nan: 'NaN', number: '\u0569\u056B\u057E', array: '\u0566\u0561\u0576\u0563\u057E\u0561\u056E' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567\u0580 instanceof ${r.expected}, \u057D\u057F\u0561\u0581\u057E\u0565\u056C \u0567 ${a}`
          : `\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567\u0580 ${i}, \u057D\u057F\u0561\u0581\u057E\u0565\u056C \u0567 ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567\u0580 ${$(r.values[1])}`
          : `\u054D\u056D\u0561\u056C \u057F\u0561\u0580\u0562\u0565\u0580\u0561\u056F\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567\u0580 \u0570\u0565\u057F\u0587\u0575\u0561\u056C\u0576\u0565\u0580\u056B\u0581 \u0574\u0565\u056F\u0568\u055D ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        if (s) {
          const a = Number(r.maximum),
            c = lA(a, s.unit.one, s.unit.many);
          return `\u0549\u0561\u0583\u0561\u0566\u0561\u0576\u0581 \u0574\u0565\u056E \u0561\u0580\u056A\u0565\u0584\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567, \u0578\u0580 ${Ko(r.origin ?? '\u0561\u0580\u056A\u0565\u0584')} \u056F\u0578\u0582\u0576\u0565\u0576\u0561 ${i}${r.maximum.toString()} ${c}`;
        }
        return `\u0549\u0561\u0583\u0561\u0566\u0561\u0576\u0581 \u0574\u0565\u056E \u0561\u0580\u056A\u0565\u0584\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567, \u0578\u0580 ${Ko(r.origin ?? '\u0561\u0580\u056A\u0565\u0584')} \u056C\u056B\u0576\u056B ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        if (s) {
          const a = Number(r.minimum),
            c = lA(a, s.unit.one, s.unit.many);
          return `\u0549\u0561\u0583\u0561\u0566\u0561\u0576\u0581 \u0583\u0578\u0584\u0580 \u0561\u0580\u056A\u0565\u0584\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567, \u0578\u0580 ${Ko(r.origin)} \u056F\u0578\u0582\u0576\u0565\u0576\u0561 ${i}${r.minimum.toString()} ${c}`;
        }
        return `\u0549\u0561\u0583\u0561\u0566\u0561\u0576\u0581 \u0583\u0578\u0584\u0580 \u0561\u0580\u056A\u0565\u0584\u2024 \u057D\u057A\u0561\u057D\u057E\u0578\u0582\u0574 \u0567, \u0578\u0580 ${Ko(r.origin)} \u056C\u056B\u0576\u056B ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u054D\u056D\u0561\u056C \u057F\u0578\u0572\u2024 \u057A\u0565\u057F\u0584 \u0567 \u057D\u056F\u057D\u057E\u056B "${i.prefix}"-\u0578\u057E`
          : i.format === 'ends_with'
            ? `\u054D\u056D\u0561\u056C \u057F\u0578\u0572\u2024 \u057A\u0565\u057F\u0584 \u0567 \u0561\u057E\u0561\u0580\u057F\u057E\u056B "${i.suffix}"-\u0578\u057E`
            : i.format === 'includes'
              ? `\u054D\u056D\u0561\u056C \u057F\u0578\u0572\u2024 \u057A\u0565\u057F\u0584 \u0567 \u057A\u0561\u0580\u0578\u0582\u0576\u0561\u056F\u056B "${i.includes}"`
              : i.format === 'regex'
                ? `\u054D\u056D\u0561\u056C \u057F\u0578\u0572\u2024 \u057A\u0565\u057F\u0584 \u0567 \u0570\u0561\u0574\u0561\u057A\u0561\u057F\u0561\u057D\u056D\u0561\u0576\u056B ${i.pattern} \u0571\u0587\u0561\u0579\u0561\u0583\u056B\u0576`
                : `\u054D\u056D\u0561\u056C ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `\u054D\u056D\u0561\u056C \u0569\u056B\u057E\u2024 \u057A\u0565\u057F\u0584 \u0567 \u0562\u0561\u0566\u0574\u0561\u057A\u0561\u057F\u056B\u056F \u056C\u056B\u0576\u056B ${r.divisor}-\u056B`;
      case 'unrecognized_keys':
        return `\u0549\u0573\u0561\u0576\u0561\u0579\u057E\u0561\u056E \u0562\u0561\u0576\u0561\u056C\u056B${r.keys.length > 1 ? '\u0576\u0565\u0580' : ''}. ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `\u054D\u056D\u0561\u056C \u0562\u0561\u0576\u0561\u056C\u056B ${Ko(r.origin)}-\u0578\u0582\u0574`;
      case 'invalid_union':
        return '\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574';
      case 'invalid_element':
        return `\u054D\u056D\u0561\u056C \u0561\u0580\u056A\u0565\u0584 ${Ko(r.origin)}-\u0578\u0582\u0574`;
      default:
        return '\u054D\u056D\u0561\u056C \u0574\u0578\u0582\u057F\u0584\u0561\u0563\u0580\u0578\u0582\u0574';
    }
  };
};
function dA() {
  return { localeError: vj() };
}
var yj = () => {
  const e = {
    string: { unit: 'karakter', verb: 'memiliki' },
    file: { unit: 'byte', verb: 'memiliki' },
    array: { unit: 'item', verb: 'memiliki' },
    set: { unit: 'item', verb: 'memiliki' },
    map: { unit: 'item', verb: 'memiliki' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'input',
      email: 'alamat email',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'tanggal dan waktu format ISO',
      date: 'tanggal format ISO',
      time: 'jam format ISO',
      duration: 'durasi format ISO',
      ipv4: 'alamat IPv4',
      ipv6: 'alamat IPv6',
      mac: 'alamat MAC',
      cidrv4: 'rentang alamat IPv4',
      cidrv6: 'rentang alamat IPv6',
      base64: 'string dengan enkode base64',
      base64url: 'string dengan enkode base64url',
      json_string: 'string JSON',
      e164: 'angka E.164',
      credit_card: 'nomor kartu kredit',
      currency_code: 'kode mata uang',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'input',
    },
    o = { nan: 'NaN' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Input tidak valid: diharapkan instanceof ${r.expected}, diterima ${a}`
          : `Input tidak valid: diharapkan ${i}, diterima ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Input tidak valid: diharapkan ${$(r.values[0])}`
          : `Pilihan tidak valid: diharapkan salah satu dari ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `Terlalu besar: diharapkan ${r.origin ?? 'value'} memiliki ${i}${r.maximum.toString()} ${s.unit ?? 'elemen'}`
          : `Terlalu besar: diharapkan ${r.origin ?? 'value'} menjadi ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `Terlalu kecil: diharapkan ${r.origin} memiliki ${i}${r.minimum.toString()} ${s.unit}`
          : `Terlalu kecil: diharapkan ${r.origin} menjadi ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `String tidak valid: harus dimulai dengan "${i.prefix}"`
          : i.format === 'ends_with'
            ? `String tidak valid: harus berakhir dengan "${i.suffix}"`
            : i.format === 'includes'
              ? `String tidak valid: harus menyertakan "${i.includes}"`
              : i.format === 'regex'
                ? `String tidak valid: harus sesuai pola ${i.pattern}`
                : `${n[i.format] ?? r.format} tidak valid`;
      }
      case 'not_multiple_of':
        return `Angka tidak valid: harus kelipatan dari ${r.divisor}`;
      case 'unrecognized_keys':
        return `Kunci tidak dikenali ${r.keys.length > 1 ? 's' : ''}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Kunci tidak valid di ${r.origin}`;
      case 'invalid_union':
        return 'Input tidak valid';
      case 'invalid_element':
        return `Nilai tidak valid di ${r.origin}`;
      default:
        return 'Input tidak valid';
    }
  };
};
function pA() {
  return { localeError: yj() };
}
var _j = () => {
  const e = {
    string: { unit: 'stafi', verb: 'a\xF0 hafa' },
    file: { unit: 'b\xE6ti', verb: 'a\xF0 hafa' },
    array: { unit: 'hluti', verb: 'a\xF0 hafa' },
    set: { unit: 'hluti', verb: 'a\xF0 hafa' },
    map: { unit: 'hluti', verb: 'a\xF0 hafa' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'gildi',
      email: 'netfang',
      url: 'vefsl\xF3\xF0',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO dagsetning og t\xEDmi',
      date: 'ISO dagsetning',
      time: 'ISO t\xEDmi',
      duration: 'ISO t\xEDmalengd',
      ipv4: 'IPv4 address',
      ipv6: 'IPv6 address',
      mac: 'MAC address',
      cidrv4: 'IPv4 range',
      cidrv6: 'IPv6 range',
      base64: 'base64-encoded strengur',
      base64url: 'base64url-encoded strengur',
      json_string: 'JSON strengur',
      e164: 'E.164 t\xF6lugildi',
      credit_card: 'kreditkortan\xFAmer',
      currency_code: 'gjaldmi\xF0ilsk\xF3\xF0i',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'gildi',
    },
    o = { nan: 'NaN', number: 'n\xFAmer', array: 'fylki' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Rangt gildi: \xDE\xFA sl\xF3st inn ${a} \xFEar sem \xE1 a\xF0 vera instanceof ${r.expected}`
          : `Rangt gildi: \xDE\xFA sl\xF3st inn ${a} \xFEar sem \xE1 a\xF0 vera ${i}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Rangt gildi: gert r\xE1\xF0 fyrir ${$(r.values[0])}`
          : `\xD3gilt val: m\xE1 vera eitt af eftirfarandi ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `Of st\xF3rt: gert er r\xE1\xF0 fyrir a\xF0 ${r.origin ?? 'gildi'} hafi ${i}${r.maximum.toString()} ${s.unit ?? 'hluti'}`
          : `Of st\xF3rt: gert er r\xE1\xF0 fyrir a\xF0 ${r.origin ?? 'gildi'} s\xE9 ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `Of l\xEDti\xF0: gert er r\xE1\xF0 fyrir a\xF0 ${r.origin} hafi ${i}${r.minimum.toString()} ${s.unit}`
          : `Of l\xEDti\xF0: gert er r\xE1\xF0 fyrir a\xF0 ${r.origin} s\xE9 ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\xD3gildur strengur: ver\xF0ur a\xF0 byrja \xE1 "${i.prefix}"`
          : i.format === 'ends_with'
            ? `\xD3gildur strengur: ver\xF0ur a\xF0 enda \xE1 "${i.suffix}"`
            : i.format === 'includes'
              ? `\xD3gildur strengur: ver\xF0ur a\xF0 innihalda "${i.includes}"`
              : i.format === 'regex'
                ? `\xD3gildur strengur: ver\xF0ur a\xF0 fylgja mynstri ${i.pattern}`
                : `Rangt ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `R\xF6ng tala: ver\xF0ur a\xF0 vera margfeldi af ${r.divisor}`;
      case 'unrecognized_keys':
        return `\xD3\xFEekkt ${r.keys.length > 1 ? 'ir lyklar' : 'ur lykill'}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Rangur lykill \xED ${r.origin}`;
      case 'invalid_union':
        return 'Rangt gildi';
      case 'invalid_element':
        return `Rangt gildi \xED ${r.origin}`;
      default:
        return 'Rangt gildi';
    }
  };
};
function mA() {
  return { localeError: _j() };
}
var xj = () => {
  const e = {
    string: { unit: 'caratteri', verb: 'avere' },
    file: { unit: 'byte', verb: 'avere' },
    array: { unit: 'elementi', verb: 'avere' },
    set: { unit: 'elementi', verb: 'avere' },
    map: { unit: 'elementi', verb: 'avere' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'input',
      email: 'indirizzo email',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'data e ora ISO',
      date: 'data ISO',
      time: 'ora ISO',
      duration: 'durata ISO',
      ipv4: 'indirizzo IPv4',
      ipv6: 'indirizzo IPv6',
      mac: 'indirizzo MAC',
      cidrv4: 'intervallo IPv4',
      cidrv6: 'intervallo IPv6',
      base64: 'stringa codificata in base64',
      base64url: 'URL codificata in base64',
      json_string: 'stringa JSON',
      e164: 'numero E.164',
      credit_card: 'numero di carta di credito',
      currency_code: 'codice valuta',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'input',
    },
    o = { nan: 'NaN', number: 'numero', array: 'vettore' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Input non valido: atteso instanceof ${r.expected}, ricevuto ${a}`
          : `Input non valido: atteso ${i}, ricevuto ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Input non valido: atteso ${$(r.values[0])}`
          : `Opzione non valida: atteso uno tra ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `Troppo grande: ${r.origin ?? 'valore'} deve avere ${i}${r.maximum.toString()} ${s.unit ?? 'elementi'}`
          : `Troppo grande: ${r.origin ?? 'valore'} deve essere ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `Troppo piccolo: ${r.origin} deve avere ${i}${r.minimum.toString()} ${s.unit}`
          : `Troppo piccolo: ${r.origin} deve essere ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Stringa non valida: deve iniziare con "${i.prefix}"`
          : i.format === 'ends_with'
            ? `Stringa non valida: deve terminare con "${i.suffix}"`
            : i.format === 'includes'
              ? `Stringa non valida: deve includere "${i.includes}"`
              : i.format === 'regex'
                ? `Stringa non valida: deve corrispondere al pattern ${i.pattern}`
                : `Input non valido: ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `Numero non valido: deve essere un multiplo di ${r.divisor}`;
      case 'unrecognized_keys':
        return `Chiav${r.keys.length > 1 ? 'i' : 'e'} non riconosciut${r.keys.length > 1 ? 'e' : 'a'}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Chiave non valida in ${r.origin}`;
      case 'invalid_union':
        return 'Input non valido';
      case 'invalid_element':
        return `Valore non valido in ${r.origin}`;
      default:
        return 'Input non valido';
    }
  };
};
function fA() {
  return { localeError: xj() };
}
var Sj = () => {
  const e = {
    string: { unit: '\u6587\u5B57', verb: '\u3067\u3042\u308B' },
    file: { unit: '\u30D0\u30A4\u30C8', verb: '\u3067\u3042\u308B' },
    array: { unit: '\u8981\u7D20', verb: '\u3067\u3042\u308B' },
    set: { unit: '\u8981\u7D20', verb: '\u3067\u3042\u308B' },
    map: { unit: '\u8981\u7D20', verb: '\u3067\u3042\u308B' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u5165\u529B\u5024',
      email: '\u30E1\u30FC\u30EB\u30A2\u30C9\u30EC\u30B9',
      url: 'URL',
      emoji: '\u7D75\u6587\u5B57',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO\u65E5\u6642',
      date: 'ISO\u65E5\u4ED8',
      time: 'ISO\u6642\u523B',
      duration: 'ISO\u671F\u9593',
      ipv4: 'IPv4\u30A2\u30C9\u30EC\u30B9',
      ipv6: 'IPv6\u30A2\u30C9\u30EC\u30B9',
      mac: 'MAC\u30A2\u30C9\u30EC\u30B9',
      cidrv4: 'IPv4\u7BC4\u56F2',
      cidrv6: 'IPv6\u7BC4\u56F2',
      base64: 'base64\u30A8\u30F3\u30B3\u30FC\u30C9\u6587\u5B57\u5217',
      base64url: 'base64url\u30A8\u30F3\u30B3\u30FC\u30C9\u6587\u5B57\u5217',
      json_string: 'JSON\u6587\u5B57\u5217',
      e164: 'E.164\u756A\u53F7',
      credit_card: '\u30AF\u30EC\u30B8\u30C3\u30C8\u30AB\u30FC\u30C9\u756A\u53F7',
      currency_code: '\u901A\u8CA8\u30B3\u30FC\u30C9',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u5165\u529B\u5024',
    },
    o = { nan: 'NaN', number: '\u6570\u5024', array: '\u914D\u5217' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `\u7121\u52B9\u306A\u5165\u529B: instanceof ${r.expected}\u304C\u671F\u5F85\u3055\u308C\u307E\u3057\u305F\u304C\u3001${a}\u304C\u5165\u529B\u3055\u308C\u307E\u3057\u305F`
          : `\u7121\u52B9\u306A\u5165\u529B: ${i}\u304C\u671F\u5F85\u3055\u308C\u307E\u3057\u305F\u304C\u3001${a}\u304C\u5165\u529B\u3055\u308C\u307E\u3057\u305F`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u7121\u52B9\u306A\u5165\u529B: ${$(r.values[0])}\u304C\u671F\u5F85\u3055\u308C\u307E\u3057\u305F`
          : `\u7121\u52B9\u306A\u9078\u629E: ${y(r.values, '\u3001')}\u306E\u3044\u305A\u308C\u304B\u3067\u3042\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`;
      case 'too_big': {
        const i = r.inclusive ? '\u4EE5\u4E0B\u3067\u3042\u308B' : '\u3088\u308A\u5C0F\u3055\u3044',
          s = t(r.origin);
        return s
          ? `\u5927\u304D\u3059\u304E\u308B\u5024: ${r.origin ?? '\u5024'}\u306F${r.maximum.toString()}${s.unit ?? '\u8981\u7D20'}${i}\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`
          : `\u5927\u304D\u3059\u304E\u308B\u5024: ${r.origin ?? '\u5024'}\u306F${r.maximum.toString()}${i}\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`;
      }
      case 'too_small': {
        const i = r.inclusive ? '\u4EE5\u4E0A\u3067\u3042\u308B' : '\u3088\u308A\u5927\u304D\u3044',
          s = t(r.origin);
        return s
          ? `\u5C0F\u3055\u3059\u304E\u308B\u5024: ${r.origin}\u306F${r.minimum.toString()}${s.unit}${i}\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`
          : `\u5C0F\u3055\u3059\u304E\u308B\u5024: ${r.origin}\u306F${r.minimum.toString()}${i}\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u7121\u52B9\u306A\u6587\u5B57\u5217: "${i.prefix}"\u3067\u59CB\u307E\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`
          : i.format === 'ends_with'
            ? `\u7121\u52B9\u306A\u6587\u5B57\u5217: "${i.suffix}"\u3067\u7D42\u308F\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`
            : i.format === 'includes'
              ? `\u7121\u52B9\u306A\u6587\u5B57\u5217: "${i.includes}"\u3092\u542B\u3080\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`
              : i.format === 'regex'
                ? `\u7121\u52B9\u306A\u6587\u5B57\u5217: \u30D1\u30BF\u30FC\u30F3${i.pattern}\u306B\u4E00\u81F4\u3059\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`
                : `\u7121\u52B9\u306A${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `\u7121\u52B9\u306A\u6570\u5024: ${r.divisor}\u306E\u500D\u6570\u3067\u3042\u308B\u5FC5\u8981\u304C\u3042\u308A\u307E\u3059`;
      case 'unrecognized_keys':
        return `\u8A8D\u8B58\u3055\u308C\u3066\u3044\u306A\u3044\u30AD\u30FC${r.keys.length > 1 ? '\u7FA4' : ''}: ${y(r.keys, '\u3001')}`;
      case 'invalid_key':
        return `${r.origin}\u5185\u306E\u7121\u52B9\u306A\u30AD\u30FC`;
      case 'invalid_union':
        return '\u7121\u52B9\u306A\u5165\u529B';
      case 'invalid_element':
        return `${r.origin}\u5185\u306E\u7121\u52B9\u306A\u5024`;
      default:
        return '\u7121\u52B9\u306A\u5165\u529B';
    }
  };
};
function gA() {
  return { localeError: Sj() };
}
var bj = () => {
  const e = {
    string: {
      unit: '\u10E1\u10D8\u10DB\u10D1\u10DD\u10DA\u10DD',
      verb: '\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1',
    },
    file: {
      unit: '\u10D1\u10D0\u10D8\u10E2\u10D8',
      verb: '\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1',
    },
    array: {
      unit: '\u10D4\u10DA\u10D4\u10DB\u10D4\u10DC\u10E2\u10D8',
      verb: '\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1',
    },
    set: {
      unit: '\u10D4\u10DA\u10D4\u10DB\u10D4\u10DC\u10E2\u10D8',
      verb: '\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1',
    },
    map: {
      unit: '\u10D4\u10DA\u10D4\u10DB\u10D4\u10DC\u10E2\u10D8',
      verb: '\u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1',
    },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0',
      email:
        '\u10D4\u10DA-\u10E4\u10DD\u10E1\u10E2\u10D8\u10E1 \u10DB\u10D8\u10E1\u10D0\u10DB\u10D0\u10E0\u10D7\u10D8',
      url: 'URL',
      emoji: '\u10D4\u10DB\u10DD\u10EF\u10D8',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: '\u10D7\u10D0\u10E0\u10D8\u10E6\u10D8-\u10D3\u10E0\u10DD',
      date: '\u10D7\u10D0\u10E0\u10D8\u10E6\u10D8',
      time: '\u10D3\u10E0\u10DD',
      duration: '\u10EE\u10D0\u10DC\u10D2\u10E0\u10EB\u10DA\u10D8\u10D5\u10DD\u10D1\u10D0',
      ipv4: 'IPv4 \u10DB\u10D8\u10E1\u10D0\u10DB\u10D0\u10E0\u10D7\u10D8',
      ipv6: 'IPv6 \u10DB\u10D8\u10E1\u10D0\u10DB\u10D0\u10E0\u10D7\u10D8',
      mac: 'MAC \u10DB\u10D8\u10E1\u10D0\u10DB\u10D0\u10E0\u10D7\u10D8',
      cidrv4: 'IPv4 \u10D3\u10D8\u10D0\u10DE\u10D0\u10D6\u10DD\u10DC\u10D8',
      cidrv6: 'IPv6 \u10D3\u10D8\u10D0\u10DE\u10D0\u10D6\u10DD\u10DC\u10D8',
      base64: 'base64-\u10D9\u10DD\u10D3\u10D8\u10E0\u10D4\u10D1\u10E3\u10DA\u10D8 \u10D5\u10D4\u10DA\u10D8',
      base64url:
        'base64url-\u10D9\u10DD\u10D3\u10D8\u10E0\u10D4\u10D1\u10E3\u10DA\u10D8 \u10D5\u10D4\u10DA\u10D8',
      json_string: 'JSON \u10D5\u10D4\u10DA\u10D8',
      e164: 'E.164 \u10DC\u10DD\u10DB\u10D4\u10E0\u10D8',
      credit_card:
        '\u10E1\u10D0\u10D9\u10E0\u10D4\u10D3\u10D8\u10E2\u10DD \u10D1\u10D0\u10E0\u10D0\u10D7\u10D8\u10E1 \u10DC\u10DD\u10DB\u10D4\u10E0\u10D8',
      currency_code: '\u10D5\u10D0\u10DA\u10E3\u10E2\u10D8\u10E1 \u10D9\u10DD\u10D3\u10D8',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0',
    },
    o = {
      nan: 'NaN',
      number: '\u10E0\u10D8\u10EA\u10EE\u10D5\u10D8',
      string: '\u10D5\u10D4\u10DA\u10D8',
      boolean: '\u10D1\u10E3\u10DA\u10D4\u10D0\u10DC\u10D8',
      function: '\u10E4\u10E3\u10DC\u10E5\u10EA\u10D8\u10D0',
      array: '\u10DB\u10D0\u10E1\u10D8\u10D5\u10D8',
    };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 instanceof ${r.expected}, \u10DB\u10D8\u10E6\u10D4\u10D1\u10E3\u10DA\u10D8 ${a}`
          : `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${i}, \u10DB\u10D8\u10E6\u10D4\u10D1\u10E3\u10DA\u10D8 ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${$(r.values[0])}`
          : `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D0\u10E0\u10D8\u10D0\u10DC\u10E2\u10D8: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8\u10D0 \u10D4\u10E0\u10D7-\u10D4\u10E0\u10D7\u10D8 ${y(r.values, '|')}-\u10D3\u10D0\u10DC`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `\u10D6\u10D4\u10D3\u10DB\u10D4\u10E2\u10D0\u10D3 \u10D3\u10D8\u10D3\u10D8: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${r.origin ?? '\u10DB\u10DC\u10D8\u10E8\u10D5\u10DC\u10D4\u10DA\u10DD\u10D1\u10D0'} ${s.verb} ${i}${r.maximum.toString()} ${s.unit}`
          : `\u10D6\u10D4\u10D3\u10DB\u10D4\u10E2\u10D0\u10D3 \u10D3\u10D8\u10D3\u10D8: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${r.origin ?? '\u10DB\u10DC\u10D8\u10E8\u10D5\u10DC\u10D4\u10DA\u10DD\u10D1\u10D0'} \u10D8\u10E7\u10DD\u10E1 ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `\u10D6\u10D4\u10D3\u10DB\u10D4\u10E2\u10D0\u10D3 \u10DE\u10D0\u10E2\u10D0\u10E0\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${r.origin} ${s.verb} ${i}${r.minimum.toString()} ${s.unit}`
          : `\u10D6\u10D4\u10D3\u10DB\u10D4\u10E2\u10D0\u10D3 \u10DE\u10D0\u10E2\u10D0\u10E0\u10D0: \u10DB\u10DD\u10E1\u10D0\u10DA\u10DD\u10D3\u10DC\u10D4\u10DA\u10D8 ${r.origin} \u10D8\u10E7\u10DD\u10E1 ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D4\u10DA\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10D8\u10EC\u10E7\u10D4\u10D1\u10DD\u10D3\u10D4\u10E1 "${i.prefix}"-\u10D8\u10D7`
          : i.format === 'ends_with'
            ? `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D4\u10DA\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10DB\u10D7\u10D0\u10D5\u10E0\u10D3\u10D4\u10D1\u10DD\u10D3\u10D4\u10E1 "${i.suffix}"-\u10D8\u10D7`
            : i.format === 'includes'
              ? `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D4\u10DA\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D8\u10EA\u10D0\u10D5\u10D3\u10D4\u10E1 "${i.includes}"-\u10E1`
              : i.format === 'regex'
                ? `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D5\u10D4\u10DA\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10E8\u10D4\u10D4\u10E1\u10D0\u10D1\u10D0\u10DB\u10D4\u10D1\u10DD\u10D3\u10D4\u10E1 \u10E8\u10D0\u10D1\u10DA\u10DD\u10DC\u10E1 ${i.pattern}`
                : `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E0\u10D8\u10EA\u10EE\u10D5\u10D8: \u10E3\u10DC\u10D3\u10D0 \u10D8\u10E7\u10DD\u10E1 ${r.divisor}-\u10D8\u10E1 \u10EF\u10D4\u10E0\u10D0\u10D3\u10D8`;
      case 'unrecognized_keys':
        return `\u10E3\u10EA\u10DC\u10DD\u10D1\u10D8 \u10D2\u10D0\u10E1\u10D0\u10E6\u10D4\u10D1${r.keys.length > 1 ? '\u10D4\u10D1\u10D8' : '\u10D8'}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10D2\u10D0\u10E1\u10D0\u10E6\u10D4\u10D1\u10D8 ${r.origin}-\u10E8\u10D8`;
      case 'invalid_union':
        return '\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0';
      case 'invalid_element':
        return `\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10DB\u10DC\u10D8\u10E8\u10D5\u10DC\u10D4\u10DA\u10DD\u10D1\u10D0 ${r.origin}-\u10E8\u10D8`;
      default:
        return '\u10D0\u10E0\u10D0\u10E1\u10EC\u10DD\u10E0\u10D8 \u10E8\u10D4\u10E7\u10D5\u10D0\u10DC\u10D0';
    }
  };
};
function hA() {
  return { localeError: bj() };
}
var $j = () => {
  const e = {
    string: {
      unit: '\u178F\u17BD\u17A2\u1780\u17D2\u179F\u179A',
      verb: '\u1782\u17BD\u179A\u1798\u17B6\u1793',
    },
    file: { unit: '\u1794\u17C3', verb: '\u1782\u17BD\u179A\u1798\u17B6\u1793' },
    array: { unit: '\u1792\u17B6\u178F\u17BB', verb: '\u1782\u17BD\u179A\u1798\u17B6\u1793' },
    set: { unit: '\u1792\u17B6\u178F\u17BB', verb: '\u1782\u17BD\u179A\u1798\u17B6\u1793' },
    map: { unit: '\u1792\u17B6\u178F\u17BB', verb: '\u1782\u17BD\u179A\u1798\u17B6\u1793' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B',
      email: '\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793\u17A2\u17CA\u17B8\u1798\u17C2\u179B',
      url: 'URL',
      emoji: '\u179F\u1789\u17D2\u1789\u17B6\u17A2\u17B6\u179A\u1798\u17D2\u1798\u178E\u17CD',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime:
        '\u1780\u17B6\u179B\u1794\u179A\u17B7\u1785\u17D2\u1786\u17C1\u1791 \u1793\u17B7\u1784\u1798\u17C9\u17C4\u1784 ISO',
      date: '\u1780\u17B6\u179B\u1794\u179A\u17B7\u1785\u17D2\u1786\u17C1\u1791 ISO',
      time: '\u1798\u17C9\u17C4\u1784 ISO',
      duration: '\u179A\u1799\u17C8\u1796\u17C1\u179B ISO',
      ipv4: '\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 IPv4',
      ipv6: '\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 IPv6',
      mac: '\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 MAC',
      cidrv4: '\u178A\u17C2\u1793\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 IPv4',
      cidrv6: '\u178A\u17C2\u1793\u17A2\u17B6\u179F\u1799\u178A\u17D2\u178B\u17B6\u1793 IPv6',
      base64:
        '\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u17A2\u17CA\u17B7\u1780\u17BC\u178A base64',
      base64url:
        '\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u17A2\u17CA\u17B7\u1780\u17BC\u178A base64url',
      json_string: '\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A JSON',
      e164: '\u179B\u17C1\u1781 E.164',
      credit_card: '\u179B\u17C1\u1781\u1794\u17D0\u178E\u17D2\u178E\u17A5\u178E\u1791\u17B6\u1793',
      currency_code: '\u1780\u17BC\u178A\u179A\u17BC\u1794\u17B7\u1799\u1794\u17D0\u178E\u17D2\u178E',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal:
        '\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B',
    },
    o = {
      nan: 'NaN',
      number: '\u179B\u17C1\u1781',
      array: '\u17A2\u17B6\u179A\u17C1 (Array)',
      null: '\u1782\u17D2\u1798\u17B6\u1793\u178F\u1798\u17D2\u179B\u17C3 (null)',
    };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A instanceof ${r.expected} \u1794\u17C9\u17BB\u1793\u17D2\u178F\u17C2\u1791\u1791\u17BD\u179B\u1794\u17B6\u1793 ${a}`
          : `\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${i} \u1794\u17C9\u17BB\u1793\u17D2\u178F\u17C2\u1791\u1791\u17BD\u179B\u1794\u17B6\u1793 ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1794\u1789\u17D2\u1785\u17BC\u179B\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${$(r.values[0])}`
          : `\u1787\u1798\u17D2\u179A\u17BE\u179F\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1787\u17B6\u1798\u17BD\u1799\u1780\u17D2\u1793\u17BB\u1784\u1785\u17C6\u178E\u17C4\u1798 ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `\u1792\u17C6\u1796\u17C1\u1780\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${r.origin ?? '\u178F\u1798\u17D2\u179B\u17C3'} ${i} ${r.maximum.toString()} ${s.unit ?? '\u1792\u17B6\u178F\u17BB'}`
          : `\u1792\u17C6\u1796\u17C1\u1780\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${r.origin ?? '\u178F\u1798\u17D2\u179B\u17C3'} ${i} ${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `\u178F\u17BC\u1785\u1796\u17C1\u1780\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${r.origin} ${i} ${r.minimum.toString()} ${s.unit}`
          : `\u178F\u17BC\u1785\u1796\u17C1\u1780\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1780\u17B6\u179A ${r.origin} ${i} ${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1785\u17B6\u1794\u17CB\u1795\u17D2\u178F\u17BE\u1798\u178A\u17C4\u1799 "${i.prefix}"`
          : i.format === 'ends_with'
            ? `\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1794\u1789\u17D2\u1785\u1794\u17CB\u178A\u17C4\u1799 "${i.suffix}"`
            : i.format === 'includes'
              ? `\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u1798\u17B6\u1793 "${i.includes}"`
              : i.format === 'regex'
                ? `\u1781\u17D2\u179F\u17C2\u17A2\u1780\u17D2\u179F\u179A\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u178F\u17C2\u1795\u17D2\u1782\u17BC\u1795\u17D2\u1782\u1784\u1793\u17B9\u1784\u1791\u1798\u17D2\u179A\u1784\u17CB\u178A\u17C2\u179B\u1794\u17B6\u1793\u1780\u17C6\u178E\u178F\u17CB ${i.pattern}`
                : `\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `\u179B\u17C1\u1781\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u17D6 \u178F\u17D2\u179A\u17BC\u179C\u178F\u17C2\u1787\u17B6\u1796\u17A0\u17BB\u1782\u17BB\u178E\u1793\u17C3 ${r.divisor}`;
      case 'unrecognized_keys':
        return `\u179A\u1780\u1783\u17BE\u1789\u179F\u17C4\u1798\u17B7\u1793\u179F\u17D2\u1782\u17B6\u179B\u17CB\u17D6 ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `\u179F\u17C4\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u1793\u17C5\u1780\u17D2\u1793\u17BB\u1784 ${r.origin}`;
      case 'invalid_union':
        return '\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C';
      case 'invalid_element':
        return `\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C\u1793\u17C5\u1780\u17D2\u1793\u17BB\u1784 ${r.origin}`;
      default:
        return '\u1791\u17B7\u1793\u17D2\u1793\u1793\u17D0\u1799\u1798\u17B7\u1793\u178F\u17D2\u179A\u17B9\u1798\u178F\u17D2\u179A\u17BC\u179C';
    }
  };
};
function od() {
  return { localeError: $j() };
}
function vA() {
  return od();
}
var Ej = () => {
  const e = {
    string: {
      unit: '\u0C85\u0C95\u0CCD\u0CB7\u0CB0\u0C97\u0CB3\u0CC1',
      verb: '\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1',
    },
    file: {
      unit: '\u0CAC\u0CC8\u0C9F\u0CCD\u200C\u0C97\u0CB3\u0CC1',
      verb: '\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1',
    },
    array: {
      unit: '\u0CB5\u0CB8\u0CCD\u0CA4\u0CC1\u0C97\u0CB3\u0CC1',
      verb: '\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1',
    },
    set: {
      unit: '\u0CB5\u0CB8\u0CCD\u0CA4\u0CC1\u0C97\u0CB3\u0CC1',
      verb: '\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1',
    },
    map: { unit: 'entries', verb: '\u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u0C87\u0CA8\u0CCD\u0CAA\u0CC1\u0C9F\u0CCD',
      email: 'email \u0CB5\u0CBF\u0CB3\u0CBE\u0CB8',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO \u0CA6\u0CBF\u0CA8\u0CBE\u0C82\u0C95\u0CA6 \u0CB8\u0CAE\u0CAF',
      date: 'ISO \u0CA6\u0CBF\u0CA8\u0CBE\u0C82\u0C95',
      time: 'ISO \u0CB8\u0CAE\u0CAF',
      duration: 'ISO \u0C85\u0CB5\u0CA7\u0CBF',
      ipv4: 'IPv4 \u0CB5\u0CBF\u0CB3\u0CBE\u0CB8',
      ipv6: 'IPv6 \u0CB5\u0CBF\u0CB3\u0CBE\u0CB8',
      mac: 'MAC \u0CB5\u0CBF\u0CB3\u0CBE\u0CB8',
      cidrv4: 'IPv4 \u0CB5\u0CCD\u0CAF\u0CBE\u0CAA\u0CCD\u0CA4\u0CBF\u0CAF',
      cidrv6: 'IPv6 \u0CB5\u0CCD\u0CAF\u0CBE\u0CAA\u0CCD\u0CA4\u0CBF\u0CAF',
      base64: 'base64-encoded\u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD',
      base64url: 'base64url-encoded\u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD',
      json_string: 'JSON\u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD',
      e164: 'E.164 \u0CB8\u0C82\u0C96\u0CCD\u0CAF\u0CC6',
      credit_card:
        '\u0C95\u0CCD\u0CB0\u0CC6\u0CA1\u0CBF\u0C9F\u0CCD \u0C95\u0CBE\u0CB0\u0CCD\u0CA1\u0CCD \u0CB8\u0C82\u0C96\u0CCD\u0CAF\u0CC6',
      currency_code: '\u0C95\u0CB0\u0CC6\u0CA8\u0CCD\u0CB8\u0CBF \u0C95\u0CCB\u0CA1\u0CCD',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u0C87\u0CA8\u0CCD\u0CAA\u0CC1\u0C9F\u0CCD',
    },
    o = { nan: 'NaN' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C87\u0CA8\u0CCD\u200C\u0CAA\u0CC1\u0C9F\u0CCD: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${i}, \u0CB8\u0CCD\u0CB5\u0CC0\u0C95\u0CB0\u0CBF\u0CB8\u0CBF\u0CA6\u0CA8\u0CC1 ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C87\u0CA8\u0CCD\u200C\u0CAA\u0CC1\u0C9F\u0CCD: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${$(r.values[0])}`
          : `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C86\u0CAF\u0CCD\u0C95\u0CC6: \u0C87\u0CB5\u0CC1\u0C97\u0CB3\u0CB2\u0CCD\u0CB2\u0CBF \u0C92\u0C82\u0CA6\u0CA8\u0CCD\u0CA8\u0CC1 \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `\u0CA4\u0CC1\u0C82\u0CAC\u0CBE \u0CA6\u0CCA\u0CA1\u0CCD\u0CA1\u0CA6\u0CC1: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${r.origin ?? 'value'} \u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1 ${i}${r.maximum.toString()} ${s.unit ?? '\u0C85\u0C82\u0CB6\u0C97\u0CB3\u0CC1'}`
          : `\u0CA4\u0CC1\u0C82\u0CAC\u0CBE \u0CA6\u0CCA\u0CA1\u0CCD\u0CA1\u0CA6\u0CC1: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${r.origin ?? 'value'} \u0C8E\u0C82\u0CA6\u0CC1 ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `\u0CA4\u0CC1\u0C82\u0CAC\u0CBE \u0C9A\u0CBF\u0C95\u0CCD\u0C95\u0CA6\u0CC1: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${r.origin} \u0CB9\u0CCA\u0C82\u0CA6\u0CB2\u0CC1 ${i}${r.minimum.toString()} ${s.unit}`
          : `\u0CA4\u0CC1\u0C82\u0CAC\u0CBE \u0C9A\u0CBF\u0C95\u0CCD\u0C95\u0CA6\u0CC1: \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${r.origin} \u0C8E\u0C82\u0CA6\u0CC1 ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF\u0CB5\u0CBE\u0CA6 \u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD: \u0C87\u0CA6\u0CB0\u0CCA\u0C82\u0CA6\u0CBF\u0C97\u0CC6 \u0CAA\u0CCD\u0CB0\u0CBE\u0CB0\u0C82\u0CAD\u0CBF\u0CB8\u0CAC\u0CC7\u0C95\u0CC1 "${i.prefix}"`
          : i.format === 'ends_with'
            ? `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF\u0CB5\u0CBE\u0CA6 \u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD: \u0C87\u0CA6\u0CB0\u0CCA\u0C82\u0CA6\u0CBF\u0C97\u0CC6 \u0C95\u0CCA\u0CA8\u0CC6\u0C97\u0CCA\u0CB3\u0CCD\u0CB3\u0CAC\u0CC7\u0C95\u0CC1 "${i.suffix}"`
            : i.format === 'includes'
              ? `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD: \u0C92\u0CB3\u0C97\u0CCA\u0C82\u0CA1\u0CBF\u0CB0\u0CAC\u0CC7\u0C95\u0CC1 "${i.includes}"`
              : i.format === 'regex'
                ? `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF\u0CB5\u0CBE\u0CA6 \u0CB8\u0CCD\u0C9F\u0CCD\u0CB0\u0CBF\u0C82\u0C97\u0CCD: \u0CAE\u0CBE\u0CA6\u0CB0\u0CBF\u0C97\u0CC6 \u0CB9\u0CCA\u0C82\u0CA6\u0CBF\u0C95\u0CC6\u0CAF\u0CBE\u0C97\u0CAC\u0CC7\u0C95\u0CC1 ${i.pattern}`
                : `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0CB8\u0C82\u0C96\u0CCD\u0CAF\u0CC6: \u0CAC\u0CB9\u0CC1\u0CB8\u0C82\u0C96\u0CCD\u0CAF\u0CC6\u0CAF\u0CBE\u0C97\u0CBF\u0CB0\u0CAC\u0CC7\u0C95\u0CC1 ${r.divisor}`;
      case 'unrecognized_keys':
        return `\u0C97\u0CC1\u0CB0\u0CC1\u0CA4\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CA6 \u0C95\u0CC0 ${r.keys.length > 1 ? 's' : ''}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF\u0CB5\u0CBE\u0CA6 \u0C95\u0CC0 \u0C87\u0CA8\u0CCD ${r.origin}`;
      case 'invalid_union':
        return r.options && Array.isArray(r.options) && r.options.length > 0
          ? `\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0CA4\u0CBE\u0CB0\u0CA4\u0CAE\u0CCD\u0CAF \u0CAE\u0CCC\u0CB2\u0CCD\u0CAF. \u0CA8\u0CBF\u0CB0\u0CC0\u0C95\u0CCD\u0CB7\u0CBF\u0CB8\u0CB2\u0CBE\u0C97\u0CBF\u0CA6\u0CC6 ${r.options.map((s) => `'${s}'`).join(' | ')}`
          : '\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C87\u0CA8\u0CCD\u200C\u0CAA\u0CC1\u0C9F\u0CCD';
      case 'invalid_element':
        return `\u0CB0\u0CB2\u0CCD\u0CB2\u0CBF \u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0CAE\u0CCC\u0CB2\u0CCD\u0CAF ${r.origin}`;
      default:
        return '\u0C85\u0CAE\u0CBE\u0CA8\u0CCD\u0CAF \u0C87\u0CA8\u0CCD\u200C\u0CAA\u0CC1\u0C9F\u0CCD';
    }
  };
};
function yA() {
  return { localeError: Ej() };
}
var Ij = () => {
  const e = {
    string: { unit: '\uBB38\uC790', verb: 'to have' },
    file: { unit: '\uBC14\uC774\uD2B8', verb: 'to have' },
    array: { unit: '\uAC1C', verb: 'to have' },
    set: { unit: '\uAC1C', verb: 'to have' },
    map: { unit: '\uAC1C', verb: 'to have' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\uC785\uB825',
      email: '\uC774\uBA54\uC77C \uC8FC\uC18C',
      url: 'URL',
      emoji: '\uC774\uBAA8\uC9C0',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO \uB0A0\uC9DC\uC2DC\uAC04',
      date: 'ISO \uB0A0\uC9DC',
      time: 'ISO \uC2DC\uAC04',
      duration: 'ISO \uAE30\uAC04',
      ipv4: 'IPv4 \uC8FC\uC18C',
      ipv6: 'IPv6 \uC8FC\uC18C',
      mac: 'MAC \uC8FC\uC18C',
      cidrv4: 'IPv4 \uBC94\uC704',
      cidrv6: 'IPv6 \uBC94\uC704',
      base64: 'base64 \uC778\uCF54\uB529 \uBB38\uC790\uC5F4',
      base64url: 'base64url \uC778\uCF54\uB529 \uBB38\uC790\uC5F4',
      json_string: 'JSON \uBB38\uC790\uC5F4',
      e164: 'E.164 \uBC88\uD638',
      credit_card: '\uC2E0\uC6A9\uCE74\uB4DC \uBC88\uD638',
      currency_code: '\uD1B5\uD654 \uCF54\uB4DC',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\uC785\uB825',
    },
    o = { nan: 'NaN' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `\uC798\uBABB\uB41C \uC785\uB825: \uC608\uC0C1 \uD0C0\uC785\uC740 instanceof ${r.expected}, \uBC1B\uC740 \uD0C0\uC785\uC740 ${a}\uC785\uB2C8\uB2E4`
          : `\uC798\uBABB\uB41C \uC785\uB825: \uC608\uC0C1 \uD0C0\uC785\uC740 ${i}, \uBC1B\uC740 \uD0C0\uC785\uC740 ${a}\uC785\uB2C8\uB2E4`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\uC798\uBABB\uB41C \uC785\uB825: \uAC12\uC740 ${$(r.values[0])} \uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4`
          : `\uC798\uBABB\uB41C \uC635\uC158: ${y(r.values, '\uB610\uB294 ')} \uC911 \uD558\uB098\uC5EC\uC57C \uD569\uB2C8\uB2E4`;
      case 'too_big': {
        const i = r.inclusive ? '\uC774\uD558' : '\uBBF8\uB9CC',
          s =
            i === '\uBBF8\uB9CC'
              ? '\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4'
              : '\uC5EC\uC57C \uD569\uB2C8\uB2E4',
          a = t(r.origin),
          c = a?.unit ?? '\uC694\uC18C';
        return a
          ? `${r.origin ?? '\uAC12'}\uC774 \uB108\uBB34 \uD07D\uB2C8\uB2E4: ${r.maximum.toString()}${c} ${i}${s}`
          : `${r.origin ?? '\uAC12'}\uC774 \uB108\uBB34 \uD07D\uB2C8\uB2E4: ${r.maximum.toString()} ${i}${s}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '\uC774\uC0C1' : '\uCD08\uACFC',
          s =
            i === '\uC774\uC0C1'
              ? '\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4'
              : '\uC5EC\uC57C \uD569\uB2C8\uB2E4',
          a = t(r.origin),
          c = a?.unit ?? '\uC694\uC18C';
        return a
          ? `${r.origin ?? '\uAC12'}\uC774 \uB108\uBB34 \uC791\uC2B5\uB2C8\uB2E4: ${r.minimum.toString()}${c} ${i}${s}`
          : `${r.origin ?? '\uAC12'}\uC774 \uB108\uBB34 \uC791\uC2B5\uB2C8\uB2E4: ${r.minimum.toString()} ${i}${s}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\uC798\uBABB\uB41C \uBB38\uC790\uC5F4: "${i.prefix}"(\uC73C)\uB85C \uC2DC\uC791\uD574\uC57C \uD569\uB2C8\uB2E4`
          : i.format === 'ends_with'
            ? `\uC798\uBABB\uB41C \uBB38\uC790\uC5F4: "${i.suffix}"(\uC73C)\uB85C \uB05D\uB098\uC57C \uD569\uB2C8\uB2E4`
            : i.format === 'includes'
              ? `\uC798\uBABB\uB41C \uBB38\uC790\uC5F4: "${i.includes}"\uC744(\uB97C) \uD3EC\uD568\uD574\uC57C \uD569\uB2C8\uB2E4`
              : i.format === 'regex'
                ? `\uC798\uBABB\uB41C \uBB38\uC790\uC5F4: \uC815\uADDC\uC2DD ${i.pattern} \uD328\uD134\uACFC \uC77C\uCE58\uD574\uC57C \uD569\uB2C8\uB2E4`
                : `\uC798\uBABB\uB41C ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `\uC798\uBABB\uB41C \uC22B\uC790: ${r.divisor}\uC758 \uBC30\uC218\uC5EC\uC57C \uD569\uB2C8\uB2E4`;
      case 'unrecognized_keys':
        return `\uC778\uC2DD\uD560 \uC218 \uC5C6\uB294 \uD0A4: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `\uC798\uBABB\uB41C \uD0A4: ${r.origin}`;
      case 'invalid_union':
        return '\uC798\uBABB\uB41C \uC785\uB825';
      case 'invalid_element':
        return `\uC798\uBABB\uB41C \uAC12: ${r.origin}`;
      default:
        return '\uC798\uBABB\uB41C \uC785\uB825';
    }
  };
};
function _A() {
  return { localeError: Ij() };
}
var qs = (e) => e.charAt(0).toUpperCase() + e.slice(1);
function xA(e) {
  const t = Math.abs(e),
    n = t % 10,
    o = t % 100;
  return (o >= 11 && o <= 19) || n === 0 ? 'many' : n === 1 ? 'one' : 'few';
}
var wj = () => {
  const e = {
    string: {
      unit: { one: 'simbolis', few: 'simboliai', many: 'simboli\u0173' },
      verb: {
        smaller: {
          inclusive: 'turi b\u016Bti ne ilgesn\u0117 kaip',
          notInclusive: 'turi b\u016Bti trumpesn\u0117 kaip',
        },
        bigger: {
          inclusive: 'turi b\u016Bti ne trumpesn\u0117 kaip',
          notInclusive: 'turi b\u016Bti ilgesn\u0117 kaip',
        },
      },
    },
    file: {
      unit: { one: 'baitas', few: 'baitai', many: 'bait\u0173' },
      verb: {
        smaller: {
          inclusive: 'turi b\u016Bti ne didesnis kaip',
          notInclusive: 'turi b\u016Bti ma\u017Eesnis kaip',
        },
        bigger: {
          inclusive: 'turi b\u016Bti ne ma\u017Eesnis kaip',
          notInclusive: 'turi b\u016Bti didesnis kaip',
        },
      },
    },
    array: {
      unit: { one: 'element\u0105', few: 'elementus', many: 'element\u0173' },
      verb: {
        smaller: {
          inclusive: 'turi tur\u0117ti ne daugiau kaip',
          notInclusive: 'turi tur\u0117ti ma\u017Eiau kaip',
        },
        bigger: {
          inclusive: 'turi tur\u0117ti ne ma\u017Eiau kaip',
          notInclusive: 'turi tur\u0117ti daugiau kaip',
        },
      },
    },
    set: {
      unit: { one: 'element\u0105', few: 'elementus', many: 'element\u0173' },
      verb: {
        smaller: {
          inclusive: 'turi tur\u0117ti ne daugiau kaip',
          notInclusive: 'turi tur\u0117ti ma\u017Eiau kaip',
        },
        bigger: {
          inclusive: 'turi tur\u0117ti ne ma\u017Eiau kaip',
          notInclusive: 'turi tur\u0117ti daugiau kaip',
        },
      },
    },
  };
  function t(r, i, s, a) {
    const c = e[r] ?? null;
    return c === null ? c : { unit: c.unit[i], verb: c.verb[a][s ? 'inclusive' : 'notInclusive'] };
  }
  const n = {
      regex: '\u012Fvestis',
      email: 'el. pa\u0161to adresas',
      url: 'URL',
      emoji: 'jaustukas',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO data ir laikas',
      date: 'ISO data',
      time: 'ISO laikas',
      duration: 'ISO trukm\u0117',
      ipv4: 'IPv4 adresas',
      ipv6: 'IPv6 adresas',
      mac: 'MAC adresas',
      cidrv4: 'IPv4 tinklo prefiksas (CIDR)',
      cidrv6: 'IPv6 tinklo prefiksas (CIDR)',
      base64: 'base64 u\u017Ekoduota eilut\u0117',
      base64url: 'base64url u\u017Ekoduota eilut\u0117',
      json_string: 'JSON eilut\u0117',
      e164: 'E.164 numeris',
      credit_card: 'kredito kortel\u0117s numeris',
      currency_code: 'valiutos kodas',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u012Fvestis',
    },
    o = {
      nan: 'NaN',
      number: 'skai\u010Dius',
      bigint: 'sveikasis skai\u010Dius',
      string: 'eilut\u0117',
      boolean: 'login\u0117 reik\u0161m\u0117',
      undefined: 'neapibr\u0117\u017Eta reik\u0161m\u0117',
      function: 'funkcija',
      symbol: 'simbolis',
      array: 'masyvas',
      object: 'objektas',
      null: 'nulin\u0117 reik\u0161m\u0117',
    };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Gautas tipas ${a}, o tik\u0117tasi - instanceof ${r.expected}`
          : `Gautas tipas ${a}, o tik\u0117tasi - ${i}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Privalo b\u016Bti ${$(r.values[0])}`
          : `Privalo b\u016Bti vienas i\u0161 ${y(r.values, '|')} pasirinkim\u0173`;
      case 'too_big': {
        const i = o[r.origin] ?? r.origin,
          s = t(r.origin, xA(Number(r.maximum)), r.inclusive ?? !1, 'smaller');
        if (s?.verb)
          return `${qs(i ?? r.origin ?? 'reik\u0161m\u0117')} ${s.verb} ${r.maximum.toString()} ${s.unit ?? 'element\u0173'}`;
        const a = r.inclusive ? 'ne didesnis kaip' : 'ma\u017Eesnis kaip';
        return `${qs(i ?? r.origin ?? 'reik\u0161m\u0117')} turi b\u016Bti ${a} ${r.maximum.toString()} ${s?.unit}`;
      }
      case 'too_small': {
        const i = o[r.origin] ?? r.origin,
          s = t(r.origin, xA(Number(r.minimum)), r.inclusive ?? !1, 'bigger');
        if (s?.verb)
          return `${qs(i ?? r.origin ?? 'reik\u0161m\u0117')} ${s.verb} ${r.minimum.toString()} ${s.unit ?? 'element\u0173'}`;
        const a = r.inclusive ? 'ne ma\u017Eesnis kaip' : 'didesnis kaip';
        return `${qs(i ?? r.origin ?? 'reik\u0161m\u0117')} turi b\u016Bti ${a} ${r.minimum.toString()} ${s?.unit}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Eilut\u0117 privalo prasid\u0117ti "${i.prefix}"`
          : i.format === 'ends_with'
            ? `Eilut\u0117 privalo pasibaigti "${i.suffix}"`
            : i.format === 'includes'
              ? `Eilut\u0117 privalo \u012Ftraukti "${i.includes}"`
              : i.format === 'regex'
                ? `Eilut\u0117 privalo atitikti ${i.pattern}`
                : `Neteisingas ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `Skai\u010Dius privalo b\u016Bti ${r.divisor} kartotinis.`;
      case 'unrecognized_keys':
        return `Neatpa\u017Eint${r.keys.length > 1 ? 'i' : 'as'} rakt${r.keys.length > 1 ? 'ai' : 'as'}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return 'Rastas klaidingas raktas';
      case 'invalid_union':
        return 'Klaidinga \u012Fvestis';
      case 'invalid_element': {
        const i = o[r.origin] ?? r.origin;
        return `${qs(i ?? r.origin ?? 'reik\u0161m\u0117')} turi klaiding\u0105 \u012Fvest\u012F`;
      }
      default:
        return 'Klaidinga \u012Fvestis';
    }
  };
};
function SA() {
  return { localeError: wj() };
}
var Rj = () => {
  const e = {
    string: { unit: '\u0437\u043D\u0430\u0446\u0438', verb: '\u0434\u0430 \u0438\u043C\u0430\u0430\u0442' },
    file: { unit: '\u0431\u0430\u0458\u0442\u0438', verb: '\u0434\u0430 \u0438\u043C\u0430\u0430\u0442' },
    array: {
      unit: '\u0441\u0442\u0430\u0432\u043A\u0438',
      verb: '\u0434\u0430 \u0438\u043C\u0430\u0430\u0442',
    },
    set: {
      unit: '\u0441\u0442\u0430\u0432\u043A\u0438',
      verb: '\u0434\u0430 \u0438\u043C\u0430\u0430\u0442',
    },
    map: {
      unit: '\u0441\u0442\u0430\u0432\u043A\u0438',
      verb: '\u0434\u0430 \u0438\u043C\u0430\u0430\u0442',
    },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u0432\u043D\u0435\u0441',
      email: '\u0430\u0434\u0440\u0435\u0441\u0430 \u043D\u0430 \u0435-\u043F\u043E\u0448\u0442\u0430',
      url: 'URL',
      emoji: '\u0435\u043C\u043E\u045F\u0438',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO \u0434\u0430\u0442\u0443\u043C \u0438 \u0432\u0440\u0435\u043C\u0435',
      date: 'ISO \u0434\u0430\u0442\u0443\u043C',
      time: 'ISO \u0432\u0440\u0435\u043C\u0435',
      duration: 'ISO \u0432\u0440\u0435\u043C\u0435\u0442\u0440\u0430\u0435\u045A\u0435',
      ipv4: 'IPv4 \u0430\u0434\u0440\u0435\u0441\u0430',
      ipv6: 'IPv6 \u0430\u0434\u0440\u0435\u0441\u0430',
      mac: 'MAC \u0430\u0434\u0440\u0435\u0441\u0430',
      cidrv4: 'IPv4 \u043E\u043F\u0441\u0435\u0433',
      cidrv6: 'IPv6 \u043E\u043F\u0441\u0435\u0433',
      base64: 'base64-\u0435\u043D\u043A\u043E\u0434\u0438\u0440\u0430\u043D\u0430 \u043D\u0438\u0437\u0430',
      base64url:
        'base64url-\u0435\u043D\u043A\u043E\u0434\u0438\u0440\u0430\u043D\u0430 \u043D\u0438\u0437\u0430',
      json_string: 'JSON \u043D\u0438\u0437\u0430',
      e164: 'E.164 \u0431\u0440\u043E\u0458',
      credit_card:
        '\u0431\u0440\u043E\u0458 \u043D\u0430 \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u0430 \u043A\u0430\u0440\u0442\u0438\u0447\u043A\u0430',
      currency_code: '\u043A\u043E\u0434 \u043D\u0430 \u0432\u0430\u043B\u0443\u0442\u0430',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u0432\u043D\u0435\u0441',
    },
    o = { nan: 'NaN', number: '\u0431\u0440\u043E\u0458', array: '\u043D\u0438\u0437\u0430' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `\u0413\u0440\u0435\u0448\u0435\u043D \u0432\u043D\u0435\u0441: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 instanceof ${r.expected}, \u043F\u0440\u0438\u043C\u0435\u043D\u043E ${a}`
          : `\u0413\u0440\u0435\u0448\u0435\u043D \u0432\u043D\u0435\u0441: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${i}, \u043F\u0440\u0438\u043C\u0435\u043D\u043E ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Invalid input: expected ${$(r.values[0])}`
          : `\u0413\u0440\u0435\u0448\u0430\u043D\u0430 \u043E\u043F\u0446\u0438\u0458\u0430: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 \u0435\u0434\u043D\u0430 ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `\u041F\u0440\u0435\u043C\u043D\u043E\u0433\u0443 \u0433\u043E\u043B\u0435\u043C: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${r.origin ?? '\u0432\u0440\u0435\u0434\u043D\u043E\u0441\u0442\u0430'} \u0434\u0430 \u0438\u043C\u0430 ${i}${r.maximum.toString()} ${s.unit ?? '\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0438'}`
          : `\u041F\u0440\u0435\u043C\u043D\u043E\u0433\u0443 \u0433\u043E\u043B\u0435\u043C: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${r.origin ?? '\u0432\u0440\u0435\u0434\u043D\u043E\u0441\u0442\u0430'} \u0434\u0430 \u0431\u0438\u0434\u0435 ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `\u041F\u0440\u0435\u043C\u043D\u043E\u0433\u0443 \u043C\u0430\u043B: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${r.origin} \u0434\u0430 \u0438\u043C\u0430 ${i}${r.minimum.toString()} ${s.unit}`
          : `\u041F\u0440\u0435\u043C\u043D\u043E\u0433\u0443 \u043C\u0430\u043B: \u0441\u0435 \u043E\u0447\u0435\u043A\u0443\u0432\u0430 ${r.origin} \u0434\u0430 \u0431\u0438\u0434\u0435 ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u041D\u0435\u0432\u0430\u0436\u0435\u0447\u043A\u0430 \u043D\u0438\u0437\u0430: \u043C\u043E\u0440\u0430 \u0434\u0430 \u0437\u0430\u043F\u043E\u0447\u043D\u0443\u0432\u0430 \u0441\u043E "${i.prefix}"`
          : i.format === 'ends_with'
            ? `\u041D\u0435\u0432\u0430\u0436\u0435\u0447\u043A\u0430 \u043D\u0438\u0437\u0430: \u043C\u043E\u0440\u0430 \u0434\u0430 \u0437\u0430\u0432\u0440\u0448\u0443\u0432\u0430 \u0441\u043E "${i.suffix}"`
            : i.format === 'includes'
              ? `\u041D\u0435\u0432\u0430\u0436\u0435\u0447\u043A\u0430 \u043D\u0438\u0437\u0430: \u043C\u043E\u0440\u0430 \u0434\u0430 \u0432\u043A\u043B\u0443\u0447\u0443\u0432\u0430 "${i.includes}"`
              : i.format === 'regex'
                ? `\u041D\u0435\u0432\u0430\u0436\u0435\u0447\u043A\u0430 \u043D\u0438\u0437\u0430: \u043C\u043E\u0440\u0430 \u0434\u0430 \u043E\u0434\u0433\u043E\u0430\u0440\u0430 \u043D\u0430 \u043F\u0430\u0442\u0435\u0440\u043D\u043E\u0442 ${i.pattern}`
                : `Invalid ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `\u0413\u0440\u0435\u0448\u0435\u043D \u0431\u0440\u043E\u0458: \u043C\u043E\u0440\u0430 \u0434\u0430 \u0431\u0438\u0434\u0435 \u0434\u0435\u043B\u0438\u0432 \u0441\u043E ${r.divisor}`;
      case 'unrecognized_keys':
        return `${r.keys.length > 1 ? '\u041D\u0435\u043F\u0440\u0435\u043F\u043E\u0437\u043D\u0430\u0435\u043D\u0438 \u043A\u043B\u0443\u0447\u0435\u0432\u0438' : '\u041D\u0435\u043F\u0440\u0435\u043F\u043E\u0437\u043D\u0430\u0435\u043D \u043A\u043B\u0443\u0447'}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `\u0413\u0440\u0435\u0448\u0435\u043D \u043A\u043B\u0443\u0447 \u0432\u043E ${r.origin}`;
      case 'invalid_union':
        return '\u0413\u0440\u0435\u0448\u0435\u043D \u0432\u043D\u0435\u0441';
      case 'invalid_element':
        return `\u0413\u0440\u0435\u0448\u043D\u0430 \u0432\u0440\u0435\u0434\u043D\u043E\u0441\u0442 \u0432\u043E ${r.origin}`;
      default:
        return '\u0413\u0440\u0435\u0448\u0435\u043D \u0432\u043D\u0435\u0441';
    }
  };
};
function bA() {
  return { localeError: Rj() };
}
var Tj = () => {
  const e = {
    string: { unit: 'aksara', verb: 'mempunyai' },
    file: { unit: 'bait', verb: 'mempunyai' },
    array: { unit: 'elemen', verb: 'mempunyai' },
    set: { unit: 'elemen', verb: 'mempunyai' },
    map: { unit: 'elemen', verb: 'mempunyai' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'input',
      email: 'alamat e-mel',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'tarikh masa ISO',
      date: 'tarikh ISO',
      time: 'masa ISO',
      duration: 'tempoh ISO',
      ipv4: 'alamat IPv4',
      ipv6: 'alamat IPv6',
      mac: 'alamat MAC',
      cidrv4: 'julat IPv4',
      cidrv6: 'julat IPv6',
      base64: 'string dikodkan base64',
      base64url: 'string dikodkan base64url',
      json_string: 'string JSON',
      e164: 'nombor E.164',
      credit_card: 'nombor kad kredit',
      currency_code: 'kod mata wang',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'input',
    },
    o = { nan: 'NaN', number: 'nombor' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Input tidak sah: dijangka instanceof ${r.expected}, diterima ${a}`
          : `Input tidak sah: dijangka ${i}, diterima ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Input tidak sah: dijangka ${$(r.values[0])}`
          : `Pilihan tidak sah: dijangka salah satu daripada ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `Terlalu besar: dijangka ${r.origin ?? 'nilai'} ${s.verb} ${i}${r.maximum.toString()} ${s.unit ?? 'elemen'}`
          : `Terlalu besar: dijangka ${r.origin ?? 'nilai'} adalah ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `Terlalu kecil: dijangka ${r.origin} ${s.verb} ${i}${r.minimum.toString()} ${s.unit}`
          : `Terlalu kecil: dijangka ${r.origin} adalah ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `String tidak sah: mesti bermula dengan "${i.prefix}"`
          : i.format === 'ends_with'
            ? `String tidak sah: mesti berakhir dengan "${i.suffix}"`
            : i.format === 'includes'
              ? `String tidak sah: mesti mengandungi "${i.includes}"`
              : i.format === 'regex'
                ? `String tidak sah: mesti sepadan dengan corak ${i.pattern}`
                : `${n[i.format] ?? r.format} tidak sah`;
      }
      case 'not_multiple_of':
        return `Nombor tidak sah: perlu gandaan ${r.divisor}`;
      case 'unrecognized_keys':
        return `Kunci tidak dikenali: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Kunci tidak sah dalam ${r.origin}`;
      case 'invalid_union':
        return 'Input tidak sah';
      case 'invalid_element':
        return `Nilai tidak sah dalam ${r.origin}`;
      default:
        return 'Input tidak sah';
    }
  };
};
function $A() {
  return { localeError: Tj() };
}
var Aj = () => {
  const e = {
    string: {
      unit: '\u0905\u0915\u094D\u0937\u0930',
      verb: '\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B',
    },
    file: { unit: '\u092C\u093E\u0907\u091F', verb: '\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B' },
    array: { unit: '\u0924\u0924\u094D\u0935', verb: '\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B' },
    set: { unit: '\u0924\u0924\u094D\u0935', verb: '\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B' },
    map: {
      unit: '\u092A\u094D\u0930\u0935\u093F\u0937\u094D\u091F\u093F',
      verb: '\u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B',
    },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u0907\u0928\u092A\u0941\u091F',
      email: '\u0907\u092E\u0947\u0932 \u0920\u0947\u0917\u093E\u0928\u093E',
      url: 'URL',
      emoji: '\u0907\u092E\u094B\u091C\u0940',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO \u092E\u093F\u0924\u093F \u0930 \u0938\u092E\u092F',
      date: 'ISO \u092E\u093F\u0924\u093F',
      time: 'ISO \u0938\u092E\u092F',
      duration: 'ISO \u0905\u0935\u0927\u093F',
      ipv4: 'IPv4 \u0920\u0947\u0917\u093E\u0928\u093E',
      ipv6: 'IPv6 \u0920\u0947\u0917\u093E\u0928\u093E',
      mac: 'MAC \u0920\u0947\u0917\u093E\u0928\u093E',
      cidrv4: 'IPv4 \u0926\u093E\u092F\u0930\u093E',
      cidrv6: 'IPv6 \u0926\u093E\u092F\u0930\u093E',
      base64:
        'base64-\u0907\u0928\u094D\u0915\u094B\u0921 \u0917\u0930\u093F\u090F\u0915\u094B \u0938\u094D\u091F\u094D\u0930\u093F\u0919',
      base64url:
        'base64url-\u0907\u0928\u094D\u0915\u094B\u0921 \u0917\u0930\u093F\u090F\u0915\u094B \u0938\u094D\u091F\u094D\u0930\u093F\u0919',
      json_string: 'JSON \u0938\u094D\u091F\u094D\u0930\u093F\u0919',
      e164: 'E.164 \u0928\u092E\u094D\u092C\u0930',
      credit_card:
        '\u0915\u094D\u0930\u0947\u0921\u093F\u091F \u0915\u093E\u0930\u094D\u0921 \u0928\u092E\u094D\u092C\u0930',
      currency_code: '\u092E\u0941\u0926\u094D\u0930\u093E \u0915\u094B\u0921',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u0907\u0928\u092A\u0941\u091F',
    },
    o = { nan: 'NaN' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return `\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${i}, \u092A\u094D\u0930\u093E\u092A\u094D\u0924 ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${$(r.values[0])}`
          : `\u0905\u092E\u093E\u0928\u094D\u092F \u0935\u093F\u0915\u0932\u094D\u092A: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 \u092E\u093E\u0928\u0939\u0930\u0942 \u092E\u0927\u094D\u092F\u0947 \u090F\u0915 ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `\u0927\u0947\u0930\u0948 \u0920\u0942\u0932\u094B: ${r.origin ?? '\u092E\u093E\u0928'} \u092E\u093E ${i}${r.maximum.toString()} ${s.unit} ${s.verb}`
          : `\u0927\u0947\u0930\u0948 \u0920\u0942\u0932\u094B: ${r.origin ?? '\u092E\u093E\u0928'} ${i}${r.maximum.toString()} \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `\u0927\u0947\u0930\u0948 \u0938\u093E\u0928\u094B: ${r.origin} \u092E\u093E ${i}${r.minimum.toString()} ${s.unit} ${s.verb}`
          : `\u0927\u0947\u0930\u0948 \u0938\u093E\u0928\u094B: ${r.origin} ${i}${r.minimum.toString()} \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0919: "${i.prefix}" \u092C\u093E\u091F \u0938\u0941\u0930\u0941 \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`
          : i.format === 'ends_with'
            ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0919: "${i.suffix}" \u092E\u093E \u0938\u092E\u093E\u092A\u094D\u0924 \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`
            : i.format === 'includes'
              ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0919: "${i.includes}" \u0938\u092E\u093E\u0935\u0947\u0936 \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`
              : i.format === 'regex'
                ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u094D\u091F\u094D\u0930\u093F\u0919: \u0922\u093E\u0901\u091A\u093E ${i.pattern} \u0938\u0901\u0917 \u092E\u0947\u0932 \u0916\u093E\u0928\u0941\u092A\u0930\u094D\u091B`
                : `\u0905\u092E\u093E\u0928\u094D\u092F ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `\u0905\u092E\u093E\u0928\u094D\u092F \u0938\u0902\u0916\u094D\u092F\u093E: ${r.divisor} \u0915\u094B \u0917\u0941\u0923\u091C \u0939\u0941\u0928\u0941\u092A\u0930\u094D\u091B`;
      case 'unrecognized_keys':
        return `\u0905\u092A\u0930\u093F\u091A\u093F\u0924 \u0915\u0941\u091E\u094D\u091C\u0940${r.keys.length > 1 ? '\u0939\u0930\u0942' : ''}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `\u0905\u092E\u093E\u0928\u094D\u092F \u0915\u0941\u091E\u094D\u091C\u0940: ${r.origin} \u092E\u093E`;
      case 'invalid_union':
        return r.options && Array.isArray(r.options) && r.options.length > 0
          ? `\u0905\u092E\u093E\u0928\u094D\u092F \u0921\u093F\u0938\u094D\u0915\u094D\u0930\u093F\u092E\u093F\u0928\u0947\u091F\u0930 \u092E\u093E\u0928: \u0905\u092A\u0947\u0915\u094D\u0937\u093F\u0924 ${r.options.map((s) => `'${s}'`).join(' | ')}`
          : '\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F';
      case 'invalid_element':
        return `\u0905\u092E\u093E\u0928\u094D\u092F \u092E\u093E\u0928: ${r.origin} \u092E\u093E`;
      default:
        return '\u0905\u092E\u093E\u0928\u094D\u092F \u0907\u0928\u092A\u0941\u091F';
    }
  };
};
function EA() {
  return { localeError: Aj() };
}
var kj = () => {
  const e = {
    string: { unit: 'tekens', verb: 'heeft' },
    file: { unit: 'bytes', verb: 'heeft' },
    array: { unit: 'elementen', verb: 'heeft' },
    set: { unit: 'elementen', verb: 'heeft' },
    map: { unit: 'elementen', verb: 'heeft' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'invoer',
      email: 'emailadres',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO datum en tijd',
      date: 'ISO datum',
      time: 'ISO tijd',
      duration: 'ISO duur',
      ipv4: 'IPv4-adres',
      ipv6: 'IPv6-adres',
      mac: 'MAC-adres',
      cidrv4: 'IPv4-bereik',
      cidrv6: 'IPv6-bereik',
      base64: 'base64-gecodeerde tekst',
      base64url: 'base64 URL-gecodeerde tekst',
      json_string: 'JSON string',
      e164: 'E.164-nummer',
      credit_card: 'creditcardnummer',
      currency_code: 'valutacode',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'invoer',
    },
    o = { nan: 'NaN', number: 'getal' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Ongeldige invoer: verwacht instanceof ${r.expected}, ontving ${a}`
          : `Ongeldige invoer: verwacht ${i}, ontving ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Ongeldige invoer: verwacht ${$(r.values[0])}`
          : `Ongeldige optie: verwacht \xE9\xE9n van ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin),
          a = r.origin === 'date' ? 'laat' : r.origin === 'string' ? 'lang' : 'groot';
        return s
          ? `Te ${a}: verwacht dat ${r.origin ?? 'waarde'} ${i}${r.maximum.toString()} ${s.unit ?? 'elementen'} ${s.verb}`
          : `Te ${a}: verwacht dat ${r.origin ?? 'waarde'} ${i}${r.maximum.toString()} is`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin),
          a = r.origin === 'date' ? 'vroeg' : r.origin === 'string' ? 'kort' : 'klein';
        return s
          ? `Te ${a}: verwacht dat ${r.origin} ${i}${r.minimum.toString()} ${s.unit} ${s.verb}`
          : `Te ${a}: verwacht dat ${r.origin} ${i}${r.minimum.toString()} is`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Ongeldige tekst: moet met "${i.prefix}" beginnen`
          : i.format === 'ends_with'
            ? `Ongeldige tekst: moet op "${i.suffix}" eindigen`
            : i.format === 'includes'
              ? `Ongeldige tekst: moet "${i.includes}" bevatten`
              : i.format === 'regex'
                ? `Ongeldige tekst: moet overeenkomen met patroon ${i.pattern}`
                : `Ongeldig: ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `Ongeldig getal: moet een veelvoud van ${r.divisor} zijn`;
      case 'unrecognized_keys':
        return `Onbekende key${r.keys.length > 1 ? 's' : ''}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Ongeldige key in ${r.origin}`;
      case 'invalid_union':
        return 'Ongeldige invoer';
      case 'invalid_element':
        return `Ongeldige waarde in ${r.origin}`;
      default:
        return 'Ongeldige invoer';
    }
  };
};
function IA() {
  return { localeError: kj() };
}
var Pj = () => {
  const e = {
    string: { unit: 'teikn', verb: '\xE5 ha' },
    file: { unit: 'bytes', verb: '\xE5 ha' },
    array: { unit: 'element', verb: '\xE5 innehalde' },
    set: { unit: 'element', verb: '\xE5 innehalde' },
    map: { unit: 'element', verb: '\xE5 innehalde' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'input',
      email: 'e-postadresse',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO dato- og klokkeslett',
      date: 'ISO-dato',
      time: 'ISO-klokkeslett',
      duration: 'ISO-varigheit',
      ipv4: 'IPv4-adresse',
      ipv6: 'IPv6-adresse',
      mac: 'MAC-adresse',
      cidrv4: 'IPv4-spekter',
      cidrv6: 'IPv6-spekter',
      base64: 'base64-enkoda streng',
      base64url: 'base64url-enkoda streng',
      json_string: 'JSON-streng',
      e164: 'E.164-nummer',
      credit_card: 'kredittkortnummer',
      currency_code: 'valutakode',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'input',
    },
    o = { nan: 'NaN', number: 'tal', array: 'liste' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Ugyldig input: forventa instanceof ${r.expected}, fekk ${a}`
          : `Ugyldig input: forventa ${i}, fekk ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Ugyldig verdi: forventa ${$(r.values[0])}`
          : `Ugyldig val: forventa eitt av ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `For stor(t): forventa ${r.origin ?? 'value'} til \xE5 ha ${i}${r.maximum.toString()} ${s.unit ?? 'element'}`
          : `For stor(t): forventa ${r.origin ?? 'value'} til \xE5 ha ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `For lite(n): forventa ${r.origin} til \xE5 ha ${i}${r.minimum.toString()} ${s.unit}`
          : `For lite(n): forventa ${r.origin} til \xE5 ha ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Ugyldig streng: m\xE5 starte med "${i.prefix}"`
          : i.format === 'ends_with'
            ? `Ugyldig streng: m\xE5 slutte med "${i.suffix}"`
            : i.format === 'includes'
              ? `Ugyldig streng: m\xE5 innehalde "${i.includes}"`
              : i.format === 'regex'
                ? `Ugyldig streng: m\xE5 matche m\xF8nsteret ${i.pattern}`
                : `Ugyldig ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `Ugyldig tal: m\xE5 vere eit multiplum av ${r.divisor}`;
      case 'unrecognized_keys':
        return `${r.keys.length > 1 ? 'Ukjende n\xF8klar' : 'Ukjend n\xF8kkel'}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Ugyldig n\xF8kkel i ${r.origin}`;
      case 'invalid_union':
        return 'Ugyldig input';
      case 'invalid_element':
        return `Ugyldig verdi i ${r.origin}`;
      default:
        return 'Ugyldig input';
    }
  };
};
function wA() {
  return { localeError: Pj() };
}
var Dj = () => {
  const e = {
    string: { unit: 'tegn', verb: '\xE5 ha' },
    file: { unit: 'bytes', verb: '\xE5 ha' },
    array: { unit: 'elementer', verb: '\xE5 inneholde' },
    set: { unit: 'elementer', verb: '\xE5 inneholde' },
    map: { unit: 'elementer', verb: '\xE5 inneholde' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'input',
      email: 'e-postadresse',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO dato- og klokkeslett',
      date: 'ISO-dato',
      time: 'ISO-klokkeslett',
      duration: 'ISO-varighet',
      ipv4: 'IPv4-adresse',
      ipv6: 'IPv6-adresse',
      mac: 'MAC-adresse',
      cidrv4: 'IPv4-spekter',
      cidrv6: 'IPv6-spekter',
      base64: 'base64-enkodet streng',
      base64url: 'base64url-enkodet streng',
      json_string: 'JSON-streng',
      e164: 'E.164-nummer',
      credit_card: 'kredittkortnummer',
      currency_code: 'valutakode',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'input',
    },
    o = { nan: 'NaN', number: 'tall', array: 'liste' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Ugyldig input: forventet instanceof ${r.expected}, fikk ${a}`
          : `Ugyldig input: forventet ${i}, fikk ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Ugyldig verdi: forventet ${$(r.values[0])}`
          : `Ugyldig valg: forventet en av ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `For stor(t): forventet ${r.origin ?? 'value'} til \xE5 ha ${i}${r.maximum.toString()} ${s.unit ?? 'elementer'}`
          : `For stor(t): forventet ${r.origin ?? 'value'} til \xE5 ha ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `For lite(n): forventet ${r.origin} til \xE5 ha ${i}${r.minimum.toString()} ${s.unit}`
          : `For lite(n): forventet ${r.origin} til \xE5 ha ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Ugyldig streng: m\xE5 starte med "${i.prefix}"`
          : i.format === 'ends_with'
            ? `Ugyldig streng: m\xE5 ende med "${i.suffix}"`
            : i.format === 'includes'
              ? `Ugyldig streng: m\xE5 inneholde "${i.includes}"`
              : i.format === 'regex'
                ? `Ugyldig streng: m\xE5 matche m\xF8nsteret ${i.pattern}`
                : `Ugyldig ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `Ugyldig tall: m\xE5 v\xE6re et multiplum av ${r.divisor}`;
      case 'unrecognized_keys':
        return `${r.keys.length > 1 ? 'Ukjente n\xF8kler' : 'Ukjent n\xF8kkel'}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Ugyldig n\xF8kkel i ${r.origin}`;
      case 'invalid_union':
        return 'Ugyldig input';
      case 'invalid_element':
        return `Ugyldig verdi i ${r.origin}`;
      default:
        return 'Ugyldig input';
    }
  };
};
function RA() {
  return { localeError: Dj() };
}
var Cj = () => {
  const e = {
    string: { unit: 'harf', verb: 'olmal\u0131d\u0131r' },
    file: { unit: 'bayt', verb: 'olmal\u0131d\u0131r' },
    array: { unit: 'unsur', verb: 'olmal\u0131d\u0131r' },
    set: { unit: 'unsur', verb: 'olmal\u0131d\u0131r' },
    map: { unit: 'unsur', verb: 'olmal\u0131d\u0131r' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'giren',
      email: 'epostag\xE2h',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO heng\xE2m\u0131',
      date: 'ISO tarihi',
      time: 'ISO zaman\u0131',
      duration: 'ISO m\xFCddeti',
      ipv4: 'IPv4 ni\u015F\xE2n\u0131',
      ipv6: 'IPv6 ni\u015F\xE2n\u0131',
      mac: 'MAC ni\u015F\xE2n\u0131',
      cidrv4: 'IPv4 menzili',
      cidrv6: 'IPv6 menzili',
      base64: 'base64-\u015Fifreli metin',
      base64url: 'base64url-\u015Fifreli metin',
      json_string: 'JSON metin',
      e164: 'E.164 say\u0131s\u0131',
      credit_card: "i'tib\xE2r kart\u0131 numaras\u0131",
      currency_code: 'para birimi kodu',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'giren',
    },
    o = { nan: 'NaN', number: 'numara', array: 'saf', null: 'gayb' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `F\xE2sit giren: umulan instanceof ${r.expected}, al\u0131nan ${a}`
          : `F\xE2sit giren: umulan ${i}, al\u0131nan ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `F\xE2sit giren: umulan ${$(r.values[0])}`
          : `F\xE2sit tercih: m\xFBteberler ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `Fazla b\xFCy\xFCk: ${r.origin ?? 'value'}, ${i}${r.maximum.toString()} ${s.unit ?? 'elements'} sahip olmal\u0131yd\u0131.`
          : `Fazla b\xFCy\xFCk: ${r.origin ?? 'value'}, ${i}${r.maximum.toString()} olmal\u0131yd\u0131.`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `Fazla k\xFC\xE7\xFCk: ${r.origin}, ${i}${r.minimum.toString()} ${s.unit} sahip olmal\u0131yd\u0131.`
          : `Fazla k\xFC\xE7\xFCk: ${r.origin}, ${i}${r.minimum.toString()} olmal\u0131yd\u0131.`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `F\xE2sit metin: "${i.prefix}" ile ba\u015Flamal\u0131.`
          : i.format === 'ends_with'
            ? `F\xE2sit metin: "${i.suffix}" ile bitmeli.`
            : i.format === 'includes'
              ? `F\xE2sit metin: "${i.includes}" ihtiv\xE2 etmeli.`
              : i.format === 'regex'
                ? `F\xE2sit metin: ${i.pattern} nak\u015F\u0131na uymal\u0131.`
                : `F\xE2sit ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `F\xE2sit say\u0131: ${r.divisor} kat\u0131 olmal\u0131yd\u0131.`;
      case 'unrecognized_keys':
        return `Tan\u0131nmayan anahtar ${r.keys.length > 1 ? 's' : ''}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `${r.origin} i\xE7in tan\u0131nmayan anahtar var.`;
      case 'invalid_union':
        return 'Giren tan\u0131namad\u0131.';
      case 'invalid_element':
        return `${r.origin} i\xE7in tan\u0131nmayan k\u0131ymet var.`;
      default:
        return 'K\u0131ymet tan\u0131namad\u0131.';
    }
  };
};
function TA() {
  return { localeError: Cj() };
}
var Oj = () => {
  const e = {
    string: { unit: '\u062A\u0648\u06A9\u064A', verb: '\u0648\u0644\u0631\u064A' },
    file: { unit: '\u0628\u0627\u06CC\u067C\u0633', verb: '\u0648\u0644\u0631\u064A' },
    array: { unit: '\u062A\u0648\u06A9\u064A', verb: '\u0648\u0644\u0631\u064A' },
    set: { unit: '\u062A\u0648\u06A9\u064A', verb: '\u0648\u0644\u0631\u064A' },
    map: { unit: '\u062A\u0648\u06A9\u064A', verb: '\u0648\u0644\u0631\u064A' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u0648\u0631\u0648\u062F\u064A',
      email: '\u0628\u0631\u06CC\u069A\u0646\u0627\u0644\u06CC\u06A9',
      url: '\u06CC\u0648 \u0622\u0631 \u0627\u0644',
      emoji: '\u0627\u06CC\u0645\u0648\u062C\u064A',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: '\u0646\u06CC\u067C\u0647 \u0627\u0648 \u0648\u062E\u062A',
      date: '\u0646\u06D0\u067C\u0647',
      time: '\u0648\u062E\u062A',
      duration: '\u0645\u0648\u062F\u0647',
      ipv4: '\u062F IPv4 \u067E\u062A\u0647',
      ipv6: '\u062F IPv6 \u067E\u062A\u0647',
      mac: '\u062F MAC \u067E\u062A\u0647',
      cidrv4: '\u062F IPv4 \u0633\u0627\u062D\u0647',
      cidrv6: '\u062F IPv6 \u0633\u0627\u062D\u0647',
      base64: 'base64-encoded \u0645\u062A\u0646',
      base64url: 'base64url-encoded \u0645\u062A\u0646',
      json_string: 'JSON \u0645\u062A\u0646',
      e164: '\u062F E.164 \u0634\u0645\u06D0\u0631\u0647',
      credit_card:
        '\u062F \u06A9\u0631\u06CC\u0689\u06CC\u067C \u06A9\u0627\u0631\u062A \u0634\u0645\u06CC\u0631\u0647',
      currency_code: '\u062F \u0627\u0633\u0639\u0627\u0631\u0648 \u06A9\u0648\u0689',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u0648\u0631\u0648\u062F\u064A',
    },
    o = { nan: 'NaN', number: '\u0639\u062F\u062F', array: '\u0627\u0631\u06D0' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `\u0646\u0627\u0633\u0645 \u0648\u0631\u0648\u062F\u064A: \u0628\u0627\u06CC\u062F instanceof ${r.expected} \u0648\u0627\u06CC, \u0645\u06AB\u0631 ${a} \u062A\u0631\u0644\u0627\u0633\u0647 \u0634\u0648`
          : `\u0646\u0627\u0633\u0645 \u0648\u0631\u0648\u062F\u064A: \u0628\u0627\u06CC\u062F ${i} \u0648\u0627\u06CC, \u0645\u06AB\u0631 ${a} \u062A\u0631\u0644\u0627\u0633\u0647 \u0634\u0648`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u0646\u0627\u0633\u0645 \u0648\u0631\u0648\u062F\u064A: \u0628\u0627\u06CC\u062F ${$(r.values[0])} \u0648\u0627\u06CC`
          : `\u0646\u0627\u0633\u0645 \u0627\u0646\u062A\u062E\u0627\u0628: \u0628\u0627\u06CC\u062F \u06CC\u0648 \u0644\u0647 ${y(r.values, '|')} \u0685\u062E\u0647 \u0648\u0627\u06CC`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `\u0689\u06CC\u0631 \u0644\u0648\u06CC: ${r.origin ?? '\u0627\u0631\u0632\u069A\u062A'} \u0628\u0627\u06CC\u062F ${i}${r.maximum.toString()} ${s.unit ?? '\u0639\u0646\u0635\u0631\u0648\u0646\u0647'} \u0648\u0644\u0631\u064A`
          : `\u0689\u06CC\u0631 \u0644\u0648\u06CC: ${r.origin ?? '\u0627\u0631\u0632\u069A\u062A'} \u0628\u0627\u06CC\u062F ${i}${r.maximum.toString()} \u0648\u064A`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `\u0689\u06CC\u0631 \u06A9\u0648\u0686\u0646\u06CC: ${r.origin} \u0628\u0627\u06CC\u062F ${i}${r.minimum.toString()} ${s.unit} \u0648\u0644\u0631\u064A`
          : `\u0689\u06CC\u0631 \u06A9\u0648\u0686\u0646\u06CC: ${r.origin} \u0628\u0627\u06CC\u062F ${i}${r.minimum.toString()} \u0648\u064A`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u0646\u0627\u0633\u0645 \u0645\u062A\u0646: \u0628\u0627\u06CC\u062F \u062F "${i.prefix}" \u0633\u0631\u0647 \u067E\u06CC\u0644 \u0634\u064A`
          : i.format === 'ends_with'
            ? `\u0646\u0627\u0633\u0645 \u0645\u062A\u0646: \u0628\u0627\u06CC\u062F \u062F "${i.suffix}" \u0633\u0631\u0647 \u067E\u0627\u06CC \u062A\u0647 \u0648\u0631\u0633\u064A\u0696\u064A`
            : i.format === 'includes'
              ? `\u0646\u0627\u0633\u0645 \u0645\u062A\u0646: \u0628\u0627\u06CC\u062F "${i.includes}" \u0648\u0644\u0631\u064A`
              : i.format === 'regex'
                ? `\u0646\u0627\u0633\u0645 \u0645\u062A\u0646: \u0628\u0627\u06CC\u062F \u062F ${i.pattern} \u0633\u0631\u0647 \u0645\u0637\u0627\u0628\u0642\u062A \u0648\u0644\u0631\u064A`
                : `${n[i.format] ?? r.format} \u0646\u0627\u0633\u0645 \u062F\u06CC`;
      }
      case 'not_multiple_of':
        return `\u0646\u0627\u0633\u0645 \u0639\u062F\u062F: \u0628\u0627\u06CC\u062F \u062F ${r.divisor} \u0645\u0636\u0631\u0628 \u0648\u064A`;
      case 'unrecognized_keys':
        return `\u0646\u0627\u0633\u0645 ${r.keys.length > 1 ? '\u06A9\u0644\u06CC\u0689\u0648\u0646\u0647' : '\u06A9\u0644\u06CC\u0689'}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `\u0646\u0627\u0633\u0645 \u06A9\u0644\u06CC\u0689 \u067E\u0647 ${r.origin} \u06A9\u06D0`;
      case 'invalid_union':
        return '\u0646\u0627\u0633\u0645\u0647 \u0648\u0631\u0648\u062F\u064A';
      case 'invalid_element':
        return `\u0646\u0627\u0633\u0645 \u0639\u0646\u0635\u0631 \u067E\u0647 ${r.origin} \u06A9\u06D0`;
      default:
        return '\u0646\u0627\u0633\u0645\u0647 \u0648\u0631\u0648\u062F\u064A';
    }
  };
};
function AA() {
  return { localeError: Oj() };
}
var Nj = () => {
  const e = {
    string: { unit: 'znak\xF3w', verb: 'mie\u0107' },
    file: { unit: 'bajt\xF3w', verb: 'mie\u0107' },
    array: { unit: 'element\xF3w', verb: 'mie\u0107' },
    set: { unit: 'element\xF3w', verb: 'mie\u0107' },
    map: { unit: 'element\xF3w', verb: 'mie\u0107' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'wyra\u017Cenie',
      email: 'adres email',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'data i godzina w formacie ISO',
      date: 'data w formacie ISO',
      time: 'godzina w formacie ISO',
      duration: 'czas trwania ISO',
      ipv4: 'adres IPv4',
      ipv6: 'adres IPv6',
      mac: 'adres MAC',
      cidrv4: 'zakres IPv4',
      cidrv6: 'zakres IPv6',
      base64: 'ci\u0105g znak\xF3w zakodowany w formacie base64',
      base64url: 'ci\u0105g znak\xF3w zakodowany w formacie base64url',
      json_string: 'ci\u0105g znak\xF3w w formacie JSON',
      e164: 'liczba E.164',
      credit_card: 'numer karty kredytowej',
      currency_code: 'kod waluty',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'wej\u015Bcie',
    },
    o = { nan: 'NaN', number: 'liczba', array: 'tablica' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Nieprawid\u0142owe dane wej\u015Bciowe: oczekiwano instanceof ${r.expected}, otrzymano ${a}`
          : `Nieprawid\u0142owe dane wej\u015Bciowe: oczekiwano ${i}, otrzymano ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Nieprawid\u0142owe dane wej\u015Bciowe: oczekiwano ${$(r.values[0])}`
          : `Nieprawid\u0142owa opcja: oczekiwano jednej z warto\u015Bci ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `Za du\u017Ca warto\u015B\u0107: oczekiwano, \u017Ce ${r.origin ?? 'warto\u015B\u0107'} b\u0119dzie mie\u0107 ${i}${r.maximum.toString()} ${s.unit ?? 'element\xF3w'}`
          : `Zbyt du\u017C(y/a/e): oczekiwano, \u017Ce ${r.origin ?? 'warto\u015B\u0107'} b\u0119dzie wynosi\u0107 ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `Za ma\u0142a warto\u015B\u0107: oczekiwano, \u017Ce ${r.origin ?? 'warto\u015B\u0107'} b\u0119dzie mie\u0107 ${i}${r.minimum.toString()} ${s.unit ?? 'element\xF3w'}`
          : `Zbyt ma\u0142(y/a/e): oczekiwano, \u017Ce ${r.origin ?? 'warto\u015B\u0107'} b\u0119dzie wynosi\u0107 ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Nieprawid\u0142owy ci\u0105g znak\xF3w: musi zaczyna\u0107 si\u0119 od "${i.prefix}"`
          : i.format === 'ends_with'
            ? `Nieprawid\u0142owy ci\u0105g znak\xF3w: musi ko\u0144czy\u0107 si\u0119 na "${i.suffix}"`
            : i.format === 'includes'
              ? `Nieprawid\u0142owy ci\u0105g znak\xF3w: musi zawiera\u0107 "${i.includes}"`
              : i.format === 'regex'
                ? `Nieprawid\u0142owy ci\u0105g znak\xF3w: musi odpowiada\u0107 wzorcowi ${i.pattern}`
                : `Nieprawid\u0142ow(y/a/e) ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `Nieprawid\u0142owa liczba: musi by\u0107 wielokrotno\u015Bci\u0105 ${r.divisor}`;
      case 'unrecognized_keys':
        return `Nierozpoznane klucze${r.keys.length > 1 ? 's' : ''}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Nieprawid\u0142owy klucz w ${r.origin}`;
      case 'invalid_union':
        return 'Nieprawid\u0142owe dane wej\u015Bciowe';
      case 'invalid_element':
        return `Nieprawid\u0142owa warto\u015B\u0107 w ${r.origin}`;
      default:
        return 'Nieprawid\u0142owe dane wej\u015Bciowe';
    }
  };
};
function kA() {
  return { localeError: Nj() };
}
var Uj = () => {
  const e = {
    string: { unit: 'caracteres' },
    file: { unit: 'bytes' },
    array: { unit: 'elementos' },
    set: { unit: 'elementos' },
    map: { unit: 'entradas' },
  };
  function t(s) {
    return e[s] ?? null;
  }
  const n = {
      regex: 'a entrada',
      email: 'o endere\xE7o de e-mail',
      url: 'o URL',
      emoji: 'o emoji',
      uuid: 'o UUID',
      uuidv4: 'o UUIDv4',
      uuidv6: 'o UUIDv6',
      nanoid: 'o nanoid',
      guid: 'o GUID',
      cuid: 'o cuid',
      cuid2: 'o cuid2',
      ulid: 'o ULID',
      xid: 'o XID',
      ksuid: 'o KSUID',
      datetime: 'a data e hora ISO',
      date: 'a data ISO',
      time: 'a hora ISO',
      duration: 'a dura\xE7\xE3o ISO',
      ipv4: 'o endere\xE7o IPv4',
      ipv6: 'o endere\xE7o IPv6',
      mac: 'o endere\xE7o MAC',
      cidrv4: 'o intervalo de endere\xE7os IPv4',
      cidrv6: 'o intervalo de endere\xE7os IPv6',
      base64: 'o texto codificado em base64',
      base64url: 'o texto codificado em base64url',
      json_string: 'o texto JSON',
      e164: 'o n\xFAmero E.164',
      credit_card: 'o n\xFAmero de cart\xE3o de cr\xE9dito',
      currency_code: 'o c\xF3digo de moeda',
      iban: 'o IBAN',
      jwt: 'o JWT',
      template_literal: 'a entrada',
    },
    o = { masculine: { definite: 'o', indefinite: 'um' }, feminine: { definite: 'a', indefinite: 'uma' } },
    r = {
      string: { name: 'texto', articles: o.masculine },
      number: { name: 'n\xFAmero', articles: o.masculine },
      int: { name: 'n\xFAmero inteiro', articles: o.masculine },
      boolean: { name: 'valor booleano', articles: o.masculine },
      bigint: { name: 'n\xFAmero bigint', articles: o.masculine },
      symbol: { name: 's\xEDmbolo', articles: o.masculine },
      undefined: { name: 'valor "undefined"', articles: o.masculine },
      null: { name: 'valor "nulo"', articles: o.masculine },
      never: { name: 'valor "never"', articles: o.masculine },
      void: { name: 'valor "void"', articles: o.masculine },
      date: { name: 'data', articles: o.feminine },
      array: { name: 'vetor', articles: o.masculine },
      object: { name: 'objeto', articles: o.masculine },
      tuple: { name: 'tuplo', articles: o.masculine },
      record: { name: 'registo', articles: o.masculine },
      map: { name: 'mapa', articles: o.masculine },
      set: { name: 'conjunto', articles: o.masculine },
      file: { name: 'ficheiro', articles: o.masculine },
      nonoptional: { name: 'valor n\xE3o opcional', articles: o.masculine },
      nan: { name: 'valor "NaN"', articles: o.masculine },
      function: { name: 'fun\xE7\xE3o', articles: o.feminine },
    };
  function i(s, a) {
    const c = r[s] ?? { name: `valor "${s}"`, articles: o.masculine };
    return `${c.articles[a]} ${c.name}`;
  }
  return (s) => {
    switch (s.code) {
      case 'invalid_type': {
        const a = i(s.expected, 'indefinite'),
          c = E(s.input),
          u = i(c, 'indefinite');
        return `Entrada inv\xE1lida: esperava ${a}, recebeu ${u}`;
      }
      case 'invalid_value':
        return s.values.length === 1
          ? `Entrada inv\xE1lida: esperava ${$(s.values[0])}`
          : `Op\xE7\xE3o inv\xE1lida: esperava uma das seguintes op\xE7\xF5es: ${y(s.values, '|')}`;
      case 'too_big': {
        const a = s.inclusive ? '<=' : '<',
          c = t(s.origin);
        return c
          ? `Demasiado grande: esperava que ${i(s.origin, 'definite')} tivesse ${a} ${s.maximum.toString()} ${c.unit ?? 'elementos'}`
          : `Demasiado grande: esperava que ${i(s.origin, 'definite')} fosse ${a} ${s.maximum.toString()}`;
      }
      case 'too_small': {
        const a = s.inclusive ? '>=' : '>',
          c = t(s.origin);
        return c
          ? `Demasiado pequeno: esperava que ${i(s.origin, 'definite')} tivesse ${a} ${s.minimum.toString()} ${c.unit ?? 'elementos'}`
          : `Demasiado pequeno: esperava que ${i(s.origin, 'definite')} fosse ${a} ${s.minimum.toString()}`;
      }
      case 'invalid_format': {
        const a = s;
        return a.format === 'starts_with'
          ? `Texto inv\xE1lido: deve come\xE7ar por "${a.prefix}"`
          : a.format === 'ends_with'
            ? `Texto inv\xE1lido: deve terminar em "${a.suffix}"`
            : a.format === 'includes'
              ? `Texto inv\xE1lido: deve incluir "${a.includes}"`
              : a.format === 'regex'
                ? `Texto inv\xE1lido: deve corresponder ao padr\xE3o ${a.pattern}`
                : `Formato d${n[a.format] ?? s.format} inv\xE1lido`;
      }
      case 'not_multiple_of':
        return `N\xFAmero inv\xE1lido: deve ser m\xFAltiplo de ${s.divisor}`;
      case 'unrecognized_keys': {
        const a = s.keys.length > 1 ? 's' : '';
        return `Chave${a} inv\xE1lida${a}: ${y(s.keys, ', ')}`;
      }
      case 'invalid_key':
        return `Entrada inv\xE1lida n${i(s.origin, 'definite')}`;
      case 'invalid_union':
        return s.options && Array.isArray(s.options) && s.options.length > 0
          ? `Valor de discrimina\xE7\xE3o inv\xE1lido. Esperava ${s.options.map((c) => `'${c}'`).join(' | ')}`
          : 'Entrada inv\xE1lida';
      case 'invalid_element':
        return `Entrada inv\xE1lida n${i(s.origin, 'definite')}`;
      default:
        return 'Entrada inv\xE1lida';
    }
  };
};
function PA() {
  return { localeError: Uj() };
}
var zj = () => {
  const e = {
    string: { unit: 'caracteres' },
    file: { unit: 'bytes' },
    array: { unit: 'elementos' },
    set: { unit: 'elementos' },
    map: { unit: 'entradas' },
  };
  function t(s) {
    return e[s] ?? null;
  }
  const n = {
      regex: 'a entrada',
      email: 'o endere\xE7o de e-mail',
      url: 'o URL',
      emoji: 'o emoji',
      uuid: 'o UUID',
      uuidv4: 'o UUIDv4',
      uuidv6: 'o UUIDv6',
      nanoid: 'o nanoid',
      guid: 'o GUID',
      cuid: 'o cuid',
      cuid2: 'o cuid2',
      ulid: 'o ULID',
      xid: 'o XID',
      ksuid: 'o KSUID',
      datetime: 'a data e hora ISO',
      date: 'a data ISO',
      time: 'a hora ISO',
      duration: 'a dura\xE7\xE3o ISO',
      ipv4: 'o endere\xE7o IPv4',
      ipv6: 'o endere\xE7o IPv6',
      mac: 'o endere\xE7o MAC',
      cidrv4: 'a faixa de endere\xE7os IPv4',
      cidrv6: 'a faixa de endere\xE7os IPv6',
      base64: 'o texto codificado em base64',
      base64url: 'o texto codificado em base64url',
      json_string: 'o texto JSON',
      e164: 'o n\xFAmero E.164',
      credit_card: 'o n\xFAmero de cart\xE3o de cr\xE9dito',
      currency_code: 'o c\xF3digo de moeda',
      iban: 'o IBAN',
      jwt: 'o JWT',
      template_literal: 'a entrada',
    },
    o = { masculine: { definite: 'o', indefinite: 'um' }, feminine: { definite: 'a', indefinite: 'uma' } },
    r = {
      string: { name: 'texto', articles: o.masculine },
      number: { name: 'n\xFAmero', articles: o.masculine },
      int: { name: 'n\xFAmero inteiro', articles: o.masculine },
      boolean: { name: 'valor booleano', articles: o.masculine },
      bigint: { name: 'n\xFAmero bigint', articles: o.masculine },
      symbol: { name: 's\xEDmbolo', articles: o.masculine },
      undefined: { name: 'valor "undefined"', articles: o.masculine },
      null: { name: 'valor "nulo"', articles: o.masculine },
      never: { name: 'valor "never"', articles: o.masculine },
      void: { name: 'valor "void"', articles: o.masculine },
      date: { name: 'data', articles: o.feminine },
      array: { name: 'vetor', articles: o.masculine },
      object: { name: 'objeto', articles: o.masculine },
      tuple: { name: 'tupla', articles: o.feminine },
      record: { name: 'registro', articles: o.masculine },
      map: { name: 'mapa', articles: o.masculine },
      set: { name: 'conjunto', articles: o.masculine },
      file: { name: 'arquivo', articles: o.masculine },
      nonoptional: { name: 'valor n\xE3o opcional', articles: o.masculine },
      nan: { name: 'valor "NaN"', articles: o.masculine },
      function: { name: 'fun\xE7\xE3o', articles: o.feminine },
    };
  function i(s, a) {
    const c = r[s] ?? { name: `valor "${s}"`, articles: o.masculine };
    return `${c.articles[a]} ${c.name}`;
  }
  return (s) => {
    switch (s.code) {
      case 'invalid_type': {
        const a = i(s.expected, 'indefinite'),
          c = E(s.input),
          u = i(c, 'indefinite');
        return `Entrada inv\xE1lida: esperava ${a}, recebeu ${u}`;
      }
      case 'invalid_value':
        return s.values.length === 1
          ? `Entrada inv\xE1lida: esperava ${$(s.values[0])}`
          : `Op\xE7\xE3o inv\xE1lida: esperava uma das seguintes op\xE7\xF5es: ${y(s.values, '|')}`;
      case 'too_big': {
        const a = s.inclusive ? '<=' : '<',
          c = t(s.origin);
        return c
          ? `Grande demais: esperava que ${i(s.origin, 'definite')} tivesse ${a} ${s.maximum.toString()} ${c.unit ?? 'elementos'}`
          : `Grande demais: esperava que ${i(s.origin, 'definite')} fosse ${a} ${s.maximum.toString()}`;
      }
      case 'too_small': {
        const a = s.inclusive ? '>=' : '>',
          c = t(s.origin);
        return c
          ? `Pequeno demais: esperava que ${i(s.origin, 'definite')} tivesse ${a} ${s.minimum.toString()} ${c.unit ?? 'elementos'}`
          : `Pequeno demais: esperava que ${i(s.origin, 'definite')} fosse ${a} ${s.minimum.toString()}`;
      }
      case 'invalid_format': {
        const a = s;
        return a.format === 'starts_with'
          ? `Texto inv\xE1lido: deve come\xE7ar com "${a.prefix}"`
          : a.format === 'ends_with'
            ? `Texto inv\xE1lido: deve terminar com "${a.suffix}"`
            : a.format === 'includes'
              ? `Texto inv\xE1lido: deve incluir "${a.includes}"`
              : a.format === 'regex'
                ? `Texto inv\xE1lido: deve corresponder ao padr\xE3o ${a.pattern}`
                : `Formato d${n[a.format] ?? s.format} inv\xE1lido`;
      }
      case 'not_multiple_of':
        return `N\xFAmero inv\xE1lido: deve ser m\xFAltiplo de ${s.divisor}`;
      case 'unrecognized_keys': {
        const a = s.keys.length > 1 ? 's' : '';
        return `Chave${a} inv\xE1lida${a}: ${y(s.keys, ', ')}`;
      }
      case 'invalid_key':
        return `Entrada inv\xE1lida n${i(s.origin, 'definite')}`;
      case 'invalid_union':
        return s.options && Array.isArray(s.options) && s.options.length > 0
          ? `Valor de discrimina\xE7\xE3o inv\xE1lido. Esperava ${s.options.map((c) => `'${c}'`).join(' | ')}`
          : 'Entrada inv\xE1lida';
      case 'invalid_element':
        return `Entrada inv\xE1lida n${i(s.origin, 'definite')}`;
      default:
        return 'Entrada inv\xE1lida';
    }
  };
};
function DA() {
  return { localeError: zj() };
}
var Lj = () => {
  const e = {
    string: { unit: 'caractere', verb: 's\u0103 aib\u0103' },
    file: { unit: 'octe\u021Bi', verb: 's\u0103 aib\u0103' },
    array: { unit: 'elemente', verb: 's\u0103 aib\u0103' },
    set: { unit: 'elemente', verb: 's\u0103 aib\u0103' },
    map: { unit: 'intr\u0103ri', verb: 's\u0103 aib\u0103' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'intrare',
      email: 'adres\u0103 de email',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'dat\u0103 \u0219i or\u0103 ISO',
      date: 'dat\u0103 ISO',
      time: 'or\u0103 ISO',
      duration: 'durat\u0103 ISO',
      ipv4: 'adres\u0103 IPv4',
      ipv6: 'adres\u0103 IPv6',
      mac: 'adres\u0103 MAC',
      cidrv4: 'interval IPv4',
      cidrv6: 'interval IPv6',
      base64: '\u0219ir codat base64',
      base64url: '\u0219ir codat base64url',
      json_string: '\u0219ir JSON',
      e164: 'num\u0103r E.164',
      credit_card: 'num\u0103r de card de credit',
      currency_code: 'cod valutar',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'intrare',
    },
    o = {
      nan: 'NaN',
      string: '\u0219ir',
      number: 'num\u0103r',
      boolean: 'boolean',
      function: 'func\u021Bie',
      array: 'matrice',
      object: 'obiect',
      undefined: 'nedefinit',
      symbol: 'simbol',
      bigint: 'num\u0103r mare',
      void: 'void',
      never: 'never',
      map: 'hart\u0103',
      set: 'set',
    };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return `Intrare invalid\u0103: a\u0219teptat ${i}, primit ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Intrare invalid\u0103: a\u0219teptat ${$(r.values[0])}`
          : `Op\u021Biune invalid\u0103: a\u0219teptat una dintre ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `Prea mare: a\u0219teptat ca ${r.origin ?? 'valoarea'} ${s.verb} ${i}${r.maximum.toString()} ${s.unit ?? 'elemente'}`
          : `Prea mare: a\u0219teptat ca ${r.origin ?? 'valoarea'} s\u0103 fie ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `Prea mic: a\u0219teptat ca ${r.origin} ${s.verb} ${i}${r.minimum.toString()} ${s.unit}`
          : `Prea mic: a\u0219teptat ca ${r.origin} s\u0103 fie ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u0218ir invalid: trebuie s\u0103 \xEEnceap\u0103 cu "${i.prefix}"`
          : i.format === 'ends_with'
            ? `\u0218ir invalid: trebuie s\u0103 se termine cu "${i.suffix}"`
            : i.format === 'includes'
              ? `\u0218ir invalid: trebuie s\u0103 includ\u0103 "${i.includes}"`
              : i.format === 'regex'
                ? `\u0218ir invalid: trebuie s\u0103 se potriveasc\u0103 cu modelul ${i.pattern}`
                : `Format invalid: ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `Num\u0103r invalid: trebuie s\u0103 fie multiplu de ${r.divisor}`;
      case 'unrecognized_keys':
        return `Chei nerecunoscute: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Cheie invalid\u0103 \xEEn ${r.origin}`;
      case 'invalid_union':
        return 'Intrare invalid\u0103';
      case 'invalid_element':
        return `Valoare invalid\u0103 \xEEn ${r.origin}`;
      default:
        return 'Intrare invalid\u0103';
    }
  };
};
function CA() {
  return { localeError: Lj() };
}
function OA(e, t, n, o) {
  const r = Math.abs(e),
    i = r % 10,
    s = r % 100;
  return s >= 11 && s <= 19 ? o : i === 1 ? t : i >= 2 && i <= 4 ? n : o;
}
var Mj = () => {
  const e = {
    string: {
      unit: {
        one: '\u0441\u0438\u043C\u0432\u043E\u043B',
        few: '\u0441\u0438\u043C\u0432\u043E\u043B\u0430',
        many: '\u0441\u0438\u043C\u0432\u043E\u043B\u043E\u0432',
      },
      verb: '\u0438\u043C\u0435\u0442\u044C',
    },
    file: {
      unit: {
        one: '\u0431\u0430\u0439\u0442',
        few: '\u0431\u0430\u0439\u0442\u0430',
        many: '\u0431\u0430\u0439\u0442',
      },
      verb: '\u0438\u043C\u0435\u0442\u044C',
    },
    array: {
      unit: {
        one: '\u044D\u043B\u0435\u043C\u0435\u043D\u0442',
        few: '\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430',
        many: '\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u043E\u0432',
      },
      verb: '\u0438\u043C\u0435\u0442\u044C',
    },
    set: {
      unit: {
        one: '\u044D\u043B\u0435\u043C\u0435\u043D\u0442',
        few: '\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430',
        many: '\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u043E\u0432',
      },
      verb: '\u0438\u043C\u0435\u0442\u044C',
    },
    map: {
      unit: {
        one: '\u044D\u043B\u0435\u043C\u0435\u043D\u0442',
        few: '\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430',
        many: '\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u043E\u0432',
      },
      verb: '\u0438\u043C\u0435\u0442\u044C',
    },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u0432\u0432\u043E\u0434',
      email: 'email \u0430\u0434\u0440\u0435\u0441',
      url: 'URL',
      emoji: '\u044D\u043C\u043E\u0434\u0437\u0438',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO \u0434\u0430\u0442\u0430 \u0438 \u0432\u0440\u0435\u043C\u044F',
      date: 'ISO \u0434\u0430\u0442\u0430',
      time: 'ISO \u0432\u0440\u0435\u043C\u044F',
      duration: 'ISO \u0434\u043B\u0438\u0442\u0435\u043B\u044C\u043D\u043E\u0441\u0442\u044C',
      ipv4: 'IPv4 \u0430\u0434\u0440\u0435\u0441',
      ipv6: 'IPv6 \u0430\u0434\u0440\u0435\u0441',
      mac: 'MAC \u0430\u0434\u0440\u0435\u0441',
      cidrv4: 'IPv4 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D',
      cidrv6: 'IPv6 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D',
      base64: '\u0441\u0442\u0440\u043E\u043A\u0430 \u0432 \u0444\u043E\u0440\u043C\u0430\u0442\u0435 base64',
      base64url:
        '\u0441\u0442\u0440\u043E\u043A\u0430 \u0432 \u0444\u043E\u0440\u043C\u0430\u0442\u0435 base64url',
      json_string: 'JSON \u0441\u0442\u0440\u043E\u043A\u0430',
      e164: '\u043D\u043E\u043C\u0435\u0440 E.164',
      credit_card:
        '\u043D\u043E\u043C\u0435\u0440 \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u043E\u0439 \u043A\u0430\u0440\u0442\u044B',
      currency_code: '\u043A\u043E\u0434 \u0432\u0430\u043B\u044E\u0442\u044B',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u0432\u0432\u043E\u0434',
    },
    o = {
      nan: 'NaN',
      number: '\u0447\u0438\u0441\u043B\u043E',
      array: '\u043C\u0430\u0441\u0441\u0438\u0432',
    };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u0432\u0432\u043E\u0434: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C instanceof ${r.expected}, \u043F\u043E\u043B\u0443\u0447\u0435\u043D\u043E ${a}`
          : `\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u0432\u0432\u043E\u0434: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C ${i}, \u043F\u043E\u043B\u0443\u0447\u0435\u043D\u043E ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u0432\u0432\u043E\u0434: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C ${$(r.values[0])}`
          : `\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u0432\u0430\u0440\u0438\u0430\u043D\u0442: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C \u043E\u0434\u043D\u043E \u0438\u0437 ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        if (s) {
          const a = Number(r.maximum),
            c = OA(a, s.unit.one, s.unit.few, s.unit.many);
          return `\u0421\u043B\u0438\u0448\u043A\u043E\u043C \u0431\u043E\u043B\u044C\u0448\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C, \u0447\u0442\u043E ${r.origin ?? '\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435'} \u0431\u0443\u0434\u0435\u0442 \u0438\u043C\u0435\u0442\u044C ${i}${r.maximum.toString()} ${c}`;
        }
        return `\u0421\u043B\u0438\u0448\u043A\u043E\u043C \u0431\u043E\u043B\u044C\u0448\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C, \u0447\u0442\u043E ${r.origin ?? '\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435'} \u0431\u0443\u0434\u0435\u0442 ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        if (s) {
          const a = Number(r.minimum),
            c = OA(a, s.unit.one, s.unit.few, s.unit.many);
          return `\u0421\u043B\u0438\u0448\u043A\u043E\u043C \u043C\u0430\u043B\u0435\u043D\u044C\u043A\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C, \u0447\u0442\u043E ${r.origin} \u0431\u0443\u0434\u0435\u0442 \u0438\u043C\u0435\u0442\u044C ${i}${r.minimum.toString()} ${c}`;
        }
        return `\u0421\u043B\u0438\u0448\u043A\u043E\u043C \u043C\u0430\u043B\u0435\u043D\u044C\u043A\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435: \u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C, \u0447\u0442\u043E ${r.origin} \u0431\u0443\u0434\u0435\u0442 ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u041D\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430: \u0434\u043E\u043B\u0436\u043D\u0430 \u043D\u0430\u0447\u0438\u043D\u0430\u0442\u044C\u0441\u044F \u0441 "${i.prefix}"`
          : i.format === 'ends_with'
            ? `\u041D\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430: \u0434\u043E\u043B\u0436\u043D\u0430 \u0437\u0430\u043A\u0430\u043D\u0447\u0438\u0432\u0430\u0442\u044C\u0441\u044F \u043D\u0430 "${i.suffix}"`
            : i.format === 'includes'
              ? `\u041D\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430: \u0434\u043E\u043B\u0436\u043D\u0430 \u0441\u043E\u0434\u0435\u0440\u0436\u0430\u0442\u044C "${i.includes}"`
              : i.format === 'regex'
                ? `\u041D\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430: \u0434\u043E\u043B\u0436\u043D\u0430 \u0441\u043E\u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u043E\u0432\u0430\u0442\u044C \u0448\u0430\u0431\u043B\u043E\u043D\u0443 ${i.pattern}`
                : `\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `\u041D\u0435\u0432\u0435\u0440\u043D\u043E\u0435 \u0447\u0438\u0441\u043B\u043E: \u0434\u043E\u043B\u0436\u043D\u043E \u0431\u044B\u0442\u044C \u043A\u0440\u0430\u0442\u043D\u044B\u043C ${r.divisor}`;
      case 'unrecognized_keys':
        return `\u041D\u0435\u0440\u0430\u0441\u043F\u043E\u0437\u043D\u0430\u043D\u043D${r.keys.length > 1 ? '\u044B\u0435' : '\u044B\u0439'} \u043A\u043B\u044E\u0447${r.keys.length > 1 ? '\u0438' : ''}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u043A\u043B\u044E\u0447 \u0432 ${r.origin}`;
      case 'invalid_union':
        return '\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0435 \u0432\u0445\u043E\u0434\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435';
      case 'invalid_element':
        return `\u041D\u0435\u0432\u0435\u0440\u043D\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435 \u0432 ${r.origin}`;
      default:
        return '\u041D\u0435\u0432\u0435\u0440\u043D\u044B\u0435 \u0432\u0445\u043E\u0434\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435';
    }
  };
};
function NA() {
  return { localeError: Mj() };
}
var jj = () => {
  const e = {
    string: { unit: 'znakov', verb: 'ma\u0165' },
    file: { unit: 'bajtov', verb: 'ma\u0165' },
    array: { unit: 'prvkov', verb: 'ma\u0165' },
    set: { unit: 'prvkov', verb: 'ma\u0165' },
    map: { unit: 'polo\u017Eiek', verb: 'ma\u0165' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'regul\xE1rny v\xFDraz',
      email: 'e-mailov\xE1 adresa',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'd\xE1tum a \u010Das vo form\xE1te ISO',
      date: 'd\xE1tum vo form\xE1te ISO',
      time: '\u010Das vo form\xE1te ISO',
      duration: 'doba trvania ISO',
      ipv4: 'IPv4 adresa',
      ipv6: 'IPv6 adresa',
      mac: 'MAC adresa',
      cidrv4: 'rozsah IPv4',
      cidrv6: 'rozsah IPv6',
      base64: 're\u0165azec zak\xF3dovan\xFD vo form\xE1te base64',
      base64url: 're\u0165azec zak\xF3dovan\xFD vo form\xE1te base64url',
      json_string: 're\u0165azec vo form\xE1te JSON',
      e164: '\u010D\xEDslo E.164',
      credit_card: '\u010D\xEDslo kreditnej karty',
      currency_code: 'k\xF3d meny',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'vstup',
    },
    o = { nan: 'NaN', number: '\u010D\xEDslo', string: 're\u0165azec', function: 'funkcia', array: 'pole' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Neplatn\xFD vstup: o\u010Dak\xE1van\xE9 instanceof ${r.expected}, obdr\u017Ean\xE9 ${a}`
          : `Neplatn\xFD vstup: o\u010Dak\xE1van\xE9 ${i}, obdr\u017Ean\xE9 ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Neplatn\xFD vstup: o\u010Dak\xE1van\xE9 ${$(r.values[0])}`
          : `Neplatn\xFD vstup: o\u010Dak\xE1van\xE1 jedna z hodn\xF4t ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `Hodnota je pr\xEDli\u0161 ve\u013Ek\xE1: ${r.origin ?? 'hodnota'} mus\xED ma\u0165 ${i}${r.maximum.toString()} ${s.unit ?? 'prvkov'}`
          : `Hodnota je pr\xEDli\u0161 ve\u013Ek\xE1: ${r.origin ?? 'hodnota'} mus\xED by\u0165 ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `Hodnota je pr\xEDli\u0161 mal\xE1: ${r.origin ?? 'hodnota'} mus\xED ma\u0165 ${i}${r.minimum.toString()} ${s.unit ?? 'prvkov'}`
          : `Hodnota je pr\xEDli\u0161 mal\xE1: ${r.origin ?? 'hodnota'} mus\xED by\u0165 ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Neplatn\xFD re\u0165azec: mus\xED za\u010D\xEDna\u0165 na "${i.prefix}"`
          : i.format === 'ends_with'
            ? `Neplatn\xFD re\u0165azec: mus\xED kon\u010Di\u0165 na "${i.suffix}"`
            : i.format === 'includes'
              ? `Neplatn\xFD re\u0165azec: mus\xED obsahova\u0165 "${i.includes}"`
              : i.format === 'regex'
                ? `Neplatn\xFD re\u0165azec: mus\xED zodpoveda\u0165 vzoru ${i.pattern}`
                : `Neplatn\xFD form\xE1t ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `Neplatn\xE9 \u010D\xEDslo: mus\xED by\u0165 n\xE1sobkom ${r.divisor}`;
      case 'unrecognized_keys':
        return `Nezn\xE1me kl\xFA\u010De: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Neplatn\xFD kl\xFA\u010D v ${r.origin}`;
      case 'invalid_union':
        return 'Neplatn\xFD vstup';
      case 'invalid_element':
        return `Neplatn\xE1 hodnota v ${r.origin}`;
      default:
        return 'Neplatn\xFD vstup';
    }
  };
};
function UA() {
  return { localeError: jj() };
}
var Bj = () => {
  const e = {
    string: { unit: 'znakov', verb: 'imeti' },
    file: { unit: 'bajtov', verb: 'imeti' },
    array: { unit: 'elementov', verb: 'imeti' },
    set: { unit: 'elementov', verb: 'imeti' },
    map: { unit: 'elementov', verb: 'imeti' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'vnos',
      email: 'e-po\u0161tni naslov',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO datum in \u010Das',
      date: 'ISO datum',
      time: 'ISO \u010Das',
      duration: 'ISO trajanje',
      ipv4: 'IPv4 naslov',
      ipv6: 'IPv6 naslov',
      mac: 'MAC naslov',
      cidrv4: 'obseg IPv4',
      cidrv6: 'obseg IPv6',
      base64: 'base64 kodiran niz',
      base64url: 'base64url kodiran niz',
      json_string: 'JSON niz',
      e164: 'E.164 \u0161tevilka',
      credit_card: '\u0161tevilka kreditne kartice',
      currency_code: 'koda valute',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'vnos',
    },
    o = { nan: 'NaN', number: '\u0161tevilo', array: 'tabela' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Neveljaven vnos: pri\u010Dakovano instanceof ${r.expected}, prejeto ${a}`
          : `Neveljaven vnos: pri\u010Dakovano ${i}, prejeto ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Neveljaven vnos: pri\u010Dakovano ${$(r.values[0])}`
          : `Neveljavna mo\u017Enost: pri\u010Dakovano eno izmed ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `Preveliko: pri\u010Dakovano, da bo ${r.origin ?? 'vrednost'} imelo ${i}${r.maximum.toString()} ${s.unit ?? 'elementov'}`
          : `Preveliko: pri\u010Dakovano, da bo ${r.origin ?? 'vrednost'} ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `Premajhno: pri\u010Dakovano, da bo ${r.origin} imelo ${i}${r.minimum.toString()} ${s.unit}`
          : `Premajhno: pri\u010Dakovano, da bo ${r.origin} ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Neveljaven niz: mora se za\u010Deti z "${i.prefix}"`
          : i.format === 'ends_with'
            ? `Neveljaven niz: mora se kon\u010Dati z "${i.suffix}"`
            : i.format === 'includes'
              ? `Neveljaven niz: mora vsebovati "${i.includes}"`
              : i.format === 'regex'
                ? `Neveljaven niz: mora ustrezati vzorcu ${i.pattern}`
                : `Neveljaven ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `Neveljavno \u0161tevilo: mora biti ve\u010Dkratnik ${r.divisor}`;
      case 'unrecognized_keys':
        return `Neprepoznan${r.keys.length > 1 ? 'i klju\u010Di' : ' klju\u010D'}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Neveljaven klju\u010D v ${r.origin}`;
      case 'invalid_union':
        return 'Neveljaven vnos';
      case 'invalid_element':
        return `Neveljavna vrednost v ${r.origin}`;
      default:
        return 'Neveljaven vnos';
    }
  };
};
function zA() {
  return { localeError: Bj() };
}
var Fj = () => {
  const e = {
    string: { unit: 'tecken', verb: 'att ha' },
    file: { unit: 'bytes', verb: 'att ha' },
    array: { unit: 'objekt', verb: 'att inneh\xE5lla' },
    set: { unit: 'objekt', verb: 'att inneh\xE5lla' },
    map: { unit: 'objekt', verb: 'att inneh\xE5lla' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'regulj\xE4rt uttryck',
      email: 'e-postadress',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO-datum och tid',
      date: 'ISO-datum',
      time: 'ISO-tid',
      duration: 'ISO-varaktighet',
      ipv4: 'IPv4-adress',
      ipv6: 'IPv6-adress',
      mac: 'MAC-adress',
      cidrv4: 'IPv4-spektrum',
      cidrv6: 'IPv6-spektrum',
      base64: 'base64-kodad str\xE4ng',
      base64url: 'base64url-kodad str\xE4ng',
      json_string: 'JSON-str\xE4ng',
      e164: 'E.164-nummer',
      credit_card: 'kreditkortsnummer',
      currency_code: 'valutakod',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'mall-literal',
    },
    o = { nan: 'NaN', number: 'antal', array: 'lista' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Ogiltig inmatning: f\xF6rv\xE4ntat instanceof ${r.expected}, fick ${a}`
          : `Ogiltig inmatning: f\xF6rv\xE4ntat ${i}, fick ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Ogiltig inmatning: f\xF6rv\xE4ntat ${$(r.values[0])}`
          : `Ogiltigt val: f\xF6rv\xE4ntade en av ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `F\xF6r stor(t): f\xF6rv\xE4ntade ${r.origin ?? 'v\xE4rdet'} att ha ${i}${r.maximum.toString()} ${s.unit ?? 'element'}`
          : `F\xF6r stor(t): f\xF6rv\xE4ntat ${r.origin ?? 'v\xE4rdet'} att ha ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `F\xF6r lite(t): f\xF6rv\xE4ntade ${r.origin ?? 'v\xE4rdet'} att ha ${i}${r.minimum.toString()} ${s.unit}`
          : `F\xF6r lite(t): f\xF6rv\xE4ntade ${r.origin ?? 'v\xE4rdet'} att ha ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Ogiltig str\xE4ng: m\xE5ste b\xF6rja med "${i.prefix}"`
          : i.format === 'ends_with'
            ? `Ogiltig str\xE4ng: m\xE5ste sluta med "${i.suffix}"`
            : i.format === 'includes'
              ? `Ogiltig str\xE4ng: m\xE5ste inneh\xE5lla "${i.includes}"`
              : i.format === 'regex'
                ? `Ogiltig str\xE4ng: m\xE5ste matcha m\xF6nstret "${i.pattern}"`
                : `Ogiltig(t) ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `Ogiltigt tal: m\xE5ste vara en multipel av ${r.divisor}`;
      case 'unrecognized_keys':
        return `${r.keys.length > 1 ? 'Ok\xE4nda nycklar' : 'Ok\xE4nd nyckel'}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Ogiltig nyckel i ${r.origin ?? 'v\xE4rdet'}`;
      case 'invalid_union':
        return 'Ogiltig input';
      case 'invalid_element':
        return `Ogiltigt v\xE4rde i ${r.origin ?? 'v\xE4rdet'}`;
      default:
        return 'Ogiltig input';
    }
  };
};
function LA() {
  return { localeError: Fj() };
}
var Vj = () => {
  const e = {
    string: {
      unit: '\u0B8E\u0BB4\u0BC1\u0BA4\u0BCD\u0BA4\u0BC1\u0B95\u0BCD\u0B95\u0BB3\u0BCD',
      verb: '\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD',
    },
    file: {
      unit: '\u0BAA\u0BC8\u0B9F\u0BCD\u0B9F\u0BC1\u0B95\u0BB3\u0BCD',
      verb: '\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD',
    },
    array: {
      unit: '\u0B89\u0BB1\u0BC1\u0BAA\u0BCD\u0BAA\u0BC1\u0B95\u0BB3\u0BCD',
      verb: '\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD',
    },
    set: {
      unit: '\u0B89\u0BB1\u0BC1\u0BAA\u0BCD\u0BAA\u0BC1\u0B95\u0BB3\u0BCD',
      verb: '\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD',
    },
    map: {
      unit: '\u0B89\u0BB1\u0BC1\u0BAA\u0BCD\u0BAA\u0BC1\u0B95\u0BB3\u0BCD',
      verb: '\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD',
    },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1',
      email:
        '\u0BAE\u0BBF\u0BA9\u0BCD\u0BA9\u0B9E\u0BCD\u0B9A\u0BB2\u0BCD \u0BAE\u0BC1\u0B95\u0BB5\u0BB0\u0BBF',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO \u0BA4\u0BC7\u0BA4\u0BBF \u0BA8\u0BC7\u0BB0\u0BAE\u0BCD',
      date: 'ISO \u0BA4\u0BC7\u0BA4\u0BBF',
      time: 'ISO \u0BA8\u0BC7\u0BB0\u0BAE\u0BCD',
      duration: 'ISO \u0B95\u0BBE\u0BB2 \u0B85\u0BB3\u0BB5\u0BC1',
      ipv4: 'IPv4 \u0BAE\u0BC1\u0B95\u0BB5\u0BB0\u0BBF',
      ipv6: 'IPv6 \u0BAE\u0BC1\u0B95\u0BB5\u0BB0\u0BBF',
      mac: 'MAC \u0BAE\u0BC1\u0B95\u0BB5\u0BB0\u0BBF',
      cidrv4: 'IPv4 \u0BB5\u0BB0\u0BAE\u0BCD\u0BAA\u0BC1',
      cidrv6: 'IPv6 \u0BB5\u0BB0\u0BAE\u0BCD\u0BAA\u0BC1',
      base64: 'base64-encoded \u0B9A\u0BB0\u0BAE\u0BCD',
      base64url: 'base64url-encoded \u0B9A\u0BB0\u0BAE\u0BCD',
      json_string: 'JSON \u0B9A\u0BB0\u0BAE\u0BCD',
      e164: 'E.164 \u0B8E\u0BA3\u0BCD',
      credit_card: '\u0B95\u0B9F\u0BA9\u0BCD \u0B85\u0B9F\u0BCD\u0B9F\u0BC8 \u0B8E\u0BA3\u0BCD',
      currency_code: '\u0BA8\u0BBE\u0BA3\u0BAF\u0B95\u0BCD \u0B95\u0BC1\u0BB1\u0BBF\u0BAF\u0BC0\u0B9F\u0BC1',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'input',
    },
    o = {
      nan: 'NaN',
      number: '\u0B8E\u0BA3\u0BCD',
      array: '\u0B85\u0BA3\u0BBF',
      null: '\u0BB5\u0BC6\u0BB1\u0BC1\u0BAE\u0BC8',
    };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 instanceof ${r.expected}, \u0BAA\u0BC6\u0BB1\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${a}`
          : `\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${i}, \u0BAA\u0BC6\u0BB1\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${$(r.values[0])}`
          : `\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0BB5\u0BBF\u0BB0\u0BC1\u0BAA\u0BCD\u0BAA\u0BAE\u0BCD: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${y(r.values, '|')} \u0B87\u0BB2\u0BCD \u0B92\u0BA9\u0BCD\u0BB1\u0BC1`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `\u0BAE\u0BBF\u0B95 \u0BAA\u0BC6\u0BB0\u0BBF\u0BAF\u0BA4\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${r.origin ?? '\u0BAE\u0BA4\u0BBF\u0BAA\u0BCD\u0BAA\u0BC1'} ${i}${r.maximum.toString()} ${s.unit ?? '\u0B89\u0BB1\u0BC1\u0BAA\u0BCD\u0BAA\u0BC1\u0B95\u0BB3\u0BCD'} \u0B86\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`
          : `\u0BAE\u0BBF\u0B95 \u0BAA\u0BC6\u0BB0\u0BBF\u0BAF\u0BA4\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${r.origin ?? '\u0BAE\u0BA4\u0BBF\u0BAA\u0BCD\u0BAA\u0BC1'} ${i}${r.maximum.toString()} \u0B86\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `\u0BAE\u0BBF\u0B95\u0B9A\u0BCD \u0B9A\u0BBF\u0BB1\u0BBF\u0BAF\u0BA4\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${r.origin} ${i}${r.minimum.toString()} ${s.unit} \u0B86\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`
          : `\u0BAE\u0BBF\u0B95\u0B9A\u0BCD \u0B9A\u0BBF\u0BB1\u0BBF\u0BAF\u0BA4\u0BC1: \u0B8E\u0BA4\u0BBF\u0BB0\u0BCD\u0BAA\u0BBE\u0BB0\u0BCD\u0B95\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1 ${r.origin} ${i}${r.minimum.toString()} \u0B86\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B9A\u0BB0\u0BAE\u0BCD: "${i.prefix}" \u0B87\u0BB2\u0BCD \u0BA4\u0BCA\u0B9F\u0B99\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`
          : i.format === 'ends_with'
            ? `\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B9A\u0BB0\u0BAE\u0BCD: "${i.suffix}" \u0B87\u0BB2\u0BCD \u0BAE\u0BC1\u0B9F\u0BBF\u0BB5\u0B9F\u0BC8\u0BAF \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`
            : i.format === 'includes'
              ? `\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B9A\u0BB0\u0BAE\u0BCD: "${i.includes}" \u0B90 \u0B89\u0BB3\u0BCD\u0BB3\u0B9F\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`
              : i.format === 'regex'
                ? `\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B9A\u0BB0\u0BAE\u0BCD: ${i.pattern} \u0BAE\u0BC1\u0BB1\u0BC8\u0BAA\u0BBE\u0B9F\u0BCD\u0B9F\u0BC1\u0B9F\u0BA9\u0BCD \u0BAA\u0BCA\u0BB0\u0BC1\u0BA8\u0BCD\u0BA4 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`
                : `\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B8E\u0BA3\u0BCD: ${r.divisor} \u0B87\u0BA9\u0BCD \u0BAA\u0BB2\u0BAE\u0BBE\u0B95 \u0B87\u0BB0\u0BC1\u0B95\u0BCD\u0B95 \u0BB5\u0BC7\u0BA3\u0BCD\u0B9F\u0BC1\u0BAE\u0BCD`;
      case 'unrecognized_keys':
        return `\u0B85\u0B9F\u0BC8\u0BAF\u0BBE\u0BB3\u0BAE\u0BCD \u0BA4\u0BC6\u0BB0\u0BBF\u0BAF\u0BBE\u0BA4 \u0BB5\u0BBF\u0B9A\u0BC8${r.keys.length > 1 ? '\u0B95\u0BB3\u0BCD' : ''}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `${r.origin} \u0B87\u0BB2\u0BCD \u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0BB5\u0BBF\u0B9A\u0BC8`;
      case 'invalid_union':
        return '\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1';
      case 'invalid_element':
        return `${r.origin} \u0B87\u0BB2\u0BCD \u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0BAE\u0BA4\u0BBF\u0BAA\u0BCD\u0BAA\u0BC1`;
      default:
        return '\u0BA4\u0BB5\u0BB1\u0BBE\u0BA9 \u0B89\u0BB3\u0BCD\u0BB3\u0BC0\u0B9F\u0BC1';
    }
  };
};
function MA() {
  return { localeError: Vj() };
}
var Gj = () => {
  const e = {
    string: {
      unit: '\u0430\u043B\u043E\u043C\u0430\u0442',
      verb: '\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434',
    },
    file: {
      unit: '\u0431\u0430\u0439\u0442',
      verb: '\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434',
    },
    array: {
      unit: '\u0443\u043D\u0441\u0443\u0440',
      verb: '\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434',
    },
    set: {
      unit: '\u0443\u043D\u0441\u0443\u0440',
      verb: '\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434',
    },
    map: {
      unit: '\u0441\u0430\u0431\u0442',
      verb: '\u0434\u043E\u0448\u0442\u0430 \u0431\u043E\u0448\u0430\u0434',
    },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u0432\u0443\u0440\u0443\u0434',
      email: '\u0441\u0443\u0440\u043E\u0493\u0430\u0438 email',
      url: 'URL',
      emoji: '\u044D\u043C\u043E\u04B7\u0438',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: '\u0441\u0430\u043D\u0430\u0432\u0443 \u0432\u0430\u049B\u0442\u0438 ISO',
      date: '\u0441\u0430\u043D\u0430\u0438 ISO',
      time: '\u0432\u0430\u049B\u0442\u0438 ISO',
      duration: '\u0434\u0430\u0432\u043E\u043C\u043D\u043E\u043A\u0438\u0438 ISO',
      ipv4: '\u0441\u0443\u0440\u043E\u0493\u0430\u0438 IPv4',
      ipv6: '\u0441\u0443\u0440\u043E\u0493\u0430\u0438 IPv6',
      mac: '\u0441\u0443\u0440\u043E\u0493\u0430\u0438 MAC',
      cidrv4: '\u043C\u0430\u04B3\u0434\u0443\u0434\u0430\u0438 IPv4',
      cidrv6: '\u043C\u0430\u04B3\u0434\u0443\u0434\u0430\u0438 IPv6',
      base64:
        '\u0441\u0430\u0442\u0440\u0438 \u0434\u0430\u0440 \u0444\u043E\u0440\u043C\u0430\u0442\u0438 base64',
      base64url:
        '\u0441\u0430\u0442\u0440\u0438 \u0434\u0430\u0440 \u0444\u043E\u0440\u043C\u0430\u0442\u0438 base64url',
      json_string: '\u0441\u0430\u0442\u0440\u0438 JSON',
      e164: '\u0440\u0430\u049B\u0430\u043C\u0438 E.164',
      credit_card:
        '\u0440\u0430\u049B\u0430\u043C\u0438 \u043A\u043E\u0440\u0442\u0438 \u043A\u0440\u0435\u0434\u0438\u0442\u04E3',
      currency_code: '\u0440\u0430\u043C\u0437\u0438 \u0430\u0441\u044A\u043E\u0440',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u0432\u0443\u0440\u0443\u0434',
    },
    o = {
      nan: 'NaN',
      number: '\u0440\u0430\u049B\u0430\u043C',
      string: '\u0441\u0430\u0442\u0440',
      array: '\u043C\u0430\u0441\u0441\u0438\u0432',
      object: '\u043E\u0431\u044A\u0435\u043A\u0442',
      date: '\u0441\u0430\u043D\u0430',
    };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return `\u0412\u0443\u0440\u0443\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: ${i} \u0438\u043D\u0442\u0438\u0437\u043E\u0440 \u043C\u0435\u0440\u0430\u0444\u0442, ${a} \u0433\u0438\u0440\u0438\u0444\u0442\u0430 \u0448\u0443\u0434`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u0412\u0443\u0440\u0443\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: ${$(r.values[0])} \u0438\u043D\u0442\u0438\u0437\u043E\u0440 \u043C\u0435\u0440\u0430\u0444\u0442`
          : `\u0418\u043D\u0442\u0438\u0445\u043E\u0431\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u044F\u043A\u0435 \u0430\u0437 ${y(r.values, '|')} \u0438\u043D\u0442\u0438\u0437\u043E\u0440 \u043C\u0435\u0440\u0430\u0444\u0442`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `\u0425\u0435\u043B\u0435 \u043A\u0430\u043B\u043E\u043D: ${r.origin ?? '\u049B\u0438\u043C\u0430\u0442'} \u0431\u043E\u044F\u0434 ${i}${r.maximum.toString()} ${s.unit} ${s.verb}`
          : `\u0425\u0435\u043B\u0435 \u043A\u0430\u043B\u043E\u043D: ${r.origin ?? '\u049B\u0438\u043C\u0430\u0442'} \u0431\u043E\u044F\u0434 ${i}${r.maximum.toString()} \u0431\u043E\u0448\u0430\u0434`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `\u0425\u0435\u043B\u0435 \u0445\u0443\u0440\u0434: ${r.origin} \u0431\u043E\u044F\u0434 ${i}${r.minimum.toString()} ${s.unit} ${s.verb}`
          : `\u0425\u0435\u043B\u0435 \u0445\u0443\u0440\u0434: ${r.origin} \u0431\u043E\u044F\u0434 ${i}${r.minimum.toString()} \u0431\u043E\u0448\u0430\u0434`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u0421\u0430\u0442\u0440\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 \u0431\u043E "${i.prefix}" \u043E\u0493\u043E\u0437 \u0448\u0430\u0432\u0430\u0434`
          : i.format === 'ends_with'
            ? `\u0421\u0430\u0442\u0440\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 \u0431\u043E "${i.suffix}" \u0430\u043D\u04B7\u043E\u043C \u0451\u0431\u0430\u0434`
            : i.format === 'includes'
              ? `\u0421\u0430\u0442\u0440\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 "${i.includes}"-\u0440\u043E \u0434\u0430\u0440 \u0431\u0430\u0440 \u0433\u0438\u0440\u0430\u0434`
              : i.format === 'regex'
                ? `\u0421\u0430\u0442\u0440\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 \u0431\u0430 \u043D\u0430\u043C\u0443\u043D\u0430\u0438 ${i.pattern} \u043C\u0443\u0432\u043E\u0444\u0438\u049B\u0430\u0442 \u043A\u0443\u043D\u0430\u0434`
                : `${n[i.format] ?? r.format}-\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442`;
      }
      case 'not_multiple_of':
        return `\u0420\u0430\u049B\u0430\u043C\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442: \u0431\u043E\u044F\u0434 \u0431\u0430 ${r.divisor} \u0431\u0435 \u0431\u0430\u049B\u0438\u044F \u0442\u0430\u049B\u0441\u0438\u043C \u0448\u0430\u0432\u0430\u0434`;
      case 'unrecognized_keys':
        return `\u041A\u0430\u043B\u0438\u0434${r.keys.length > 1 ? '\u04B3\u043E\u0438' : '\u0438'} \u043D\u043E\u043C\u0430\u044A\u043B\u0443\u043C: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `\u041A\u0430\u043B\u0438\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442 \u0434\u0430\u0440 ${r.origin}`;
      case 'invalid_union':
        return r.options && Array.isArray(r.options) && r.options.length > 0
          ? `\u049A\u0438\u043C\u0430\u0442\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442\u0438 \u0434\u0438\u0441\u043A\u0440\u0438\u043C\u0438\u043D\u0430\u0442\u043E\u0440: ${r.options.map((s) => `'${s}'`).join(' | ')} \u0438\u043D\u0442\u0438\u0437\u043E\u0440 \u043C\u0435\u0440\u0430\u0444\u0442`
          : '\u0412\u0443\u0440\u0443\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442';
      case 'invalid_element':
        return `\u049A\u0438\u043C\u0430\u0442\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442 \u0434\u0430\u0440 ${r.origin}`;
      default:
        return '\u0412\u0443\u0440\u0443\u0434\u0438 \u043D\u043E\u0434\u0443\u0440\u0443\u0441\u0442';
    }
  };
};
function jA() {
  return { localeError: Gj() };
}
var Zj = () => {
  const e = {
    string: {
      unit: '\u0E15\u0E31\u0E27\u0E2D\u0E31\u0E01\u0E29\u0E23',
      verb: '\u0E04\u0E27\u0E23\u0E21\u0E35',
    },
    file: { unit: '\u0E44\u0E1A\u0E15\u0E4C', verb: '\u0E04\u0E27\u0E23\u0E21\u0E35' },
    array: { unit: '\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23', verb: '\u0E04\u0E27\u0E23\u0E21\u0E35' },
    set: { unit: '\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23', verb: '\u0E04\u0E27\u0E23\u0E21\u0E35' },
    map: { unit: '\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23', verb: '\u0E04\u0E27\u0E23\u0E21\u0E35' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E17\u0E35\u0E48\u0E1B\u0E49\u0E2D\u0E19',
      email: '\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48\u0E2D\u0E35\u0E40\u0E21\u0E25',
      url: 'URL',
      emoji: '\u0E2D\u0E34\u0E42\u0E21\u0E08\u0E34',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: '\u0E27\u0E31\u0E19\u0E17\u0E35\u0E48\u0E40\u0E27\u0E25\u0E32\u0E41\u0E1A\u0E1A ISO',
      date: '\u0E27\u0E31\u0E19\u0E17\u0E35\u0E48\u0E41\u0E1A\u0E1A ISO',
      time: '\u0E40\u0E27\u0E25\u0E32\u0E41\u0E1A\u0E1A ISO',
      duration: '\u0E0A\u0E48\u0E27\u0E07\u0E40\u0E27\u0E25\u0E32\u0E41\u0E1A\u0E1A ISO',
      ipv4: '\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48 IPv4',
      ipv6: '\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48 IPv6',
      mac: '\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48 MAC',
      cidrv4: '\u0E0A\u0E48\u0E27\u0E07 IP \u0E41\u0E1A\u0E1A IPv4',
      cidrv6: '\u0E0A\u0E48\u0E27\u0E07 IP \u0E41\u0E1A\u0E1A IPv6',
      base64: '\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E41\u0E1A\u0E1A Base64',
      base64url:
        '\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E41\u0E1A\u0E1A Base64 \u0E2A\u0E33\u0E2B\u0E23\u0E31\u0E1A URL',
      json_string: '\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E41\u0E1A\u0E1A JSON',
      e164: '\u0E40\u0E1A\u0E2D\u0E23\u0E4C\u0E42\u0E17\u0E23\u0E28\u0E31\u0E1E\u0E17\u0E4C\u0E23\u0E30\u0E2B\u0E27\u0E48\u0E32\u0E07\u0E1B\u0E23\u0E30\u0E40\u0E17\u0E28 (E.164)',
      credit_card:
        '\u0E2B\u0E21\u0E32\u0E22\u0E40\u0E25\u0E02\u0E1A\u0E31\u0E15\u0E23\u0E40\u0E04\u0E23\u0E14\u0E34\u0E15',
      currency_code: '\u0E23\u0E2B\u0E31\u0E2A\u0E2A\u0E01\u0E38\u0E25\u0E40\u0E07\u0E34\u0E19',
      iban: 'IBAN',
      jwt: '\u0E42\u0E17\u0E40\u0E04\u0E19 JWT',
      template_literal: '\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E17\u0E35\u0E48\u0E1B\u0E49\u0E2D\u0E19',
    },
    o = {
      nan: 'NaN',
      number: '\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02',
      array: '\u0E2D\u0E32\u0E23\u0E4C\u0E40\u0E23\u0E22\u0E4C (Array)',
      null: '\u0E44\u0E21\u0E48\u0E21\u0E35\u0E04\u0E48\u0E32 (null)',
    };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `\u0E1B\u0E23\u0E30\u0E40\u0E20\u0E17\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19 instanceof ${r.expected} \u0E41\u0E15\u0E48\u0E44\u0E14\u0E49\u0E23\u0E31\u0E1A ${a}`
          : `\u0E1B\u0E23\u0E30\u0E40\u0E20\u0E17\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19 ${i} \u0E41\u0E15\u0E48\u0E44\u0E14\u0E49\u0E23\u0E31\u0E1A ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u0E04\u0E48\u0E32\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19 ${$(r.values[0])}`
          : `\u0E15\u0E31\u0E27\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19\u0E2B\u0E19\u0E36\u0E48\u0E07\u0E43\u0E19 ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive
            ? '\u0E44\u0E21\u0E48\u0E40\u0E01\u0E34\u0E19'
            : '\u0E19\u0E49\u0E2D\u0E22\u0E01\u0E27\u0E48\u0E32',
          s = t(r.origin);
        return s
          ? `\u0E40\u0E01\u0E34\u0E19\u0E01\u0E33\u0E2B\u0E19\u0E14: ${r.origin ?? '\u0E04\u0E48\u0E32'} \u0E04\u0E27\u0E23\u0E21\u0E35${i} ${r.maximum.toString()} ${s.unit ?? '\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23'}`
          : `\u0E40\u0E01\u0E34\u0E19\u0E01\u0E33\u0E2B\u0E19\u0E14: ${r.origin ?? '\u0E04\u0E48\u0E32'} \u0E04\u0E27\u0E23\u0E21\u0E35${i} ${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive
            ? '\u0E2D\u0E22\u0E48\u0E32\u0E07\u0E19\u0E49\u0E2D\u0E22'
            : '\u0E21\u0E32\u0E01\u0E01\u0E27\u0E48\u0E32',
          s = t(r.origin);
        return s
          ? `\u0E19\u0E49\u0E2D\u0E22\u0E01\u0E27\u0E48\u0E32\u0E01\u0E33\u0E2B\u0E19\u0E14: ${r.origin} \u0E04\u0E27\u0E23\u0E21\u0E35${i} ${r.minimum.toString()} ${s.unit}`
          : `\u0E19\u0E49\u0E2D\u0E22\u0E01\u0E27\u0E48\u0E32\u0E01\u0E33\u0E2B\u0E19\u0E14: ${r.origin} \u0E04\u0E27\u0E23\u0E21\u0E35${i} ${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E15\u0E49\u0E2D\u0E07\u0E02\u0E36\u0E49\u0E19\u0E15\u0E49\u0E19\u0E14\u0E49\u0E27\u0E22 "${i.prefix}"`
          : i.format === 'ends_with'
            ? `\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E15\u0E49\u0E2D\u0E07\u0E25\u0E07\u0E17\u0E49\u0E32\u0E22\u0E14\u0E49\u0E27\u0E22 "${i.suffix}"`
            : i.format === 'includes'
              ? `\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E15\u0E49\u0E2D\u0E07\u0E21\u0E35 "${i.includes}" \u0E2D\u0E22\u0E39\u0E48\u0E43\u0E19\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21`
              : i.format === 'regex'
                ? `\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E15\u0E49\u0E2D\u0E07\u0E15\u0E23\u0E07\u0E01\u0E31\u0E1A\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E17\u0E35\u0E48\u0E01\u0E33\u0E2B\u0E19\u0E14 ${i.pattern}`
                : `\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E08\u0E33\u0E19\u0E27\u0E19\u0E17\u0E35\u0E48\u0E2B\u0E32\u0E23\u0E14\u0E49\u0E27\u0E22 ${r.divisor} \u0E44\u0E14\u0E49\u0E25\u0E07\u0E15\u0E31\u0E27`;
      case 'unrecognized_keys':
        return `\u0E1E\u0E1A\u0E04\u0E35\u0E22\u0E4C\u0E17\u0E35\u0E48\u0E44\u0E21\u0E48\u0E23\u0E39\u0E49\u0E08\u0E31\u0E01: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `\u0E04\u0E35\u0E22\u0E4C\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07\u0E43\u0E19 ${r.origin}`;
      case 'invalid_union':
        return '\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07: \u0E44\u0E21\u0E48\u0E15\u0E23\u0E07\u0E01\u0E31\u0E1A\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E22\u0E39\u0E40\u0E19\u0E35\u0E22\u0E19\u0E17\u0E35\u0E48\u0E01\u0E33\u0E2B\u0E19\u0E14\u0E44\u0E27\u0E49';
      case 'invalid_element':
        return `\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07\u0E43\u0E19 ${r.origin}`;
      default:
        return '\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07';
    }
  };
};
function BA() {
  return { localeError: Zj() };
}
var Hj = () => {
  const e = {
    string: { unit: 'simwol', verb: 'bolmaly' },
    file: { unit: 'ba\xFDt', verb: 'bolmaly' },
    array: { unit: 'elementler', verb: 'bolmaly' },
    set: { unit: 'elementler', verb: 'bolmaly' },
    map: { unit: 'elementler', verb: 'bolmaly' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'giri\u015F',
      email: 'e-po\xE7ta salgysy',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO sene we wagt',
      date: 'ISO sene',
      time: 'ISO wagt',
      duration: 'ISO wagt aralygy',
      ipv4: 'IPv4 salgysy',
      ipv6: 'IPv6 salgysy',
      mac: 'MAC salgysy',
      cidrv4: 'IPv4 aralygy',
      cidrv6: 'IPv6 aralygy',
      base64: 'base64 bilen \u015Fifrlenen setir',
      base64url: 'base64url bilen \u015Fifrlenen setir',
      json_string: 'JSON setiri',
      e164: 'E.164 nomeri',
      credit_card: 'kredit kartyny\u0148 nomeri',
      currency_code: 'wal\xFDuta kody',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u015Fablon',
    },
    o = { nan: 'NaN' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return `N\xE4dogry baha: gara\u015Fylan ${i} \xFDerine ${a} alyndy`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `N\xE4dogry baha: ${$(r.values[0])} bolmaly`
          : `N\xE4dogry sa\xFDlaw: a\u015Fakdakylardan biri bolmaly: ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `Has uly: gara\u015Fyl\xFDan ${r.origin ?? 'baha'} ${i} ${r.maximum.toString()} ${s.unit ?? 'element'}`
          : `Has uly: gara\u015Fyl\xFDan ${r.origin ?? 'baha'} ${i} ${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `Has ki\xE7i: gara\u015Fyl\xFDan ${r.origin} ${i} ${r.minimum.toString()} ${s.unit}`
          : `Has ki\xE7i: gara\u015Fyl\xFDan ${r.origin} ${i} ${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `N\xE4dogry setir: "${i.prefix}" bilen ba\u015Flamaly`
          : i.format === 'ends_with'
            ? `N\xE4dogry setir: "${i.suffix}" bilen gutarmaly`
            : i.format === 'includes'
              ? `N\xE4dogry setir: "${i.includes}" saklamaly`
              : i.format === 'regex'
                ? `N\xE4dogry setir: ${i.pattern} nusga la\xFDyk bolmaly`
                : `N\xE4dogry ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `N\xE4dogry san: ${r.divisor} bilen galyndysyz b\xF6l\xFCnmeli`;
      case 'unrecognized_keys':
        return `Tanalma\xFDan a\xE7ar${r.keys.length > 1 ? 'lar' : ''}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `${r.origin} i\xE7inde n\xE4dogry a\xE7ar`;
      case 'invalid_union':
        return 'N\xE4dogry baha';
      case 'invalid_element':
        return `${r.origin} i\xE7inde n\xE4dogry baha`;
      default:
        return 'N\xE4dogry baha';
    }
  };
};
function FA() {
  return { localeError: Hj() };
}
var Kj = () => {
  const e = {
    string: { unit: 'karakter', verb: 'olmal\u0131' },
    file: { unit: 'bayt', verb: 'olmal\u0131' },
    array: { unit: '\xF6\u011Fe', verb: 'olmal\u0131' },
    set: { unit: '\xF6\u011Fe', verb: 'olmal\u0131' },
    map: { unit: '\xF6\u011Fe', verb: 'olmal\u0131' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'girdi',
      email: 'e-posta adresi',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO tarih ve saat',
      date: 'ISO tarih',
      time: 'ISO saat',
      duration: 'ISO s\xFCre',
      ipv4: 'IPv4 adresi',
      ipv6: 'IPv6 adresi',
      mac: 'MAC adresi',
      cidrv4: 'IPv4 aral\u0131\u011F\u0131',
      cidrv6: 'IPv6 aral\u0131\u011F\u0131',
      base64: 'base64 ile \u015Fifrelenmi\u015F metin',
      base64url: 'base64url ile \u015Fifrelenmi\u015F metin',
      json_string: 'JSON dizesi',
      e164: 'E.164 say\u0131s\u0131',
      credit_card: 'kredi kart\u0131 numaras\u0131',
      currency_code: 'para birimi kodu',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u015Eablon dizesi',
    },
    o = { nan: 'NaN' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Ge\xE7ersiz de\u011Fer: beklenen instanceof ${r.expected}, al\u0131nan ${a}`
          : `Ge\xE7ersiz de\u011Fer: beklenen ${i}, al\u0131nan ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Ge\xE7ersiz de\u011Fer: beklenen ${$(r.values[0])}`
          : `Ge\xE7ersiz se\xE7enek: a\u015Fa\u011F\u0131dakilerden biri olmal\u0131: ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `\xC7ok b\xFCy\xFCk: beklenen ${r.origin ?? 'de\u011Fer'} ${i}${r.maximum.toString()} ${s.unit ?? '\xF6\u011Fe'}`
          : `\xC7ok b\xFCy\xFCk: beklenen ${r.origin ?? 'de\u011Fer'} ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `\xC7ok k\xFC\xE7\xFCk: beklenen ${r.origin} ${i}${r.minimum.toString()} ${s.unit}`
          : `\xC7ok k\xFC\xE7\xFCk: beklenen ${r.origin} ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Ge\xE7ersiz metin: "${i.prefix}" ile ba\u015Flamal\u0131`
          : i.format === 'ends_with'
            ? `Ge\xE7ersiz metin: "${i.suffix}" ile bitmeli`
            : i.format === 'includes'
              ? `Ge\xE7ersiz metin: "${i.includes}" i\xE7ermeli`
              : i.format === 'regex'
                ? `Ge\xE7ersiz metin: ${i.pattern} desenine uymal\u0131`
                : `Ge\xE7ersiz ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `Ge\xE7ersiz say\u0131: ${r.divisor} ile tam b\xF6l\xFCnebilmeli`;
      case 'unrecognized_keys':
        return `Tan\u0131nmayan anahtar${r.keys.length > 1 ? 'lar' : ''}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `${r.origin} i\xE7inde ge\xE7ersiz anahtar`;
      case 'invalid_union':
        return 'Ge\xE7ersiz de\u011Fer';
      case 'invalid_element':
        return `${r.origin} i\xE7inde ge\xE7ersiz de\u011Fer`;
      default:
        return 'Ge\xE7ersiz de\u011Fer';
    }
  };
};
function VA() {
  return { localeError: Kj() };
}
var qj = () => {
  const e = {
    string: {
      unit: '\u0441\u0438\u043C\u0432\u043E\u043B\u0456\u0432',
      verb: '\u043C\u0430\u0442\u0438\u043C\u0435',
    },
    file: { unit: '\u0431\u0430\u0439\u0442\u0456\u0432', verb: '\u043C\u0430\u0442\u0438\u043C\u0435' },
    array: {
      unit: '\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0456\u0432',
      verb: '\u043C\u0430\u0442\u0438\u043C\u0435',
    },
    set: {
      unit: '\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0456\u0432',
      verb: '\u043C\u0430\u0442\u0438\u043C\u0435',
    },
    map: {
      unit: '\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0456\u0432',
      verb: '\u043C\u0430\u0442\u0438\u043C\u0435',
    },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456',
      email:
        '\u0430\u0434\u0440\u0435\u0441\u0430 \u0435\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u043E\u0457 \u043F\u043E\u0448\u0442\u0438',
      url: 'URL',
      emoji: '\u0435\u043C\u043E\u0434\u0437\u0456',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: '\u0434\u0430\u0442\u0430 \u0442\u0430 \u0447\u0430\u0441 ISO',
      date: '\u0434\u0430\u0442\u0430 ISO',
      time: '\u0447\u0430\u0441 ISO',
      duration: '\u0442\u0440\u0438\u0432\u0430\u043B\u0456\u0441\u0442\u044C ISO',
      ipv4: '\u0430\u0434\u0440\u0435\u0441\u0430 IPv4',
      ipv6: '\u0430\u0434\u0440\u0435\u0441\u0430 IPv6',
      mac: '\u0430\u0434\u0440\u0435\u0441\u0430 MAC',
      cidrv4: '\u0434\u0456\u0430\u043F\u0430\u0437\u043E\u043D IPv4',
      cidrv6: '\u0434\u0456\u0430\u043F\u0430\u0437\u043E\u043D IPv6',
      base64:
        '\u0440\u044F\u0434\u043E\u043A \u0443 \u043A\u043E\u0434\u0443\u0432\u0430\u043D\u043D\u0456 base64',
      base64url:
        '\u0440\u044F\u0434\u043E\u043A \u0443 \u043A\u043E\u0434\u0443\u0432\u0430\u043D\u043D\u0456 base64url',
      json_string: '\u0440\u044F\u0434\u043E\u043A JSON',
      e164: '\u043D\u043E\u043C\u0435\u0440 E.164',
      credit_card:
        '\u043D\u043E\u043C\u0435\u0440 \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u043E\u0457 \u043A\u0430\u0440\u0442\u043A\u0438',
      currency_code: '\u043A\u043E\u0434 \u0432\u0430\u043B\u044E\u0442\u0438',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456',
    },
    o = { nan: 'NaN', number: '\u0447\u0438\u0441\u043B\u043E', array: '\u043C\u0430\u0441\u0438\u0432' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F instanceof ${r.expected}, \u043E\u0442\u0440\u0438\u043C\u0430\u043D\u043E ${a}`
          : `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F ${i}, \u043E\u0442\u0440\u0438\u043C\u0430\u043D\u043E ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F ${$(r.values[0])}`
          : `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0430 \u043E\u043F\u0446\u0456\u044F: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F \u043E\u0434\u043D\u0435 \u0437 ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `\u0417\u0430\u043D\u0430\u0434\u0442\u043E \u0432\u0435\u043B\u0438\u043A\u0435: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F, \u0449\u043E ${r.origin ?? '\u0437\u043D\u0430\u0447\u0435\u043D\u043D\u044F'} ${s.verb} ${i}${r.maximum.toString()} ${s.unit ?? '\u0435\u043B\u0435\u043C\u0435\u043D\u0442\u0456\u0432'}`
          : `\u0417\u0430\u043D\u0430\u0434\u0442\u043E \u0432\u0435\u043B\u0438\u043A\u0435: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F, \u0449\u043E ${r.origin ?? '\u0437\u043D\u0430\u0447\u0435\u043D\u043D\u044F'} \u0431\u0443\u0434\u0435 ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `\u0417\u0430\u043D\u0430\u0434\u0442\u043E \u043C\u0430\u043B\u0435: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F, \u0449\u043E ${r.origin} ${s.verb} ${i}${r.minimum.toString()} ${s.unit}`
          : `\u0417\u0430\u043D\u0430\u0434\u0442\u043E \u043C\u0430\u043B\u0435: \u043E\u0447\u0456\u043A\u0443\u0454\u0442\u044C\u0441\u044F, \u0449\u043E ${r.origin} \u0431\u0443\u0434\u0435 ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u0440\u044F\u0434\u043E\u043A: \u043F\u043E\u0432\u0438\u043D\u0435\u043D \u043F\u043E\u0447\u0438\u043D\u0430\u0442\u0438\u0441\u044F \u0437 "${i.prefix}"`
          : i.format === 'ends_with'
            ? `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u0440\u044F\u0434\u043E\u043A: \u043F\u043E\u0432\u0438\u043D\u0435\u043D \u0437\u0430\u043A\u0456\u043D\u0447\u0443\u0432\u0430\u0442\u0438\u0441\u044F \u043D\u0430 "${i.suffix}"`
            : i.format === 'includes'
              ? `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u0440\u044F\u0434\u043E\u043A: \u043F\u043E\u0432\u0438\u043D\u0435\u043D \u043C\u0456\u0441\u0442\u0438\u0442\u0438 "${i.includes}"`
              : i.format === 'regex'
                ? `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u0440\u044F\u0434\u043E\u043A: \u043F\u043E\u0432\u0438\u043D\u0435\u043D \u0432\u0456\u0434\u043F\u043E\u0432\u0456\u0434\u0430\u0442\u0438 \u0448\u0430\u0431\u043B\u043E\u043D\u0443 ${i.pattern}`
                : `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0435 \u0447\u0438\u0441\u043B\u043E: \u043F\u043E\u0432\u0438\u043D\u043D\u043E \u0431\u0443\u0442\u0438 \u043A\u0440\u0430\u0442\u043D\u0438\u043C ${r.divisor}`;
      case 'unrecognized_keys':
        return `\u041D\u0435\u0440\u043E\u0437\u043F\u0456\u0437\u043D\u0430\u043D\u0438\u0439 \u043A\u043B\u044E\u0447${r.keys.length > 1 ? '\u0456' : ''}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0438\u0439 \u043A\u043B\u044E\u0447 \u0443 ${r.origin}`;
      case 'invalid_union':
        return '\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456';
      case 'invalid_element':
        return `\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u043D\u044F \u0443 ${r.origin}`;
      default:
        return '\u041D\u0435\u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u0456 \u0432\u0445\u0456\u0434\u043D\u0456 \u0434\u0430\u043D\u0456';
    }
  };
};
function id() {
  return { localeError: qj() };
}
function GA() {
  return id();
}
var Wj = () => {
  const e = {
    string: { unit: '\u062D\u0631\u0648\u0641', verb: '\u06C1\u0648\u0646\u0627' },
    file: { unit: '\u0628\u0627\u0626\u0679\u0633', verb: '\u06C1\u0648\u0646\u0627' },
    array: { unit: '\u0622\u0626\u0679\u0645\u0632', verb: '\u06C1\u0648\u0646\u0627' },
    set: { unit: '\u0622\u0626\u0679\u0645\u0632', verb: '\u06C1\u0648\u0646\u0627' },
    map: { unit: '\u0622\u0626\u0679\u0645\u0632', verb: '\u06C1\u0648\u0646\u0627' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u0627\u0646 \u067E\u0679',
      email: '\u0627\u06CC \u0645\u06CC\u0644 \u0627\u06CC\u0688\u0631\u06CC\u0633',
      url: '\u06CC\u0648 \u0622\u0631 \u0627\u06CC\u0644',
      emoji: '\u0627\u06CC\u0645\u0648\u062C\u06CC',
      uuid: '\u06CC\u0648 \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC',
      uuidv4: '\u06CC\u0648 \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC \u0648\u06CC 4',
      uuidv6: '\u06CC\u0648 \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC \u0648\u06CC 6',
      nanoid: '\u0646\u06CC\u0646\u0648 \u0622\u0626\u06CC \u0688\u06CC',
      guid: '\u062C\u06CC \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC',
      cuid: '\u0633\u06CC \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC',
      cuid2: '\u0633\u06CC \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC 2',
      ulid: '\u06CC\u0648 \u0627\u06CC\u0644 \u0622\u0626\u06CC \u0688\u06CC',
      xid: '\u0627\u06CC\u06A9\u0633 \u0622\u0626\u06CC \u0688\u06CC',
      ksuid: '\u06A9\u06D2 \u0627\u06CC\u0633 \u06CC\u0648 \u0622\u0626\u06CC \u0688\u06CC',
      datetime:
        '\u0622\u0626\u06CC \u0627\u06CC\u0633 \u0627\u0648 \u0688\u06CC\u0679 \u0679\u0627\u0626\u0645',
      date: '\u0622\u0626\u06CC \u0627\u06CC\u0633 \u0627\u0648 \u062A\u0627\u0631\u06CC\u062E',
      time: '\u0622\u0626\u06CC \u0627\u06CC\u0633 \u0627\u0648 \u0648\u0642\u062A',
      duration: '\u0622\u0626\u06CC \u0627\u06CC\u0633 \u0627\u0648 \u0645\u062F\u062A',
      ipv4: '\u0622\u0626\u06CC \u067E\u06CC \u0648\u06CC 4 \u0627\u06CC\u0688\u0631\u06CC\u0633',
      ipv6: '\u0622\u0626\u06CC \u067E\u06CC \u0648\u06CC 6 \u0627\u06CC\u0688\u0631\u06CC\u0633',
      mac: '\u0627\u06CC\u0645 \u0627\u06D2 \u0633\u06CC \u0627\u06CC\u0688\u0631\u06CC\u0633',
      cidrv4: '\u0622\u0626\u06CC \u067E\u06CC \u0648\u06CC 4 \u0631\u06CC\u0646\u062C',
      cidrv6: '\u0622\u0626\u06CC \u067E\u06CC \u0648\u06CC 6 \u0631\u06CC\u0646\u062C',
      base64: '\u0628\u06CC\u0633 64 \u0627\u0646 \u06A9\u0648\u0688\u0688 \u0633\u0679\u0631\u0646\u06AF',
      base64url:
        '\u0628\u06CC\u0633 64 \u06CC\u0648 \u0622\u0631 \u0627\u06CC\u0644 \u0627\u0646 \u06A9\u0648\u0688\u0688 \u0633\u0679\u0631\u0646\u06AF',
      json_string:
        '\u062C\u06D2 \u0627\u06CC\u0633 \u0627\u0648 \u0627\u06CC\u0646 \u0633\u0679\u0631\u0646\u06AF',
      e164: '\u0627\u06CC 164 \u0646\u0645\u0628\u0631',
      credit_card: '\u06A9\u0631\u06CC\u0688\u0679 \u06A9\u0627\u0631\u0688 \u0646\u0645\u0628\u0631',
      currency_code: '\u06A9\u0631\u0646\u0633\u06CC \u06A9\u0648\u0688',
      iban: 'IBAN',
      jwt: '\u062C\u06D2 \u0688\u0628\u0644\u06CC\u0648 \u0679\u06CC',
      template_literal: '\u0627\u0646 \u067E\u0679',
    },
    o = { nan: 'NaN', number: '\u0646\u0645\u0628\u0631', array: '\u0622\u0631\u06D2', null: '\u0646\u0644' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679: instanceof ${r.expected} \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627\u060C ${a} \u0645\u0648\u0635\u0648\u0644 \u06C1\u0648\u0627`
          : `\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679: ${i} \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627\u060C ${a} \u0645\u0648\u0635\u0648\u0644 \u06C1\u0648\u0627`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679: ${$(r.values[0])} \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627`
          : `\u063A\u0644\u0637 \u0622\u067E\u0634\u0646: ${y(r.values, '|')} \u0645\u06CC\u06BA \u0633\u06D2 \u0627\u06CC\u06A9 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `\u0628\u06C1\u062A \u0628\u0691\u0627: ${r.origin ?? '\u0648\u06CC\u0644\u06CC\u0648'} \u06A9\u06D2 ${i}${r.maximum.toString()} ${s.unit ?? '\u0639\u0646\u0627\u0635\u0631'} \u06C1\u0648\u0646\u06D2 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u06D2`
          : `\u0628\u06C1\u062A \u0628\u0691\u0627: ${r.origin ?? '\u0648\u06CC\u0644\u06CC\u0648'} \u06A9\u0627 ${i}${r.maximum.toString()} \u06C1\u0648\u0646\u0627 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `\u0628\u06C1\u062A \u0686\u06BE\u0648\u0679\u0627: ${r.origin} \u06A9\u06D2 ${i}${r.minimum.toString()} ${s.unit} \u06C1\u0648\u0646\u06D2 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u06D2`
          : `\u0628\u06C1\u062A \u0686\u06BE\u0648\u0679\u0627: ${r.origin} \u06A9\u0627 ${i}${r.minimum.toString()} \u06C1\u0648\u0646\u0627 \u0645\u062A\u0648\u0642\u0639 \u062A\u06BE\u0627`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u063A\u0644\u0637 \u0633\u0679\u0631\u0646\u06AF: "${i.prefix}" \u0633\u06D2 \u0634\u0631\u0648\u0639 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`
          : i.format === 'ends_with'
            ? `\u063A\u0644\u0637 \u0633\u0679\u0631\u0646\u06AF: "${i.suffix}" \u067E\u0631 \u062E\u062A\u0645 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`
            : i.format === 'includes'
              ? `\u063A\u0644\u0637 \u0633\u0679\u0631\u0646\u06AF: "${i.includes}" \u0634\u0627\u0645\u0644 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`
              : i.format === 'regex'
                ? `\u063A\u0644\u0637 \u0633\u0679\u0631\u0646\u06AF: \u067E\u06CC\u0679\u0631\u0646 ${i.pattern} \u0633\u06D2 \u0645\u06CC\u0686 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`
                : `\u063A\u0644\u0637 ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `\u063A\u0644\u0637 \u0646\u0645\u0628\u0631: ${r.divisor} \u06A9\u0627 \u0645\u0636\u0627\u0639\u0641 \u06C1\u0648\u0646\u0627 \u0686\u0627\u06C1\u06CC\u06D2`;
      case 'unrecognized_keys':
        return `\u063A\u06CC\u0631 \u062A\u0633\u0644\u06CC\u0645 \u0634\u062F\u06C1 \u06A9\u06CC${r.keys.length > 1 ? '\u0632' : ''}: ${y(r.keys, '\u060C ')}`;
      case 'invalid_key':
        return `${r.origin} \u0645\u06CC\u06BA \u063A\u0644\u0637 \u06A9\u06CC`;
      case 'invalid_union':
        return '\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679';
      case 'invalid_element':
        return `${r.origin} \u0645\u06CC\u06BA \u063A\u0644\u0637 \u0648\u06CC\u0644\u06CC\u0648`;
      default:
        return '\u063A\u0644\u0637 \u0627\u0646 \u067E\u0679';
    }
  };
};
function ZA() {
  return { localeError: Wj() };
}
var Jj = () => {
  const e = {
    string: { unit: 'belgi', verb: 'bo\u2018lishi kerak' },
    file: { unit: 'bayt', verb: 'bo\u2018lishi kerak' },
    array: { unit: 'element', verb: 'bo\u2018lishi kerak' },
    set: { unit: 'element', verb: 'bo\u2018lishi kerak' },
    map: { unit: 'yozuv', verb: 'bo\u2018lishi kerak' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: 'kirish',
      email: 'elektron pochta manzili',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO sana va vaqti',
      date: 'ISO sana',
      time: 'ISO vaqt',
      duration: 'ISO davomiylik',
      ipv4: 'IPv4 manzil',
      ipv6: 'IPv6 manzil',
      mac: 'MAC manzil',
      cidrv4: 'IPv4 diapazon',
      cidrv6: 'IPv6 diapazon',
      base64: 'base64 kodlangan satr',
      base64url: 'base64url kodlangan satr',
      json_string: 'JSON satr',
      e164: 'E.164 raqam',
      credit_card: 'kredit karta raqami',
      currency_code: 'valyuta kodi',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'kirish',
    },
    o = { nan: 'NaN', number: 'raqam', array: 'massiv' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `Noto\u2018g\u2018ri kirish: kutilgan instanceof ${r.expected}, qabul qilingan ${a}`
          : `Noto\u2018g\u2018ri kirish: kutilgan ${i}, qabul qilingan ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `Noto\u2018g\u2018ri kirish: kutilgan ${$(r.values[0])}`
          : `Noto\u2018g\u2018ri variant: quyidagilardan biri kutilgan ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `Juda katta: kutilgan ${r.origin ?? 'qiymat'} ${i}${r.maximum.toString()} ${s.unit} ${s.verb}`
          : `Juda katta: kutilgan ${r.origin ?? 'qiymat'} ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `Juda kichik: kutilgan ${r.origin} ${i}${r.minimum.toString()} ${s.unit} ${s.verb}`
          : `Juda kichik: kutilgan ${r.origin} ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Noto\u2018g\u2018ri satr: "${i.prefix}" bilan boshlanishi kerak`
          : i.format === 'ends_with'
            ? `Noto\u2018g\u2018ri satr: "${i.suffix}" bilan tugashi kerak`
            : i.format === 'includes'
              ? `Noto\u2018g\u2018ri satr: "${i.includes}" ni o\u2018z ichiga olishi kerak`
              : i.format === 'regex'
                ? `Noto\u2018g\u2018ri satr: ${i.pattern} shabloniga mos kelishi kerak`
                : `Noto\u2018g\u2018ri ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `Noto\u2018g\u2018ri raqam: ${r.divisor} ning karralisi bo\u2018lishi kerak`;
      case 'unrecognized_keys':
        return `Noma\u2019lum kalit${r.keys.length > 1 ? 'lar' : ''}: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `${r.origin} dagi kalit noto\u2018g\u2018ri`;
      case 'invalid_union':
        return 'Noto\u2018g\u2018ri kirish';
      case 'invalid_element':
        return `${r.origin} da noto\u2018g\u2018ri qiymat`;
      default:
        return 'Noto\u2018g\u2018ri kirish';
    }
  };
};
function HA() {
  return { localeError: Jj() };
}
var Xj = () => {
  const e = {
    string: { unit: 'k\xFD t\u1EF1', verb: 'c\xF3' },
    file: { unit: 'byte', verb: 'c\xF3' },
    array: { unit: 'ph\u1EA7n t\u1EED', verb: 'c\xF3' },
    set: { unit: 'ph\u1EA7n t\u1EED', verb: 'c\xF3' },
    map: { unit: 'ph\u1EA7n t\u1EED', verb: 'c\xF3' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u0111\u1EA7u v\xE0o',
      email: '\u0111\u1ECBa ch\u1EC9 email',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ng\xE0y gi\u1EDD ISO',
      date: 'ng\xE0y ISO',
      time: 'gi\u1EDD ISO',
      duration: 'kho\u1EA3ng th\u1EDDi gian ISO',
      ipv4: '\u0111\u1ECBa ch\u1EC9 IPv4',
      ipv6: '\u0111\u1ECBa ch\u1EC9 IPv6',
      mac: '\u0111\u1ECBa ch\u1EC9 MAC',
      cidrv4: 'd\u1EA3i IPv4',
      cidrv6: 'd\u1EA3i IPv6',
      base64: 'chu\u1ED7i m\xE3 h\xF3a base64',
      base64url: 'chu\u1ED7i m\xE3 h\xF3a base64url',
      json_string: 'chu\u1ED7i JSON',
      e164: 's\u1ED1 E.164',
      credit_card: 's\u1ED1 th\u1EBB t\xEDn d\u1EE5ng',
      currency_code: 'm\xE3 ti\u1EC1n t\u1EC7',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u0111\u1EA7u v\xE0o',
    },
    o = { nan: 'NaN', number: 's\u1ED1', array: 'm\u1EA3ng' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7: mong \u0111\u1EE3i instanceof ${r.expected}, nh\u1EADn \u0111\u01B0\u1EE3c ${a}`
          : `\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7: mong \u0111\u1EE3i ${i}, nh\u1EADn \u0111\u01B0\u1EE3c ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7: mong \u0111\u1EE3i ${$(r.values[0])}`
          : `T\xF9y ch\u1ECDn kh\xF4ng h\u1EE3p l\u1EC7: mong \u0111\u1EE3i m\u1ED9t trong c\xE1c gi\xE1 tr\u1ECB ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `Qu\xE1 l\u1EDBn: mong \u0111\u1EE3i ${r.origin ?? 'gi\xE1 tr\u1ECB'} ${s.verb} ${i}${r.maximum.toString()} ${s.unit ?? 'ph\u1EA7n t\u1EED'}`
          : `Qu\xE1 l\u1EDBn: mong \u0111\u1EE3i ${r.origin ?? 'gi\xE1 tr\u1ECB'} ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `Qu\xE1 nh\u1ECF: mong \u0111\u1EE3i ${r.origin} ${s.verb} ${i}${r.minimum.toString()} ${s.unit}`
          : `Qu\xE1 nh\u1ECF: mong \u0111\u1EE3i ${r.origin} ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `Chu\u1ED7i kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i b\u1EAFt \u0111\u1EA7u b\u1EB1ng "${i.prefix}"`
          : i.format === 'ends_with'
            ? `Chu\u1ED7i kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i k\u1EBFt th\xFAc b\u1EB1ng "${i.suffix}"`
            : i.format === 'includes'
              ? `Chu\u1ED7i kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i bao g\u1ED3m "${i.includes}"`
              : i.format === 'regex'
                ? `Chu\u1ED7i kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i kh\u1EDBp v\u1EDBi m\u1EABu ${i.pattern}`
                : `${n[i.format] ?? r.format} kh\xF4ng h\u1EE3p l\u1EC7`;
      }
      case 'not_multiple_of':
        return `S\u1ED1 kh\xF4ng h\u1EE3p l\u1EC7: ph\u1EA3i l\xE0 b\u1ED9i s\u1ED1 c\u1EE7a ${r.divisor}`;
      case 'unrecognized_keys':
        return `Kh\xF3a kh\xF4ng \u0111\u01B0\u1EE3c nh\u1EADn d\u1EA1ng: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `Kh\xF3a kh\xF4ng h\u1EE3p l\u1EC7 trong ${r.origin}`;
      case 'invalid_union':
        return '\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7';
      case 'invalid_element':
        return `Gi\xE1 tr\u1ECB kh\xF4ng h\u1EE3p l\u1EC7 trong ${r.origin}`;
      default:
        return '\u0110\u1EA7u v\xE0o kh\xF4ng h\u1EE3p l\u1EC7';
    }
  };
};
function KA() {
  return { localeError: Xj() };
}
var Yj = () => {
  const e = {
    string: { unit: '\u5B57\u7B26', verb: '\u5305\u542B' },
    file: { unit: '\u5B57\u8282', verb: '\u5305\u542B' },
    array: { unit: '\u9879', verb: '\u5305\u542B' },
    set: { unit: '\u9879', verb: '\u5305\u542B' },
    map: { unit: '\u9879', verb: '\u5305\u542B' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u8F93\u5165',
      email: '\u7535\u5B50\u90AE\u4EF6',
      url: 'URL',
      emoji: '\u8868\u60C5\u7B26\u53F7',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO\u65E5\u671F\u65F6\u95F4',
      date: 'ISO\u65E5\u671F',
      time: 'ISO\u65F6\u95F4',
      duration: 'ISO\u65F6\u957F',
      ipv4: 'IPv4\u5730\u5740',
      ipv6: 'IPv6\u5730\u5740',
      mac: 'MAC\u5730\u5740',
      cidrv4: 'IPv4\u7F51\u6BB5',
      cidrv6: 'IPv6\u7F51\u6BB5',
      base64: 'base64\u7F16\u7801\u5B57\u7B26\u4E32',
      base64url: 'base64url\u7F16\u7801\u5B57\u7B26\u4E32',
      json_string: 'JSON\u5B57\u7B26\u4E32',
      e164: 'E.164\u53F7\u7801',
      credit_card: '\u4FE1\u7528\u5361\u53F7',
      currency_code: '\u8D27\u5E01\u4EE3\u7801',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u8F93\u5165',
    },
    o = { nan: 'NaN', number: '\u6570\u5B57', array: '\u6570\u7EC4', null: '\u7A7A\u503C(null)' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `\u65E0\u6548\u8F93\u5165\uFF1A\u671F\u671B instanceof ${r.expected}\uFF0C\u5B9E\u9645\u63A5\u6536 ${a}`
          : `\u65E0\u6548\u8F93\u5165\uFF1A\u671F\u671B ${i}\uFF0C\u5B9E\u9645\u63A5\u6536 ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u65E0\u6548\u8F93\u5165\uFF1A\u671F\u671B ${$(r.values[0])}`
          : `\u65E0\u6548\u9009\u9879\uFF1A\u671F\u671B\u4EE5\u4E0B\u4E4B\u4E00 ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `\u6570\u503C\u8FC7\u5927\uFF1A\u671F\u671B ${r.origin ?? '\u503C'} ${i}${r.maximum.toString()} ${s.unit ?? '\u4E2A\u5143\u7D20'}`
          : `\u6570\u503C\u8FC7\u5927\uFF1A\u671F\u671B ${r.origin ?? '\u503C'} ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `\u6570\u503C\u8FC7\u5C0F\uFF1A\u671F\u671B ${r.origin} ${i}${r.minimum.toString()} ${s.unit}`
          : `\u6570\u503C\u8FC7\u5C0F\uFF1A\u671F\u671B ${r.origin} ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u65E0\u6548\u5B57\u7B26\u4E32\uFF1A\u5FC5\u987B\u4EE5 "${i.prefix}" \u5F00\u5934`
          : i.format === 'ends_with'
            ? `\u65E0\u6548\u5B57\u7B26\u4E32\uFF1A\u5FC5\u987B\u4EE5 "${i.suffix}" \u7ED3\u5C3E`
            : i.format === 'includes'
              ? `\u65E0\u6548\u5B57\u7B26\u4E32\uFF1A\u5FC5\u987B\u5305\u542B "${i.includes}"`
              : i.format === 'regex'
                ? `\u65E0\u6548\u5B57\u7B26\u4E32\uFF1A\u5FC5\u987B\u6EE1\u8DB3\u6B63\u5219\u8868\u8FBE\u5F0F ${i.pattern}`
                : `\u65E0\u6548${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `\u65E0\u6548\u6570\u5B57\uFF1A\u5FC5\u987B\u662F ${r.divisor} \u7684\u500D\u6570`;
      case 'unrecognized_keys':
        return `\u51FA\u73B0\u672A\u77E5\u7684\u952E(key): ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `${r.origin} \u4E2D\u7684\u952E(key)\u65E0\u6548`;
      case 'invalid_union':
        return '\u65E0\u6548\u8F93\u5165';
      case 'invalid_element':
        return `${r.origin} \u4E2D\u5305\u542B\u65E0\u6548\u503C(value)`;
      default:
        return '\u65E0\u6548\u8F93\u5165';
    }
  };
};
function qA() {
  return { localeError: Yj() };
}
var Qj = () => {
  const e = {
    string: { unit: '\u5B57\u5143', verb: '\u64C1\u6709' },
    file: { unit: '\u4F4D\u5143\u7D44', verb: '\u64C1\u6709' },
    array: { unit: '\u9805\u76EE', verb: '\u64C1\u6709' },
    set: { unit: '\u9805\u76EE', verb: '\u64C1\u6709' },
    map: { unit: '\u9805\u76EE', verb: '\u64C1\u6709' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u8F38\u5165',
      email: '\u90F5\u4EF6\u5730\u5740',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO \u65E5\u671F\u6642\u9593',
      date: 'ISO \u65E5\u671F',
      time: 'ISO \u6642\u9593',
      duration: 'ISO \u671F\u9593',
      ipv4: 'IPv4 \u4F4D\u5740',
      ipv6: 'IPv6 \u4F4D\u5740',
      mac: 'MAC \u4F4D\u5740',
      cidrv4: 'IPv4 \u7BC4\u570D',
      cidrv6: 'IPv6 \u7BC4\u570D',
      base64: 'base64 \u7DE8\u78BC\u5B57\u4E32',
      base64url: 'base64url \u7DE8\u78BC\u5B57\u4E32',
      json_string: 'JSON \u5B57\u4E32',
      e164: 'E.164 \u6578\u503C',
      credit_card: '\u4FE1\u7528\u5361\u865F',
      currency_code: '\u8CA8\u5E63\u4EE3\u78BC',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u8F38\u5165',
    },
    o = { nan: 'NaN' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `\u7121\u6548\u7684\u8F38\u5165\u503C\uFF1A\u9810\u671F\u70BA instanceof ${r.expected}\uFF0C\u4F46\u6536\u5230 ${a}`
          : `\u7121\u6548\u7684\u8F38\u5165\u503C\uFF1A\u9810\u671F\u70BA ${i}\uFF0C\u4F46\u6536\u5230 ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\u7121\u6548\u7684\u8F38\u5165\u503C\uFF1A\u9810\u671F\u70BA ${$(r.values[0])}`
          : `\u7121\u6548\u7684\u9078\u9805\uFF1A\u9810\u671F\u70BA\u4EE5\u4E0B\u5176\u4E2D\u4E4B\u4E00 ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `\u6578\u503C\u904E\u5927\uFF1A\u9810\u671F ${r.origin ?? '\u503C'} \u61C9\u70BA ${i}${r.maximum.toString()} ${s.unit ?? '\u500B\u5143\u7D20'}`
          : `\u6578\u503C\u904E\u5927\uFF1A\u9810\u671F ${r.origin ?? '\u503C'} \u61C9\u70BA ${i}${r.maximum.toString()}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `\u6578\u503C\u904E\u5C0F\uFF1A\u9810\u671F ${r.origin} \u61C9\u70BA ${i}${r.minimum.toString()} ${s.unit}`
          : `\u6578\u503C\u904E\u5C0F\uFF1A\u9810\u671F ${r.origin} \u61C9\u70BA ${i}${r.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u7121\u6548\u7684\u5B57\u4E32\uFF1A\u5FC5\u9808\u4EE5 "${i.prefix}" \u958B\u982D`
          : i.format === 'ends_with'
            ? `\u7121\u6548\u7684\u5B57\u4E32\uFF1A\u5FC5\u9808\u4EE5 "${i.suffix}" \u7D50\u5C3E`
            : i.format === 'includes'
              ? `\u7121\u6548\u7684\u5B57\u4E32\uFF1A\u5FC5\u9808\u5305\u542B "${i.includes}"`
              : i.format === 'regex'
                ? `\u7121\u6548\u7684\u5B57\u4E32\uFF1A\u5FC5\u9808\u7B26\u5408\u683C\u5F0F ${i.pattern}`
                : `\u7121\u6548\u7684 ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `\u7121\u6548\u7684\u6578\u5B57\uFF1A\u5FC5\u9808\u70BA ${r.divisor} \u7684\u500D\u6578`;
      case 'unrecognized_keys':
        return `\u7121\u6CD5\u8B58\u5225\u7684\u9375\u503C${r.keys.length > 1 ? '\u5011' : ''}\uFF1A${y(r.keys, '\u3001')}`;
      case 'invalid_key':
        return `${r.origin} \u4E2D\u6709\u7121\u6548\u7684\u9375\u503C`;
      case 'invalid_union':
        return '\u7121\u6548\u7684\u8F38\u5165\u503C';
      case 'invalid_element':
        return `${r.origin} \u4E2D\u6709\u7121\u6548\u7684\u503C`;
      default:
        return '\u7121\u6548\u7684\u8F38\u5165\u503C';
    }
  };
};
function WA() {
  return { localeError: Qj() };
}
var eB = () => {
  const e = {
    string: { unit: '\xE0mi', verb: 'n\xED' },
    file: { unit: 'bytes', verb: 'n\xED' },
    array: { unit: 'nkan', verb: 'n\xED' },
    set: { unit: 'nkan', verb: 'n\xED' },
    map: { unit: 'nkan', verb: 'n\xED' },
  };
  function t(r) {
    return e[r] ?? null;
  }
  const n = {
      regex: '\u1EB9\u0300r\u1ECD \xECb\xE1w\u1ECDl\xE9',
      email: '\xE0d\xEDr\u1EB9\u0301s\xEC \xECm\u1EB9\u0301l\xEC',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: '\xE0k\xF3k\xF2 ISO',
      date: '\u1ECDj\u1ECD\u0301 ISO',
      time: '\xE0k\xF3k\xF2 ISO',
      duration: '\xE0k\xF3k\xF2 t\xF3 p\xE9 ISO',
      ipv4: '\xE0d\xEDr\u1EB9\u0301s\xEC IPv4',
      ipv6: '\xE0d\xEDr\u1EB9\u0301s\xEC IPv6',
      mac: '\xE0d\xEDr\u1EB9\u0301s\xEC MAC',
      cidrv4: '\xE0gb\xE8gb\xE8 IPv4',
      cidrv6: '\xE0gb\xE8gb\xE8 IPv6',
      base64: '\u1ECD\u0300r\u1ECD\u0300 t\xED a k\u1ECD\u0301 n\xED base64',
      base64url: '\u1ECD\u0300r\u1ECD\u0300 base64url',
      json_string: '\u1ECD\u0300r\u1ECD\u0300 JSON',
      e164: 'n\u1ECD\u0301mb\xE0 E.164',
      credit_card: 'n\u1ECDmba kaadi gbese',
      currency_code: 'koodu ow\xF3',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: '\u1EB9\u0300r\u1ECD \xECb\xE1w\u1ECDl\xE9',
    },
    o = { nan: 'NaN', number: 'n\u1ECD\u0301mb\xE0', array: 'akop\u1ECD' };
  return (r) => {
    switch (r.code) {
      case 'invalid_type': {
        const i = o[r.expected] ?? r.expected,
          s = E(r.input),
          a = o[s] ?? s;
        return /^[A-Z]/.test(r.expected)
          ? `\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e: a n\xED l\xE1ti fi instanceof ${r.expected}, \xE0m\u1ECD\u0300 a r\xED ${a}`
          : `\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e: a n\xED l\xE1ti fi ${i}, \xE0m\u1ECD\u0300 a r\xED ${a}`;
      }
      case 'invalid_value':
        return r.values.length === 1
          ? `\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e: a n\xED l\xE1ti fi ${$(r.values[0])}`
          : `\xC0\u1E63\xE0y\xE0n a\u1E63\xEC\u1E63e: yan \u1ECD\u0300kan l\xE1ra ${y(r.values, '|')}`;
      case 'too_big': {
        const i = r.inclusive ? '<=' : '<',
          s = t(r.origin);
        return s
          ? `T\xF3 p\u1ECD\u0300 j\xF9: a n\xED l\xE1ti j\u1EB9\u0301 p\xE9 ${r.origin ?? 'iye'} ${s.verb} ${i}${r.maximum} ${s.unit}`
          : `T\xF3 p\u1ECD\u0300 j\xF9: a n\xED l\xE1ti j\u1EB9\u0301 ${i}${r.maximum}`;
      }
      case 'too_small': {
        const i = r.inclusive ? '>=' : '>',
          s = t(r.origin);
        return s
          ? `K\xE9r\xE9 ju: a n\xED l\xE1ti j\u1EB9\u0301 p\xE9 ${r.origin} ${s.verb} ${i}${r.minimum} ${s.unit}`
          : `K\xE9r\xE9 ju: a n\xED l\xE1ti j\u1EB9\u0301 ${i}${r.minimum}`;
      }
      case 'invalid_format': {
        const i = r;
        return i.format === 'starts_with'
          ? `\u1ECC\u0300r\u1ECD\u0300 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 b\u1EB9\u0300r\u1EB9\u0300 p\u1EB9\u0300l\xFA "${i.prefix}"`
          : i.format === 'ends_with'
            ? `\u1ECC\u0300r\u1ECD\u0300 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 par\xED p\u1EB9\u0300l\xFA "${i.suffix}"`
            : i.format === 'includes'
              ? `\u1ECC\u0300r\u1ECD\u0300 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 n\xED "${i.includes}"`
              : i.format === 'regex'
                ? `\u1ECC\u0300r\u1ECD\u0300 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 b\xE1 \xE0p\u1EB9\u1EB9r\u1EB9 mu ${i.pattern}`
                : `A\u1E63\xEC\u1E63e: ${n[i.format] ?? r.format}`;
      }
      case 'not_multiple_of':
        return `N\u1ECD\u0301mb\xE0 a\u1E63\xEC\u1E63e: gb\u1ECD\u0301d\u1ECD\u0300 j\u1EB9\u0301 \xE8y\xE0 p\xEDp\xEDn ti ${r.divisor}`;
      case 'unrecognized_keys':
        return `B\u1ECDt\xECn\xEC \xE0\xECm\u1ECD\u0300: ${y(r.keys, ', ')}`;
      case 'invalid_key':
        return `B\u1ECDt\xECn\xEC a\u1E63\xEC\u1E63e n\xEDn\xFA ${r.origin}`;
      case 'invalid_union':
        return '\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e';
      case 'invalid_element':
        return `Iye a\u1E63\xEC\u1E63e n\xEDn\xFA ${r.origin}`;
      default:
        return '\xCCb\xE1w\u1ECDl\xE9 a\u1E63\xEC\u1E63e';
    }
  };
};
function JA() {
  return { localeError: eB() };
}
var XA,
  jv = Symbol('ZodOutput'),
  Bv = Symbol('ZodInput'),
  sd = class {
    constructor() {
      (this._map = new WeakMap()), (this._idmap = new Map());
    }
    add(t, ...n) {
      const o = n[0];
      return (this._map.set(t, o), o && typeof o == 'object' && 'id' in o && this._idmap.set(o.id, t), this);
    }
    clear() {
      return ((this._map = new WeakMap()), (this._idmap = new Map()), this);
    }
    remove(t) {
      const n = this._map.get(t);
      return (n && typeof n == 'object' && 'id' in n && this._idmap.delete(n.id), this._map.delete(t), this);
    }
    get(t) {
      const n = t._zod.parent;
      if (n) {
        const o = { ...(this.get(n) ?? {}) };
        delete o.id;
        const r = { ...o, ...this._map.get(t) };
        return Object.keys(r).length ? r : void 0;
      }
      return this._map.get(t);
    }
    has(t) {
      return this._map.has(t);
    }
  };
function ad() {
  return new sd();
}
(XA = globalThis).__zod_globalRegistry ?? (XA.__zod_globalRegistry = ad());
var Te = globalThis.__zod_globalRegistry;
var Me = Symbol.for('zod.compile.invalid'),
  YA = Symbol.for('zod.compile.fallback'),
  At = class extends Error {
    constructor(t = 'z.compile does not support async refinements, transforms, or checks') {
      super(t), (this.name = 'ZodCompileAsyncError');
    }
  },
  B = class extends Error {
    constructor(t, n = !0) {
      super(`z.compile does not support ${t}; this schema must use the runtime parser`),
        (this.name = 'ZodCompileUnsupportedError'),
        (this.islandable = n);
    }
  };
function rB(e, t) {
  try {
    return ud(e, { assertOnly: !0 });
  } catch {
    return t;
  }
}
function Zv(e, t) {
  try {
    const n = ud(e),
      o = cd(e, n);
    return ((o._zod.bag.validator = rB(e, n)), o);
  } catch (n) {
    if (t?.strict) throw n;
    return e;
  }
}
function cd(e, t) {
  if (td(e)) throw new B('a schema whose subtree contains a reference cycle');
  const n = J(e),
    o = e._zod.run,
    r = o.__originalRun ?? o,
    i = (s, a) => {
      if (a?.async || a?.direction === 'backward' || a?.skipChecks || a?.[YA] || (a && rd(a, s.value)))
        return r(s, a);
      const c = t(s.value);
      return c !== Me ? ((s.value = c), s) : (a && (a[YA] = !0), r(s, a));
    };
  return (
    (i.__originalRun = r),
    (n._zod.bag.fallbackRun = r),
    (n._zod.bag.validator = t),
    (n._zod.run = i),
    o.__originalRun || nB(n, e, t),
    n
  );
}
function nB(e, t, n) {
  const o = e,
    r = t;
  if (typeof r.safeParse == 'function') {
    const i = r.safeParse;
    o.safeParse = (s, a) => {
      const c = n(s);
      return c !== Me ? { success: !0, data: c } : i(s, a);
    };
  }
  if (typeof r.parse == 'function') {
    const i = r.parse;
    o.parse = (s, a) => {
      const c = n(s);
      return c !== Me ? c : i(s, a);
    };
  }
}
function ud(e, t) {
  let n = !0;
  try {
    n = td(e);
  } catch {}
  if (n) throw new B('a schema whose subtree contains a reference cycle');
  const o = { constants: new Map(), constantCounter: 0, varCounter: 0, definite: !0 },
    r = new Vn(['input']),
    i = ie(r, o, e, 'input', !t?.assertOnly);
  r.write(i === null ? 'return true;' : `return ${i};`);
  let s = ['INVALID', ...o.constants.keys()],
    a = [Me, ...o.constants.values()],
    c = r.content.join(`
`),
    u = t?.debug
      ? s.length > 0
        ? `// Constants: ${s.join(', ')}
${c}`
        : c
      : '',
    l = Function,
    d = `return (input) => {
${c}
}`,
    p;
  try {
    p = new l(...s, d)(...a);
  } catch (m) {
    throw new B(`this schema (generated code failed to evaluate: ${m.message})`);
  }
  return (t?.debug && (p.code = u), (p.definite = o.definite), p);
}
function O(e, t) {
  for (const [o, r] of e.constants) if (r === t) return o;
  const n = `c${e.constantCounter++}`;
  return (e.constants.set(n, t), n);
}
function Hn(e, t) {
  return ((e.definite = !1), O(e, t));
}
function D(e) {
  return `v${e.varCounter++}`;
}
function oB(e, t) {
  const n = e._zod.run({ value: t, issues: [] }, {});
  if (n && typeof n.then == 'function') return Me;
  const o = n;
  return o.issues.length === 0 ? o.value : Me;
}
function ke(e, t, n, o, r = !0) {
  const i = e.content.length,
    s = t.constants.size,
    a = t.constantCounter,
    c = t.varCounter;
  try {
    return ie(e, t, n, o, r);
  } catch (u) {
    if (!(u instanceof B) || !u.islandable) throw u;
    if (((e.content.length = i), t.constants.size > s)) {
      const l = Array.from(t.constants.keys()).slice(s);
      for (const d of l) t.constants.delete(d);
    }
    return ((t.constantCounter = a), (t.varCounter = c), iB(e, t, n, o));
  }
}
function iB(e, t, n, o) {
  t.definite = !1;
  const r = O(t, n),
    i = O(t, oB),
    s = D(t);
  return (e.write(`const ${s} = ${i}(${r}, ${o});`), e.write(`if (${s} === INVALID) return INVALID;`), s);
}
var sB = new Set(['max_size', 'min_size', 'size_equals', 'max_length', 'min_length', 'length_equals']);
function aB(e, t, n, o) {
  const r = n._zod.def.checks;
  if (!r || r.length === 0) return o;
  let i = o;
  for (const s of r) {
    const a = s._zod.def;
    if (a.when && !sB.has(a.check)) throw new B('check with a custom "when" condition');
    switch (a.check) {
      case 'greater_than':
        cB(e, t, a, i);
        break;
      case 'less_than':
        uB(e, t, a, i);
        break;
      case 'multiple_of':
        lB(e, t, a, i);
        break;
      case 'number_format':
        ok(e, a, i);
        break;
      case 'min_length': {
        const c = zr(a.minimum, 'min_length'),
          u = Fv(e, t, i, `${i}.length >= ${c} && ${i}.length < ${a.minimum * 2}`);
        e.write(`if (${u} < ${c}) return INVALID;`);
        break;
      }
      case 'max_length': {
        const c = zr(a.maximum, 'max_length'),
          u = Fv(e, t, i, `${i}.length > ${c}`);
        e.write(`if (${u} > ${c}) return INVALID;`);
        break;
      }
      case 'length_equals': {
        const c = zr(a.length, 'length_equals'),
          u = Fv(e, t, i, `${i}.length >= ${c} && ${i}.length <= ${a.length * 2}`);
        e.write(`if (${u} !== ${c}) return INVALID;`);
        break;
      }
      case 'min_size':
        e.write(`if (${i}.size < ${zr(a.minimum, 'min_size')}) return INVALID;`);
        break;
      case 'max_size':
        e.write(`if (${i}.size > ${zr(a.maximum, 'max_size')}) return INVALID;`);
        break;
      case 'size_equals':
        e.write(`if (${i}.size !== ${zr(a.size, 'size_equals')}) return INVALID;`);
        break;
      case 'string_format':
        i = ik(e, t, a, i);
        break;
      case 'custom':
        i = hB(e, t, s, i);
        break;
      case 'bigint_format':
        dB(e, a, i);
        break;
      case 'mime_type':
        pB(e, t, a, i);
        break;
      case 'property':
        fB(e, t, a, i);
        break;
      case 'properties':
        mB(e, t, a, i);
        break;
      case 'overwrite': {
        const c = D(t);
        gB(e, t, s, i, c), (i = c);
        break;
      }
      default:
        throw new B(`check type ${a.check}`);
    }
  }
  return i;
}
function Fv(e, t, n, o) {
  const r = O(t, Bn),
    i = D(t);
  return (e.write(`const ${i} = typeof ${n} === "string" && ${o} ? ${r}(${n}) : ${n}.length;`), i);
}
function zr(e, t) {
  if (typeof e != 'number' || !Number.isFinite(e)) throw new B(`${t} bound of type ${typeof e}`);
  return `${e}`;
}
function nk(e, t) {
  if (typeof t == 'bigint') return `${t}n`;
  if (typeof t == 'number') {
    if (Number.isNaN(t)) throw new B('comparison check with NaN bound');
    return `${t}`;
  }
  if (t instanceof Date) {
    if (Number.isNaN(t.getTime())) throw new B('comparison check with Invalid Date bound');
    return O(e, t);
  }
  throw new B(`comparison check bound of type ${typeof t}`);
}
function cB(e, t, n, o) {
  const r = n.inclusive ? '<' : '<=';
  e.write(`if (${o} ${r} ${nk(t, n.value)}) return INVALID;`);
}
function uB(e, t, n, o) {
  const r = n.inclusive ? '>' : '>=';
  e.write(`if (${o} ${r} ${nk(t, n.value)}) return INVALID;`);
}
function lB(e, t, n, o) {
  if (typeof n.value == 'bigint') {
    if (n.value === BigInt(0)) throw new B('multiple_of check with a zero divisor');
    e.write(`if (${o} % ${n.value}n !== 0n) return INVALID;`);
  } else {
    const r = O(t, _s);
    e.write(`if (${r}(${o}, ${zr(n.value, 'multiple_of')}) !== 0) return INVALID;`);
  }
}
function ok(e, t, n) {
  const o = t.format;
  switch (o) {
    case 'safeint':
      e.write(`if (!Number.isSafeInteger(${n})) return INVALID;`);
      break;
    case 'int32':
      e.write(`if (!Number.isInteger(${n}) || ${n} < -2147483648 || ${n} > 2147483647) return INVALID;`);
      break;
    case 'uint32':
      e.write(`if (!Number.isInteger(${n}) || ${n} < 0 || ${n} > 4294967295) return INVALID;`);
      break;
    case 'float32':
      e.write(
        `if (!Number.isFinite(${n}) || ${n} < -3.4028234663852886e38 || ${n} > 3.4028234663852886e38) return INVALID;`,
      );
      break;
    case 'float64':
      e.write(`if (!Number.isFinite(${n})) return INVALID;`);
      break;
    default:
      throw new B(`number format ${o}`);
  }
}
function dB(e, t, n) {
  const o = t.format;
  if (o)
    switch (o) {
      case 'int64':
        e.write(`if (${n} < -9223372036854775808n || ${n} > 9223372036854775807n) return INVALID;`);
        break;
      case 'uint64':
        e.write(`if (${n} < 0n || ${n} > 18446744073709551615n) return INVALID;`);
        break;
      default:
        throw new B(`bigint format ${o}`);
    }
}
function pB(e, t, n, o) {
  const r = n.mime;
  if (r && r.length > 0) {
    const i = O(t, new Set(r));
    e.write(`if (!${i}.has(${o}.type)) return INVALID;`);
  }
}
function mB(e, t, n, o) {
  if (n.when) throw new B('check with a custom "when" condition');
  e.write(`if (${o} == null) return INVALID;`);
  const r = n.shape;
  for (const i of Reflect.ownKeys(r)) {
    const s = typeof i == 'symbol' ? O(t, i) : ze(i),
      a = D(t);
    e.write(`const ${a} = ${o}[${s}];`), ke(e, t, r[i], a, !1);
  }
}
function fB(e, t, n, o) {
  const r = `${o}[${JSON.stringify(n.property)}]`;
  ie(e, t, n.schema, r);
}
function gB(e, t, n, o, r) {
  const i = n._zod.def.tx;
  if (!i) throw new B('overwrite check without a transform function');
  if (Kn(i)) throw new At('z.compile: async overwrite transforms are not supported');
  const s = O(t, i);
  e.write(`const ${r} = ${s}(${o});`);
}
function Vv() {
  throw new Ke();
}
function Hv(e) {
  this.issues.push(e);
}
function hB(e, t, n, o) {
  const r = n._zod.def;
  if (r.fn) {
    if (Kn(r.fn)) throw new At('z.compile: async .refine() predicates are not supported');
    const i = Hn(t, r.fn),
      s = O(t, Vv),
      a = D(t);
    return (
      e.write(`const ${a} = ${i}(${o});`),
      e.write(`if (${a} instanceof Promise) ${s}();`),
      e.write(`if (!${a}) return INVALID;`),
      o
    );
  }
  if (n._zod.check) {
    if (Kn(n._zod.check)) throw new At('z.compile: async .superRefine() / check functions are not supported');
    const i = n._zod.check,
      a = Hn(t, (u) => {
        const l = { value: u, issues: [], addIssue: Hv };
        return (i(l) instanceof Promise && Vv(), l.issues.length === 0 ? l.value : Me);
      }),
      c = D(t);
    return (e.write(`const ${c} = ${a}(${o});`), e.write(`if (${c} === INVALID) return INVALID;`), c);
  }
  throw new B('custom check without a predicate or check function');
}
var vB = new Set([
  'cidrv4',
  'cuid',
  'cuid2',
  'date',
  'datetime',
  'duration',
  'e164',
  'email',
  'emoji',
  'ends_with',
  'guid',
  'includes',
  'ipv4',
  'ksuid',
  'lowercase',
  'mac',
  'nanoid',
  'regex',
  'starts_with',
  'time',
  'ulid',
  'uppercase',
  'uuid',
  'xid',
]);
function ik(e, t, n, o, r = !0) {
  const i = n.format;
  if (i === 'base64') {
    const u = O(t, Ms);
    return (e.write(`if (!${u}(${o})) return INVALID;`), o);
  }
  if (i === 'base64url') {
    const u = O(t, Fl);
    return (e.write(`if (!${u}(${o})) return INVALID;`), o);
  }
  if (i === 'jwt') {
    const u = O(t, Zl),
      l = O(t, n.alg ?? null);
    return (e.write(`if (!${u}(${o}, ${l})) return INVALID;`), o);
  }
  if (i === 'ipv6') {
    const u = O(t, Ls);
    return (e.write(`if (!${u}(${o})) return INVALID;`), o);
  }
  if (i === 'cidrv6') {
    const u = O(t, jl);
    return (e.write(`if (!${u}(${o})) return INVALID;`), o);
  }
  if (i === 'credit_card') {
    const u = O(t, Vl);
    return (e.write(`if (!${u}(${o})) return INVALID;`), o);
  }
  if (i === 'iban') {
    const u = O(t, Gl);
    return (e.write(`if (!${u}(${o})) return INVALID;`), o);
  }
  const s = n;
  if (i === 'url' || i === 'httpurl' || s.normalize || s.hostname !== void 0 || s.protocol !== void 0) {
    const u = O(t, zl),
      l = O(t, n),
      d = D(t),
      p = D(t);
    if (
      (e.write(`const ${d} = ${o}.trim();`),
      e.write(`const ${p} = ${u}(${d}, ${l});`),
      e.write(`if (typeof ${p} === "number") return INVALID;`),
      s.hostname !== void 0)
    ) {
      const g = O(t, Ll);
      e.write(`if (!${g}(${p}, ${l}.hostname)) return INVALID;`);
    }
    if (s.protocol !== void 0) {
      const g = O(t, Ml);
      e.write(`if (!${g}(${p}, ${l}.protocol)) return INVALID;`);
    }
    if (!r) return null;
    const m = D(t),
      f = s.normalize ? `${p}.href` : `${O(t, zs)}(${d})`;
    return (e.write(`const ${m} = ${f};`), m);
  }
  const a = n.fn;
  if (a) {
    if (Kn(a)) throw new B(`async string format ${i}`);
    const u = O(t, a);
    return (e.write(`if (!${u}(${o})) return INVALID;`), o);
  }
  if (vB.has(i) && n.pattern) {
    const u = O(t, n.pattern);
    return (e.write(`${u}.lastIndex = 0;`), e.write(`if (!${u}.test(${o})) return INVALID;`), o);
  }
  const c = n.format;
  switch (c) {
    case 'regex':
      throw new B('regex format without a pattern');
    case 'lowercase':
      e.write(`if (${o} !== ${o}.toLowerCase()) return INVALID;`);
      break;
    case 'uppercase':
      e.write(`if (${o} !== ${o}.toUpperCase()) return INVALID;`);
      break;
    case 'includes':
      e.write(`if (!${o}.includes(${ze(n.includes)})) return INVALID;`);
      break;
    case 'starts_with': {
      const u = n.prefix;
      e.write(`if (${o}.slice(0, ${u.length}) !== ${ze(u)}) return INVALID;`);
      break;
    }
    case 'ends_with': {
      const u = n.suffix;
      e.write(`if (${o}.slice(-${u.length}) !== ${ze(u)}) return INVALID;`);
      break;
    }
    default:
      throw new B(`string format ${c}`);
  }
  return o;
}
function ie(e, t, n, o, r = !0) {
  const i = n._zod.def,
    s = i.type;
  if (i.coerce) throw new B(`coercion (z.coerce.${s}())`);
  let a = r || !!i.checks?.length,
    c;
  switch (s) {
    case 'string':
      c = yB(e, t, n, o, a);
      break;
    case 'number':
      c = _B(e, n, o);
      break;
    case 'boolean':
      c = xB(e, o);
      break;
    case 'bigint':
      c = SB(e, n, o);
      break;
    case 'symbol':
      c = bB(e, o);
      break;
    case 'undefined':
      c = $B(e, o);
      break;
    case 'null':
      c = EB(e, o);
      break;
    case 'any':
    case 'unknown':
      c = o;
      break;
    case 'never':
      e.write('return INVALID;'), (c = o);
      break;
    case 'void':
      c = IB(e, o);
      break;
    case 'nan':
      c = wB(e, o);
      break;
    case 'date':
      c = RB(e, o);
      break;
    case 'object':
      c = TB(e, t, n, o, a);
      break;
    case 'optional':
      c = AB(e, t, n, o, a);
      break;
    case 'nullable':
      c = DB(e, t, n, o, a);
      break;
    case 'array':
      c = CB(e, t, n, o, a);
      break;
    case 'literal':
      c = OB(e, t, n, o);
      break;
    case 'enum':
      c = NB(e, t, n, o);
      break;
    case 'readonly': {
      const u = ek(e, t, n, o),
        l = D(t);
      e.write(`const ${l} = Object.freeze(${u});`), (c = l);
      break;
    }
    case 'success':
      ek(e, t, n, o), (c = 'true');
      break;
    case 'default':
    case 'prefault':
      c = UB(e, t, n, o);
      break;
    case 'nonoptional':
      c = zB(e, t, n, o);
      break;
    case 'tuple':
      c = LB(e, t, n, o);
      break;
    case 'union':
      c = MB(e, t, n, o);
      break;
    case 'intersection':
      c = FB(e, t, n, o);
      break;
    case 'record':
      c = VB(e, t, n, o);
      break;
    case 'map':
      c = ZB(e, t, n, o);
      break;
    case 'set':
      c = HB(e, t, n, o);
      break;
    case 'file':
      c = KB(e, o);
      break;
    case 'template_literal':
      c = qB(e, t, n, o);
      break;
    case 'lazy':
      c = WB(e, t, n, o);
      break;
    case 'pipe':
      c = JB(e, t, n, o);
      break;
    case 'custom':
      c = XB(e, t, n, o);
      break;
    case 'transform':
      c = e3(e, t, n, o);
      break;
    case 'catch':
      c = QB(e, t, n, o);
      break;
    default:
      throw new B(`schema type ${s}`);
  }
  return c === null ? null : aB(e, t, n, c);
}
function yB(e, t, n, o, r = !0) {
  e.write(`if (typeof ${o} !== "string") return INVALID;`);
  const i = n._zod.def;
  return i.format === void 0 ? o : ik(e, t, i, o, r);
}
function _B(e, t, n) {
  e.write(`if (typeof ${n} !== "number" || !Number.isFinite(${n})) return INVALID;`);
  const o = t._zod.def;
  return (o.check === 'number_format' && o.format && ok(e, { format: o.format }, n), n);
}
function xB(e, t) {
  return (e.write(`if (typeof ${t} !== "boolean") return INVALID;`), t);
}
function SB(e, t, n) {
  e.write(`if (typeof ${n} !== "bigint") return INVALID;`);
  const o = t._zod.def;
  if (o.format)
    switch (o.format) {
      case 'int64':
        e.write(`if (${n} < -9223372036854775808n || ${n} > 9223372036854775807n) return INVALID;`);
        break;
      case 'uint64':
        e.write(`if (${n} < 0n || ${n} > 18446744073709551615n) return INVALID;`);
        break;
    }
  return n;
}
function bB(e, t) {
  return (e.write(`if (typeof ${t} !== "symbol") return INVALID;`), t);
}
function $B(e, t) {
  return (e.write(`if (${t} !== undefined) return INVALID;`), t);
}
function EB(e, t) {
  return (e.write(`if (${t} !== null) return INVALID;`), t);
}
function IB(e, t) {
  return (e.write(`if (${t} !== undefined) return INVALID;`), t);
}
function wB(e, t) {
  return (e.write(`if (typeof ${t} !== "number" || !Number.isNaN(${t})) return INVALID;`), t);
}
function RB(e, t) {
  return (e.write(`if (!(${t} instanceof Date) || Number.isNaN(${t}.getTime())) return INVALID;`), t);
}
function TB(e, t, n, o, r = !0) {
  const i = n._zod.def;
  e.write(`if (typeof ${o} !== "object" || ${o} === null || Array.isArray(${o})) return INVALID;`);
  const s = i.shape,
    a = Object.keys(s),
    c = Object.getOwnPropertySymbols(s),
    u = c.length ? [...a, ...c] : a,
    l = (S) => (typeof S == 'symbol' ? O(t, S) : ze(S)),
    d = (S) => (typeof S == 'symbol' ? `[${l(S)}]` : ze(S)),
    p = s;
  if (a.includes('__proto__')) throw new B('object shape key "__proto__"');
  const m = new Map();
  for (const S of u) {
    const R = p[S],
      I = l(S),
      k = D(t);
    if ((e.write(`const ${k} = ${o}[${I}];`), R._zod.optin !== void 0)) {
      const P = D(t);
      e.write(`let ${P} = (() => {`),
        e.indented((j) => {
          const Je = ke(j, t, R, k);
          j.write(`return ${Je};`);
        }),
        e.write('})();'),
        R._zod.optout === 'optional'
          ? (e.write(`if (${P} === INVALID) {`),
            e.indented((j) => {
              j.write(`if (${I} in ${o}) return INVALID;`), j.write(`${P} = undefined;`);
            }),
            e.write('}'))
          : e.write(`if (${P} === INVALID) return INVALID;`),
        m.set(S, P);
    } else {
      PB(R) && e.write(`if (!(${I} in ${o})) return INVALID;`);
      const P = ke(e, t, R, k, r);
      P !== null && m.set(S, P);
    }
  }
  let f = i.catchall,
    g = 'none';
  if (f) {
    const S = f._zod.def.type;
    if (S === 'never') {
      const R = a.map((I) => `k !== ${ze(I)}`).join(' && ') || 'true';
      e.write(`for (const k in ${o}) {`),
        e.indented((I) => {
          I.write(`if (${R}) return INVALID;`);
        }),
        e.write('}');
    } else
      (S === 'unknown' || S === 'any') && !f._zod.def.checks?.length ? (g = 'passthrough') : (g = 'schema');
  }
  const h = D(t),
    x = u.some((S) => QA(p[S]) || Gv(p[S]));
  if (!r) {
    if (g === 'schema') {
      const S = a.length > 0 ? O(t, new Set(a)) : null;
      e.write(`for (const k in ${o}) {`),
        e.indented((R) => {
          R.write('if (k === "__proto__") continue;'), S && R.write(`if (${S}.has(k)) continue;`);
          const I = D(t);
          R.write(`const ${I} = ${o}[k];`), ke(R, t, f, I, !1);
        }),
        e.write('}');
    }
    return null;
  }
  if (x) {
    e.write(`const ${h} = {};`);
    for (const S of u) {
      const R = l(S),
        I = m.get(S);
      Gv(p[S])
        ? e.write(`if (${R} in ${o}) ${h}[${R}] = ${I};`)
        : QA(p[S])
          ? e.write(`if (${I} !== undefined || ${R} in ${o}) ${h}[${R}] = ${I};`)
          : e.write(`${h}[${R}] = ${I};`);
    }
  } else {
    const S = u.map((R) => `${d(R)}: ${m.get(R)}`).join(', ');
    e.write(`const ${h} = { ${S} };`);
  }
  if (g !== 'none') {
    const S = a.length > 0 ? O(t, new Set(a)) : null;
    e.write(`for (const k in ${o}) {`),
      e.indented((R) => {
        if (
          (R.write('if (k === "__proto__") continue;'),
          S && R.write(`if (${S}.has(k)) continue;`),
          g === 'passthrough')
        )
          R.write(`${h}[k] = ${o}[k];`);
        else {
          const I = D(t);
          R.write(`const ${I} = ${o}[k];`);
          const k = ke(R, t, f, I);
          R.write(`${h}[k] = ${k};`);
        }
      }),
      e.write('}');
  }
  return h;
}
function AB(e, t, n, o, r = !0) {
  const i = n._zod.def;
  if (kB(n)) return ie(e, t, i.innerType, o, r);
  if (i.innerType._zod.optin === 'defaulted') {
    const a = D(t),
      c = D(t);
    return (
      e.write(`let ${a};`),
      e.write(`if (${o} === undefined) {`),
      e.indented((u) => {
        u.write(`const ${c} = (() => {`),
          u.indented((l) => {
            const d = ie(l, t, i.innerType, o);
            l.write(`return ${d};`);
          }),
          u.write('})();'),
          u.write(`if (${c} !== INVALID) ${a} = ${c};`);
      }),
      e.write('} else {'),
      e.indented((u) => {
        const l = ie(u, t, i.innerType, o);
        u.write(`${a} = ${l};`);
      }),
      e.write('}'),
      a
    );
  }
  const s = r ? D(t) : null;
  return (
    s && e.write(`let ${s};`),
    e.write(`if (${o} !== undefined) {`),
    e.indented((a) => {
      const c = ie(a, t, i.innerType, o, r);
      s && c !== null && a.write(`${s} = ${c};`);
    }),
    e.write('}'),
    s
  );
}
function kB(e) {
  return e._zod.traits?.has('$ZodExactOptional') === !0;
}
function PB(e) {
  return e._zod.optin === void 0 && Zn(e);
}
function Zn(e) {
  if (e._zod.def.coerce) return !0;
  const t = e._zod.def;
  switch (t.type) {
    case 'any':
    case 'unknown':
    case 'undefined':
    case 'void':
    case 'default':
    case 'prefault':
    case 'transform':
    case 'custom':
    case 'lazy':
      return !0;
    case 'string':
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'symbol':
    case 'null':
    case 'never':
    case 'nan':
    case 'date':
    case 'object':
    case 'array':
    case 'tuple':
    case 'record':
    case 'map':
    case 'set':
    case 'file':
    case 'template_literal':
      return !1;
    case 'nonoptional':
      return t.innerType ? Zn(t.innerType) : !1;
    case 'literal':
      return !!t.values?.includes(void 0);
    case 'enum':
      return !!e._zod.values?.has(void 0);
    case 'optional':
    case 'nullable':
    case 'readonly':
    case 'success':
      return t.innerType ? Zn(t.innerType) : !0;
    case 'catch':
      return !0;
    case 'union':
      return t.options ? t.options.some(Zn) : !0;
    case 'intersection':
      return !t.left || !t.right ? !0 : Zn(t.left) && Zn(t.right);
    case 'pipe':
      return t.in ? Zn(t.in) : !0;
    default:
      return !0;
  }
}
function Gv(e) {
  return e._zod.optin === 'optional' && e._zod.optout === 'optional';
}
function QA(e) {
  return (e._zod.optin !== 'defaulted' || e._zod.optout === 'optional') && qo(e);
}
function qo(e) {
  const t = e._zod.def;
  switch (t.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'symbol':
    case 'null':
    case 'nan':
    case 'date':
    case 'object':
    case 'array':
    case 'tuple':
    case 'record':
    case 'map':
    case 'set':
    case 'file':
    case 'template_literal':
    case 'never':
    case 'success':
      return !1;
    case 'literal':
      return !!t.values?.includes(void 0);
    case 'enum':
      return !!e._zod.values?.has(void 0);
    case 'optional':
      return !0;
    case 'nullable':
    case 'readonly':
    case 'nonoptional':
      return t.innerType ? qo(t.innerType) : !0;
    case 'union':
      return t.options ? t.options.some(qo) : !0;
    case 'intersection':
      return !t.left || !t.right || qo(t.left) || qo(t.right);
    case 'pipe':
      return t.out ? qo(t.out) : !0;
    default:
      return !0;
  }
}
function DB(e, t, n, o, r = !0) {
  const i = n._zod.def,
    s = r ? D(t) : null;
  return (
    s && e.write(`let ${s} = null;`),
    e.write(`if (${o} !== null) {`),
    e.indented((a) => {
      const c = ie(a, t, i.innerType, o, r);
      s && c !== null && a.write(`${s} = ${c};`);
    }),
    e.write('}'),
    s
  );
}
function Kv(e, t, n) {
  for (const [o, r] of Lo(t._zod.def.checks))
    e.write(`if (${n} > ${zr(o, r._zod.def.check)}) return INVALID;`);
}
function CB(e, t, n, o, r = !0) {
  const i = n._zod.def;
  e.write(`if (!Array.isArray(${o})) return INVALID;`), Kv(e, n, `${o}.length`);
  const s = r ? D(t) : null,
    a = D(t),
    c = D(t);
  return (
    s && e.write(`const ${s} = new Array(${o}.length);`),
    e.write(`for (let ${a} = 0; ${a} < ${o}.length; ${a}++) {`),
    e.indented((u) => {
      u.write(`const ${c} = ${o}[${a}];`);
      const l = ke(u, t, i.element, c, r);
      s && l !== null && u.write(`${s}[${a}] = ${l};`);
    }),
    e.write('}'),
    s
  );
}
function OB(e, t, n, o) {
  const i = n._zod.def.values;
  if (i.length !== 1) {
    const a = O(t, new Set(i));
    return (e.write(`if (!${a}.has(${o})) return INVALID;`), o);
  }
  const s = i[0];
  if (typeof s == 'number' && Number.isNaN(s)) {
    const a = O(t, new Set(i));
    return (e.write(`if (!${a}.has(${o})) return INVALID;`), o);
  }
  if (typeof s == 'string') e.write(`if (${o} !== ${ze(s)}) return INVALID;`);
  else if (typeof s == 'number' || typeof s == 'boolean') e.write(`if (${o} !== ${s}) return INVALID;`);
  else if (s === null) e.write(`if (${o} !== null) return INVALID;`);
  else if (s === void 0) e.write(`if (${o} !== undefined) return INVALID;`);
  else if (typeof s == 'bigint') e.write(`if (${o} !== ${s}n) return INVALID;`);
  else throw new B(`literal type ${typeof s}`);
  return o;
}
function NB(e, t, n, o) {
  const r = n._zod.values;
  if (!r) throw new B('enum schema without enumerated values');
  const i = O(t, r);
  return (e.write(`if (!${i}.has(${o})) return INVALID;`), o);
}
function ek(e, t, n, o) {
  const r = n._zod.def;
  return ie(e, t, r.innerType, o);
}
function UB(e, t, n, o) {
  const r = n._zod.def,
    s = Object.getOwnPropertyDescriptor(n._zod.def, 'defaultValue') ? () => n._zod.def.defaultValue : void 0;
  if (n._zod.def.type === 'prefault') {
    if (!s) return ie(e, t, r.innerType, o);
    const c = O(t, s),
      u = D(t);
    return (
      e.write(`let ${u} = ${o};`), e.write(`if (${o} === undefined) ${u} = ${c}();`), ie(e, t, r.innerType, u)
    );
  }
  const a = D(t);
  if (s) {
    const c = O(t, s),
      u = O(t, xs);
    e.write(`let ${a};`),
      e.write(`if (${o} === undefined) {`),
      e.indented((l) => {
        l.write(`${a} = ${u}(${c}());`);
      }),
      e.write('} else {'),
      e.indented((l) => {
        const d = ie(l, t, r.innerType, o);
        l.write(`${a} = ${d} === undefined ? ${u}(${c}()) : ${d};`);
      }),
      e.write('}');
  } else
    e.write(`let ${a};`),
      e.write(`if (${o} !== undefined) {`),
      e.indented((c) => {
        const u = ie(c, t, r.innerType, o);
        c.write(`${a} = ${u};`);
      }),
      e.write('}');
  return a;
}
function zB(e, t, n, o) {
  const r = n._zod.def,
    i = ie(e, t, r.innerType, o),
    s = D(t);
  return (e.write(`const ${s} = ${i};`), e.write(`if (${s} === undefined) return INVALID;`), s);
}
function LB(e, t, n, o) {
  const r = n._zod.def,
    i = r.items,
    s = r.rest;
  e.write(`if (!Array.isArray(${o})) return INVALID;`);
  const a = tk(i, 'optin'),
    c = tk(i, 'optout');
  s
    ? e.write(`if (${o}.length < ${a}) return INVALID;`)
    : e.write(`if (${o}.length < ${a} || ${o}.length > ${i.length}) return INVALID;`);
  const u = D(t);
  e.write(`const ${u} = [];`);
  for (let l = 0; l < i.length; l++) {
    const d = i[l];
    if (l >= c)
      e.write(`if (${u}.length === ${l}) {`),
        e.indented((p) => {
          p.write(`if (${l} < ${o}.length) {`),
            p.indented((m) => {
              const f = D(t);
              m.write(`const ${f} = ${o}[${l}];`);
              const g = ke(m, t, d, f);
              m.write(`${u}[${l}] = ${g};`);
            }),
            p.write('} else {'),
            p.indented((m) => {
              if (Gv(d)) {
                m.write(`${u}.length = ${l};`);
                return;
              }
              const f = D(t),
                g = D(t);
              m.write(`const ${f} = undefined;`),
                m.write(`const ${g} = (() => {`),
                m.indented((h) => {
                  const x = ke(h, t, d, f);
                  h.write(`return ${x};`);
                }),
                m.write('})();'),
                m.write(`if (${g} === INVALID || ${g} === undefined) ${u}.length = ${l};`),
                m.write(`else ${u}[${l}] = ${g};`);
            }),
            p.write('}');
        }),
        e.write('}');
    else {
      const p = D(t);
      e.write(`const ${p} = ${o}[${l}];`);
      const m = ke(e, t, d, p);
      e.write(`${u}[${l}] = ${m};`);
    }
  }
  if (s) {
    const l = D(t),
      d = D(t);
    e.write(`for (let ${l} = ${i.length}; ${l} < ${o}.length; ${l}++) {`),
      e.indented((p) => {
        p.write(`const ${d} = ${o}[${l}];`);
        const m = ke(p, t, s, d);
        p.write(`${u}[${l}] = ${m};`);
      }),
      e.write('}');
  }
  return u;
}
function tk(e, t) {
  for (let n = e.length - 1; n >= 0; n--)
    if (!(t === 'optin' ? e[n]._zod.optin !== void 0 : e[n]._zod.optout === 'optional')) return n + 1;
  return 0;
}
function MB(e, t, n, o) {
  const r = n._zod.def,
    i = r.options;
  if (r.discriminator) return jB(e, t, r, o);
  if (r.inclusive === !1) throw new B('exclusive unions (z.xor)');
  if (i.length === 0) return (e.write('return INVALID;'), o);
  if (i.length === 1) return ie(e, t, i[0], o);
  if (i.every((c) => c._zod.def.type === 'literal' && !c._zod.def.checks?.length)) {
    const c = new Set(i.flatMap((l) => l._zod.def.values)),
      u = O(t, c);
    return (e.write(`if (!${u}.has(${o})) return INVALID;`), o);
  }
  const a = D(t);
  e.write(`let ${a};`);
  for (let c = 0; c < i.length; c++) {
    const u = i[c];
    c === 0 ? e.write(`${a} = (() => {`) : e.write(`if (${a} === INVALID) ${a} = (() => {`),
      e.indented((l) => {
        const d = ie(l, t, u, o);
        l.write(`return ${d};`);
      }),
      e.write('})();');
  }
  return (e.write(`if (${a} === INVALID) return INVALID;`), a);
}
function jB(e, t, n, o) {
  if (n.unionFallback) throw new B('discriminated union with unionFallback');
  if (n.options.length === 0) return (e.write('return INVALID;'), o);
  const r = D(t),
    i = D(t);
  e.write(`const ${r} = ${o}?.[${ze(n.discriminator)}];`), e.write(`let ${i};`);
  let s = !0,
    a = new Set();
  for (const c of n.options) {
    const u = c._zod.propValues?.[n.discriminator];
    if (!u || u.size === 0) throw new B('discriminated union option without static discriminator values');
    for (const p of u) {
      if (a.has(p)) throw new B(`duplicate discriminator value ${String(p)}`);
      a.add(p);
    }
    const l = Array.from(u, (p) => BB(t, r, p)),
      d = s ? 'if' : 'else if';
    e.write(`${d} (${l.join(' || ')}) {`),
      e.indented((p) => {
        const m = ie(p, t, c, o);
        p.write(`${i} = ${m};`);
      }),
      e.write('}'),
      (s = !1);
  }
  return (e.write('else { return INVALID; }'), i);
}
function BB(e, t, n) {
  if (typeof n == 'string') return `${t} === ${ze(n)}`;
  if (typeof n == 'number') return Number.isNaN(n) ? `Number.isNaN(${t})` : `${t} === ${n}`;
  if (typeof n == 'boolean') return `${t} === ${n}`;
  if (n === null) return `${t} === null`;
  if (n === void 0) return `${t} === undefined`;
  if (typeof n == 'bigint') return `${t} === ${n}n`;
  if (typeof n == 'symbol') {
    const o = O(e, n);
    return `${t} === ${o}`;
  }
  throw new B(`literal discriminator value ${String(n)}`);
}
function FB(e, t, n, o) {
  const r = n._zod.def;
  t.definite = !1;
  const i = ke(e, t, r.left, o),
    s = ke(e, t, r.right, o),
    a = O(t, Zo),
    c = D(t);
  return (
    e.write(`const ${c} = ${a}(${i}, ${s});`), e.write(`if (!${c}.valid) return INVALID;`), `${c}.data`
  );
}
function VB(e, t, n, o) {
  const r = n._zod.def,
    i = O(t, vt);
  e.write(`if (!${i}(${o})) return INVALID;`);
  const s = D(t),
    a = D(t),
    c = D(t);
  e.write(`const ${s} = {};`);
  const u = r,
    l = u.partial ? void 0 : r.keyType._zod.values;
  if (l) {
    const m = [];
    for (const g of l) {
      if (!(typeof g == 'string' || typeof g == 'number' || typeof g == 'symbol'))
        throw new B(`record key value ${String(g)}`);
      const h = typeof g == 'number' ? g.toString() : g;
      if (h === '__proto__') throw new B('record key "__proto__"');
      m.push(h);
      const x = O(t, g),
        S = ie(e, t, r.keyType, x),
        R = D(t);
      e.write(`const ${R} = ${o}[${GB(t, h)}];`);
      const I = ke(e, t, r.valueType, R);
      e.write(`${s}[${S}] = ${I};`);
    }
    const f = O(t, new Set(m));
    return (
      e.write(`for (const ${a} in ${o}) {`),
      e.indented((g) => {
        g.write(`if (${f}.has(${a})) continue;`),
          u.mode === 'loose'
            ? g.write(`if (${a} !== "__proto__") ${s}[${a}] = ${o}[${a}];`)
            : g.write('return INVALID;');
      }),
      e.write('}'),
      s
    );
  }
  const d = r.keyType._zod.def;
  if (!(d.type === 'string' && d.format === void 0 && !d.coerce && (d.checks?.length ?? 0) === 0)) {
    const m = r.mode === 'loose',
      f = ud(r.keyType);
    f.definite === !1 && (t.definite = !1);
    const g = O(t, f),
      h = O(t, cr),
      x = D(t);
    return (
      rk(e, t, o, a, (S) => {
        S.write(`let ${x} = ${g}(${a});`),
          S.write(
            `if (${x} === INVALID && typeof ${a} === "string" && ${h}.test(${a})) ${x} = ${g}(Number(${a}));`,
          ),
          m
            ? S.write(`if (${x} === INVALID) { ${s}[${a}] = ${o}[${a}]; continue; }`)
            : S.write(`if (${x} === INVALID) return INVALID;`),
          S.write(`if (${x} === "__proto__") continue;`);
        const R = D(t);
        S.write(`const ${R} = ${o}[${a}];`);
        const I = ke(S, t, r.valueType, R);
        S.write(`${s}[${x}] = ${I};`);
      }),
      s
    );
  }
  return (
    rk(
      e,
      t,
      o,
      a,
      (m) => {
        m.write(`const ${c} = ${o}[${a}];`);
        const f = ke(m, t, r.valueType, c);
        m.write(`${s}[${a}] = ${f};`);
      },
      'return INVALID;',
    ),
    s
  );
}
function rk(e, t, n, o, r, i) {
  const s = O(t, Object.prototype.propertyIsEnumerable),
    a = D(t),
    c = D(t),
    u = D(t);
  e.write(`const ${a} = Object.getOwnPropertySymbols(${n});`),
    e.write(`const ${c} = Object.getOwnPropertyNames(${n});`),
    e.write(`for (let ${u} = 0; ${u} < ${c}.length; ${u}++) {`),
    e.indented((l) => {
      l.write(`const ${o} = ${c}[${u}];`),
        l.write(`if (${o} === "__proto__" || !${s}.call(${n}, ${o})) continue;`),
        r(l);
    }),
    e.write('}'),
    e.write(`for (let ${u} = 0; ${u} < ${a}.length; ${u}++) {`),
    e.indented((l) => {
      l.write(`const ${o} = ${a}[${u}];`),
        l.write(`if (!${s}.call(${n}, ${o})) continue;`),
        i ? l.write(i) : r(l);
    }),
    e.write('}');
}
function GB(e, t) {
  return typeof t == 'string' ? ze(t) : O(e, t);
}
function ZB(e, t, n, o) {
  const r = n._zod.def;
  e.write(`if (!(${o} instanceof Map)) return INVALID;`), Kv(e, n, `${o}.size`);
  const i = D(t),
    s = D(t),
    a = D(t);
  return (
    e.write(`const ${i} = new Map();`),
    e.write(`for (const [${s}, ${a}] of ${o}) {`),
    e.indented((c) => {
      const u = ie(c, t, r.keyType, s),
        l = ie(c, t, r.valueType, a);
      c.write(`${i}.set(${u}, ${l});`);
    }),
    e.write('}'),
    i
  );
}
function HB(e, t, n, o) {
  const r = n._zod.def;
  e.write(`if (!(${o} instanceof Set)) return INVALID;`), Kv(e, n, `${o}.size`);
  const i = D(t),
    s = D(t);
  return (
    e.write(`const ${i} = new Set();`),
    e.write(`for (const ${s} of ${o}) {`),
    e.indented((a) => {
      const c = ie(a, t, r.valueType, s);
      a.write(`${i}.add(${c});`);
    }),
    e.write('}'),
    i
  );
}
function KB(e, t) {
  return (e.write(`if (!(${t} instanceof File)) return INVALID;`), t);
}
function qB(e, t, n, o) {
  e.write(`if (typeof ${o} !== "string") return INVALID;`);
  const r = n._zod.pattern;
  if (r) {
    const i = O(t, r);
    e.write(`${i}.lastIndex = 0;`), e.write(`if (!${i}.test(${o})) return INVALID;`);
  }
  return o;
}
function WB(e, t, n, o) {
  const r = n._zod.def,
    i = Hn(t, r.getter),
    s = O(t, { parser: null });
  e.write(`if (!${s}.parser) {`),
    e.indented((c) => {
      c.write(`const inner = ${i}();`),
        c.write(`${s}.parser = function(input) {`),
        c.indented((u) => {
          u.write('const result = inner._zod.run({ value: input, issues: [] }, {});'),
            u.write('return result.issues.length === 0 ? result.value : INVALID;');
        }),
        c.write('};');
    }),
    e.write('}');
  const a = D(t);
  return (e.write(`const ${a} = ${s}.parser(${o});`), e.write(`if (${a} === INVALID) return INVALID;`), a);
}
function JB(e, t, n, o) {
  const r = n._zod.def,
    i = ie(e, t, r.in, o);
  if (r.transform) {
    if (Kn(r.transform)) throw new At('z.compile: async transforms in pipes are not supported');
    const s = r.transform,
      c = Hn(t, (l) => {
        const d = { value: l, issues: [], addIssue: Hv },
          p = s(l, d);
        return p instanceof Promise ? Me : d.issues.length === 0 ? p : Me;
      }),
      u = D(t);
    return (
      e.write(`const ${u} = ${c}(${i});`),
      e.write(`if (${u} === INVALID) return INVALID;`),
      ie(e, t, r.out, u)
    );
  } else return ie(e, t, r.out, i);
}
function Kn(e) {
  return (
    typeof e == 'function' &&
    (e.constructor.name === 'AsyncFunction' || e[Symbol.toStringTag] === 'AsyncFunction')
  );
}
function XB(e, t, n, o) {
  const r = n._zod.def;
  if (r.fn) {
    if (Kn(r.fn)) throw new At('z.compile: async custom predicates are not supported');
    const i = Hn(t, r.fn),
      s = O(t, Vv),
      a = D(t);
    e.write(`const ${a} = ${i}(${o});`),
      e.write(`if (${a} instanceof Promise) ${s}();`),
      e.write(`if (!${a}) return INVALID;`);
  } else throw new B('custom schema without a predicate function');
  return o;
}
function YB(e, t, n) {
  const o = e._zod.run({ value: n, issues: [] }, {});
  if (o && typeof o.then == 'function') return Me;
  const r = o;
  return r.issues.length === 0 ? r.value : t();
}
function QB(e, t, n, o) {
  const r = n._zod.def;
  if (!r.catchValue[fl]) throw new B('catch with a callback (only a constant catch value compiles)', !1);
  const i = D(t);
  e.write(`let ${i} = (() => {`),
    e.indented((u) => {
      const l = ke(u, t, r.innerType, o);
      u.write(`return ${l};`);
    }),
    e.write('})();');
  const s = O(t, r.innerType),
    a = Hn(t, r.catchValue),
    c = O(t, YB);
  return (
    e.write(`if (${i} === INVALID) {`),
    e.indented((u) => {
      u.write(`${i} = ${c}(${s}, ${a}, ${o});`), u.write(`if (${i} === INVALID) return INVALID;`);
    }),
    e.write('}'),
    i
  );
}
function e3(e, t, n, o) {
  const r = n._zod.def;
  if (r.transform) {
    if (Kn(r.transform)) throw new At('z.compile: async transforms are not supported');
    const i = r.transform,
      a = Hn(t, (u) => {
        const l = { value: u, issues: [], addIssue: Hv },
          d = i(u, l);
        return d instanceof Promise ? Me : l.issues.length === 0 ? d : Me;
      }),
      c = D(t);
    return (e.write(`const ${c} = ${a}(${o});`), e.write(`if (${c} === INVALID) return INVALID;`), c);
  }
  return o;
}
function ld(e) {
  return (e.checks && (e.checks = [...e.checks]), e);
}
function qv(e, t) {
  return new e(ld({ type: 'string', ...w(t) }));
}
function Wv(e, t) {
  return new e(ld({ type: 'string', coerce: !0, ...w(t) }));
}
function dd(e, t) {
  return new e({ type: 'string', format: 'email', check: 'string_format', abort: !1, ...w(t) });
}
function pd(e, t) {
  return new e({ type: 'string', format: 'guid', check: 'string_format', abort: !1, ...w(t) });
}
function md(e, t) {
  return new e({ type: 'string', format: 'uuid', check: 'string_format', abort: !1, ...w(t) });
}
function fd(e, t) {
  return new e({ type: 'string', format: 'uuid', check: 'string_format', abort: !1, version: 'v4', ...w(t) });
}
function gd(e, t) {
  return new e({ type: 'string', format: 'uuid', check: 'string_format', abort: !1, version: 'v6', ...w(t) });
}
function hd(e, t) {
  return new e({ type: 'string', format: 'uuid', check: 'string_format', abort: !1, version: 'v7', ...w(t) });
}
function Js(e, t) {
  return new e({ type: 'string', format: 'url', check: 'string_format', abort: !1, ...w(t) });
}
function vd(e, t) {
  return new e({ type: 'string', format: 'emoji', check: 'string_format', abort: !1, ...w(t) });
}
function yd(e, t) {
  return new e({ type: 'string', format: 'nanoid', check: 'string_format', abort: !1, ...w(t) });
}
function _d(e, t) {
  return new e({ type: 'string', format: 'cuid', check: 'string_format', abort: !1, ...w(t) });
}
function xd(e, t) {
  return new e({ type: 'string', format: 'cuid2', check: 'string_format', abort: !1, ...w(t) });
}
function Sd(e, t) {
  return new e({ type: 'string', format: 'ulid', check: 'string_format', abort: !1, ...w(t) });
}
function bd(e, t) {
  return new e({ type: 'string', format: 'xid', check: 'string_format', abort: !1, ...w(t) });
}
function $d(e, t) {
  return new e({ type: 'string', format: 'ksuid', check: 'string_format', abort: !1, ...w(t) });
}
function Ed(e, t) {
  return new e({ type: 'string', format: 'ipv4', check: 'string_format', abort: !1, ...w(t) });
}
function Id(e, t) {
  return new e({ type: 'string', format: 'ipv6', check: 'string_format', abort: !1, ...w(t) });
}
function Jv(e, t) {
  return new e({ type: 'string', format: 'mac', check: 'string_format', abort: !1, ...w(t) });
}
function wd(e, t) {
  return new e({ type: 'string', format: 'cidrv4', check: 'string_format', abort: !1, ...w(t) });
}
function Rd(e, t) {
  return new e({ type: 'string', format: 'cidrv6', check: 'string_format', abort: !1, ...w(t) });
}
function Td(e, t) {
  return new e({ type: 'string', format: 'base64', check: 'string_format', abort: !1, ...w(t) });
}
function Ad(e, t) {
  return new e({ type: 'string', format: 'base64url', check: 'string_format', abort: !1, ...w(t) });
}
function kd(e, t) {
  return new e({ type: 'string', format: 'e164', check: 'string_format', abort: !1, ...w(t) });
}
function Xv(e, t) {
  return new e({ type: 'string', format: 'credit_card', check: 'string_format', abort: !1, ...w(t) });
}
function Yv(e, t) {
  return new e({ type: 'string', format: 'iban', check: 'string_format', abort: !1, ...w(t) });
}
function Pd(e, t) {
  return new e({ type: 'string', format: 'jwt', check: 'string_format', abort: !1, ...w(t) });
}
var Qv = { Any: null, Minute: -1, Second: 0, Millisecond: 3, Microsecond: 6 };
function Xs(e, t) {
  return new e({
    type: 'string',
    format: 'datetime',
    check: 'string_format',
    offset: !1,
    local: !1,
    precision: null,
    ...w(t),
  });
}
function Ys(e, t) {
  return new e({ type: 'string', format: 'date', check: 'string_format', ...w(t) });
}
function Qs(e, t) {
  return new e({ type: 'string', format: 'time', check: 'string_format', precision: null, ...w(t) });
}
function ea(e, t) {
  return new e({ type: 'string', format: 'duration', check: 'string_format', ...w(t) });
}
function ey(e, t) {
  return new e(ld({ type: 'number', checks: [], ...w(t) }));
}
function ty(e, t) {
  return new e(ld({ type: 'number', coerce: !0, checks: [], ...w(t) }));
}
function ry(e, t) {
  return new e({ type: 'number', check: 'number_format', abort: !1, format: 'safeint', ...w(t) });
}
function ny(e, t) {
  return new e({ type: 'number', check: 'number_format', abort: !1, format: 'float32', ...w(t) });
}
function oy(e, t) {
  return new e({ type: 'number', check: 'number_format', abort: !1, format: 'float64', ...w(t) });
}
function iy(e, t) {
  return new e({ type: 'number', check: 'number_format', abort: !1, format: 'int32', ...w(t) });
}
function sy(e, t) {
  return new e({ type: 'number', check: 'number_format', abort: !1, format: 'uint32', ...w(t) });
}
function ay(e, t) {
  return new e({ type: 'boolean', ...w(t) });
}
function cy(e, t) {
  return new e({ type: 'boolean', coerce: !0, ...w(t) });
}
function uy(e, t) {
  return new e({ type: 'bigint', ...w(t) });
}
function ly(e, t) {
  return new e({ type: 'bigint', coerce: !0, ...w(t) });
}
function dy(e, t) {
  return new e({ type: 'bigint', check: 'bigint_format', abort: !1, format: 'int64', ...w(t) });
}
function py(e, t) {
  return new e({ type: 'bigint', check: 'bigint_format', abort: !1, format: 'uint64', ...w(t) });
}
function my(e, t) {
  return new e({ type: 'symbol', ...w(t) });
}
function fy(e, t) {
  return new e({ type: 'undefined', ...w(t) });
}
function gy(e, t) {
  return new e({ type: 'null', ...w(t) });
}
function hy(e) {
  return new e({ type: 'any' });
}
function vy(e) {
  return new e({ type: 'unknown' });
}
function yy(e, t) {
  return new e({ type: 'never', ...w(t) });
}
function _y(e, t) {
  return new e({ type: 'void', ...w(t) });
}
function xy(e, t) {
  return new e({ type: 'date', ...w(t) });
}
function Sy(e, t) {
  return new e({ type: 'date', coerce: !0, ...w(t) });
}
function by(e, t) {
  return new e({ type: 'nan', ...w(t) });
}
function jt(e, t) {
  return new kl({ check: 'less_than', ...w(t), value: e, inclusive: !1 });
}
function at(e, t) {
  return new kl({ check: 'less_than', ...w(t), value: e, inclusive: !0 });
}
function Bt(e, t) {
  return new Pl({ check: 'greater_than', ...w(t), value: e, inclusive: !1 });
}
function ct(e, t) {
  return new Pl({ check: 'greater_than', ...w(t), value: e, inclusive: !0 });
}
function Dd(e) {
  return Bt(0, e);
}
function Cd(e) {
  return jt(0, e);
}
function Od(e) {
  return at(0, e);
}
function Nd(e) {
  return ct(0, e);
}
function Lr(e, t) {
  return new oh({ check: 'multiple_of', ...w(t), value: e });
}
function Mr(e, t) {
  return new ah({ check: 'max_size', ...w(t), maximum: e });
}
function Ft(e, t) {
  return new ch({ check: 'min_size', ...w(t), minimum: e });
}
function qn(e, t) {
  return new uh({ check: 'size_equals', ...w(t), size: e });
}
function Wn(e, t) {
  return new lh({ check: 'max_length', ...w(t), maximum: e });
}
function ur(e, t) {
  return new dh({ check: 'min_length', ...w(t), minimum: e });
}
function Jn(e, t) {
  return new ph({ check: 'length_equals', ...w(t), length: e });
}
function Wo(e, t) {
  return new mh({ check: 'string_format', format: 'regex', ...w(t), pattern: e });
}
function Jo(e) {
  return new fh({ check: 'string_format', format: 'lowercase', ...w(e) });
}
function Xo(e) {
  return new gh({ check: 'string_format', format: 'uppercase', ...w(e) });
}
function Yo(e, t) {
  return new hh({ check: 'string_format', format: 'includes', ...w(t), includes: e });
}
function Qo(e, t) {
  return new vh({ check: 'string_format', format: 'starts_with', ...w(t), prefix: e });
}
function ei(e, t) {
  return new yh({ check: 'string_format', format: 'ends_with', ...w(t), suffix: e });
}
function Ud(e, t, n) {
  return new _h({ check: 'property', property: e, schema: t, ...w(n) });
}
function ti(e, t) {
  return new xh({ check: 'properties', shape: e, ...w(t) });
}
function ri(e, t) {
  return new Sh({ check: 'mime_type', mime: e, ...w(t) });
}
function kt(e) {
  return new bh({ check: 'overwrite', tx: e });
}
function ni(e) {
  return kt((t) => t.normalize(e));
}
function oi() {
  return kt((e) => e.trim());
}
function ii() {
  return kt((e) => e.toLowerCase());
}
function si() {
  return kt((e) => e.toUpperCase());
}
function ai() {
  return kt((e) => sg(e));
}
function $y(e, t, n) {
  return new e({ type: 'array', element: t, ...w(n) });
}
function t3(e, t, n) {
  return new e({ type: 'union', options: t, ...w(n) });
}
function r3(e, t, n) {
  return new e({ type: 'union', options: t, inclusive: !1, ...w(n) });
}
function n3(e, t, n, o) {
  return new e({ type: 'union', options: n, discriminator: t, ...w(o) });
}
function o3(e, t, n) {
  return new e({ type: 'intersection', left: t, right: n });
}
function i3(e, t, n, o) {
  const r = n instanceof U,
    i = r ? o : n,
    s = r ? n : null;
  return new e({ type: 'tuple', items: t, rest: s, ...w(i) });
}
function s3(e, t, n, o) {
  return new e({ type: 'record', keyType: t, valueType: n, ...w(o) });
}
function a3(e, t, n, o) {
  return new e({ type: 'map', keyType: t, valueType: n, ...w(o) });
}
function c3(e, t, n) {
  return new e({ type: 'set', valueType: t, ...w(n) });
}
function u3(e, t, n) {
  const o = Array.isArray(t) ? Object.fromEntries(t.map((r) => [r, r])) : t;
  return new e({ type: 'enum', entries: o, ...w(n) });
}
function l3(e, t, n) {
  return new e({ type: 'enum', entries: t, ...w(n) });
}
function d3(e, t, n) {
  return new e({ type: 'literal', values: Array.isArray(t) ? t : [t], ...w(n) });
}
function Ey(e, t) {
  return new e({ type: 'file', ...w(t) });
}
function p3(e, t) {
  return new e({ type: 'transform', transform: t });
}
function m3(e, t) {
  return new e({ type: 'optional', innerType: t });
}
function f3(e, t) {
  return new e({ type: 'nullable', innerType: t });
}
function g3(e, t, n) {
  return new e({
    type: 'default',
    innerType: t,
    get defaultValue() {
      return typeof n == 'function' ? n() : xs(n);
    },
  });
}
function h3(e, t, n) {
  return new e({ type: 'nonoptional', innerType: t, ...w(n) });
}
function v3(e, t) {
  return new e({ type: 'success', innerType: t });
}
function y3(e, t, n) {
  return new e({ type: 'catch', innerType: t, catchValue: typeof n == 'function' ? n : pg(n) });
}
function _3(e, t, n) {
  return new e({ type: 'pipe', in: t, out: n });
}
function x3(e, t) {
  return new e({ type: 'readonly', innerType: t });
}
function S3(e, t, n) {
  return new e({ type: 'template_literal', parts: t, ...w(n) });
}
function b3(e, t) {
  return new e({ type: 'lazy', getter: t });
}
function $3(e, t) {
  return new e({ type: 'promise', innerType: t });
}
function Iy(e, t, n) {
  const o = w(n);
  return (o.abort ?? (o.abort = !0), new e({ type: 'custom', check: 'custom', fn: t, ...o }));
}
function wy(e, t, n) {
  return new e({ type: 'custom', check: 'custom', fn: t, ...w(n) });
}
function Ry(e, t) {
  const n = sk(
    (o) => (
      (o.addIssue = (r) => {
        if (typeof r == 'string') o.issues.push(Mo(r, o.value, n._zod.def));
        else {
          const i = r;
          i.fatal && (i.continue = !1),
            i.code ?? (i.code = 'custom'),
            'input' in i || (i.input = o.value),
            i.inst ?? (i.inst = n),
            i.continue ?? (i.continue = !n._zod.def.abort),
            o.issues.push(Mo(i));
        }
      }),
      e(o.value, o)
    ),
    t,
  );
  return n;
}
function sk(e, t) {
  const n = new ne({ check: 'custom', ...w(t) });
  return ((n._zod.check = e), n);
}
function Ty(e) {
  const t = new ne({ check: 'describe' });
  return (
    (t._zod.onattach = [
      (n) => {
        const o = Te.get(n) ?? {};
        Te.add(n, { ...o, description: e });
      },
    ]),
    (t._zod.check = () => {}),
    t
  );
}
function Ay(e) {
  const t = new ne({ check: 'meta' });
  return (
    (t._zod.onattach = [
      (n) => {
        const o = Te.get(n) ?? {};
        Te.add(n, { ...o, ...e });
      },
    ]),
    (t._zod.check = () => {}),
    t
  );
}
function ky(e, t) {
  let n = w(t),
    o = n.truthy ?? ['true', '1', 'yes', 'on', 'y', 'enabled'],
    r = n.falsy ?? ['false', '0', 'no', 'off', 'n', 'disabled'];
  n.case !== 'sensitive' &&
    ((o = o.map((m) => (typeof m == 'string' ? m.toLowerCase() : m))),
    (r = r.map((m) => (typeof m == 'string' ? m.toLowerCase() : m))));
  const i = new Set(o),
    s = new Set(r),
    a = e.Codec ?? Vs,
    c = e.Boolean ?? Bs,
    u = e.String ?? Gn,
    l = new u({ type: 'string', error: n.error }),
    d = new c({ type: 'boolean', error: n.error }),
    p = new a({
      type: 'pipe',
      in: l,
      out: d,
      transform: (m, f) => {
        let g = m;
        return (
          n.case !== 'sensitive' && (g = g.toLowerCase()),
          i.has(g)
            ? !0
            : s.has(g)
              ? !1
              : (f.issues.push({
                  code: 'invalid_value',
                  expected: 'stringbool',
                  values: [...i, ...s],
                  input: f.value,
                  inst: p,
                  continue: !1,
                }),
                {})
        );
      },
      reverseTransform: (m, f) => (m === !0 ? o[0] || 'true' : r[0] || 'false'),
      error: n.error,
    });
  return ((p._zod.bag.truthy = o), (p._zod.bag.falsy = r), (p._zod.bag.case = n.case ?? 'insensitive'), p);
}
function Xn(e, t, n, o = {}) {
  const r = w(o),
    i = {
      check: 'string_format',
      type: 'string',
      format: t,
      fn: typeof n == 'function' ? n : (a) => n.test(a),
      ...r,
    };
  return (n instanceof RegExp && (i.pattern = n), new e(i));
}
function ta(e, ...t) {
  for (const n of t)
    for (const o of Reflect.ownKeys(n)) Object.prototype.propertyIsEnumerable.call(n, o) && Re(e, o, n[o]);
  return e;
}
function jr(e) {
  let t = e?.target ?? 'draft-2020-12';
  return (
    t === 'draft-4' && (t = 'draft-04'),
    t === 'draft-7' && (t = 'draft-07'),
    {
      processors: e.processors ?? {},
      metadataRegistry: e?.metadata ?? Te,
      target: t,
      unrepresentable: e?.unrepresentable ?? 'throw',
      override: e?.override ?? (() => {}),
      io: e?.io ?? 'output',
      counter: 0,
      seen: new Map(),
      sharedDefsExtractedFor: void 0,
      sharedEmitDoneFor: void 0,
      cycles: e?.cycles ?? 'ref',
      reused: e?.reused ?? 'inline',
      intersections: [],
      deferred: [],
      external: e?.external ?? void 0,
    }
  );
}
function ve(e, t, n, o, r) {
  const i =
    typeof t.unrepresentable == 'function'
      ? t.unrepresentable({ zodSchema: e, path: o.path, message: r })
      : t.unrepresentable;
  if (i === 'any') return !1;
  if (i === void 0 || i === 'throw') throw new Error(r);
  return (Object.assign(n, i), !0);
}
function Y(e, t, n = { path: [], schemaPath: [] }) {
  var o;
  const r = e._zod.def,
    i = t.seen.get(e);
  if (i) return (i.count++, n.schemaPath.includes(e) && (i.cycle = n.path), i.schema);
  const s = { schema: {}, count: 1, cycle: void 0, path: n.path };
  t.seen.set(e, s), (t.sharedDefsExtractedFor = void 0), (t.sharedEmitDoneFor = void 0);
  const a = e._zod.toJSONSchema?.();
  if (a) s.schema = a;
  else {
    const l = { ...n, schemaPath: [...n.schemaPath, e], path: n.path };
    if (e._zod.processJSONSchema) e._zod.processJSONSchema(t, s.schema, l);
    else {
      const p = s.schema,
        m = t.processors[r.type];
      if (!m) throw new Error(`[toJSONSchema]: Non-representable type encountered: ${r.type}`);
      m(e, t, p, l);
    }
    const d = e._zod.parent;
    d && (s.ref || (s.ref = d), Y(d, t, l), (t.seen.get(d).isParent = !0));
  }
  const c = t.metadataRegistry.get(e);
  return (
    c && ta(s.schema, c),
    t.io === 'input' && je(e) && (delete s.schema.examples, delete s.schema.default),
    t.io === 'input' &&
      '_prefault' in s.schema &&
      ((o = s.schema).default ?? (o.default = s.schema._prefault)),
    delete s.schema._prefault,
    t.seen.get(e).schema
  );
}
function ak(e) {
  return e.replace(/~/g, '~0').replace(/\//g, '~1');
}
function Br(e, t) {
  const n = e.seen.get(t);
  if (!n) throw new Error('Unprocessed schema. This is a bug in Zod.');
  if (e.external && e.sharedDefsExtractedFor === e.external) return;
  const o = new Map();
  for (const s of e.seen.entries()) {
    const a = e.metadataRegistry.get(s[0])?.id;
    if (a) {
      const c = o.get(a);
      if (c && c !== s[0])
        throw new Error(
          `Duplicate schema id "${a}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`,
        );
      o.set(a, s[0]);
    }
  }
  const r = (s) => {
      const a = e.target === 'draft-2020-12' ? '$defs' : 'definitions';
      if (e.external) {
        const d = e.external.registry.get(s[0])?.id,
          p = e.external.uri ?? ((f) => f);
        if (d) return { ref: p(d) };
        const m = s[1].defId ?? s[1].schema.id ?? `schema${e.counter++}`;
        return ((s[1].defId = m), { defId: m, ref: `${p('__shared')}#/${a}/${ak(m)}` });
      }
      const c = '#',
        u = `${c}/${a}/`;
      if (s[1] === n && !s[1].schema.id) return { ref: c };
      const l = s[1].schema.id ?? `__schema${e.counter++}`;
      return { defId: l, ref: u + ak(l) };
    },
    i = (s) => {
      if (s[1].schema.$ref) return;
      const a = s[1],
        { ref: c, defId: u } = r(s);
      (a.def = { ...a.schema }), u && (a.defId = u);
      const l = a.schema;
      for (const d in l) delete l[d];
      l.$ref = c;
    };
  if (e.cycles === 'throw')
    for (const s of e.seen.entries()) {
      const a = s[1];
      if (a.cycle)
        throw new Error(`Cycle detected: #/${a.cycle?.join('/')}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
    }
  for (const s of e.seen.entries()) {
    const a = s[1];
    if (t === s[0]) {
      i(s);
      continue;
    }
    if (e.external) {
      const u = e.external.registry.get(s[0])?.id;
      if (t !== s[0] && u) {
        i(s);
        continue;
      }
    }
    if (e.metadataRegistry.get(s[0])?.id) {
      i(s);
      continue;
    }
    if (a.cycle) {
      i(s);
      continue;
    }
    a.count > 1 && e.reused === 'ref' && i(s);
  }
  e.external && (e.sharedDefsExtractedFor = e.external);
}
function lk(e) {
  const t = e.anyOf;
  if (!Array.isArray(t) || t.length === 0 || e.type !== void 0) return;
  const n = [];
  for (const o of t) {
    if (!o || typeof o != 'object') return;
    lk(o);
    const r = Object.keys(o);
    if (r.length !== 1 || r[0] !== 'type') return;
    const i = o.type;
    for (const s of Array.isArray(i) ? i : [i]) {
      if (typeof s != 'string') return;
      n.includes(s) || n.push(s);
    }
  }
  delete e.anyOf, (e.type = n.length === 1 ? n[0] : n);
}
var dk = new Set(['type', 'properties', 'required', 'additionalProperties']),
  ck = ['oneOf', 'anyOf'];
function uk(e) {
  const t = e.additionalProperties;
  return t === void 0 || t === !1 || typeof t != 'object' || t === null
    ? null
    : Object.keys(t).length
      ? t
      : null;
}
function Py(e) {
  const t = [];
  for (const i of e) {
    if (typeof i != 'object' || i.type !== 'object') return null;
    for (const s in i) if (!dk.has(s)) return null;
    t.push(i);
  }
  const n = {},
    o = new Set();
  for (const i of t) {
    for (const s in i.properties) {
      if (Object.hasOwn(n, s)) continue;
      const a = [];
      for (const u of t) {
        const l = u.properties?.[s] ?? uk(u);
        l != null && (a.some((d) => JSON.stringify(d) === JSON.stringify(l)) || a.push(l));
      }
      const c = a.length === 1 ? a[0] : (Py(a) ?? { allOf: a });
      Re(n, s, c);
    }
    for (const s of i.required ?? []) o.add(s);
  }
  const r = { type: 'object', properties: n };
  if ((o.size && (r.required = [...o]), t.every((i) => i.additionalProperties === !1)))
    r.additionalProperties = !1;
  else {
    const i = [];
    for (const s of t) {
      const a = uk(s);
      a && !i.some((c) => JSON.stringify(c) === JSON.stringify(a)) && i.push(a);
    }
    i.length === 1
      ? (r.additionalProperties = i[0])
      : i.length > 1 && (r.additionalProperties = { allOf: i });
  }
  return r;
}
function E3(e) {
  const t = e.allOf;
  if (!Array.isArray(t) || t.length < 2) return;
  for (const r of dk) if (r in e) return;
  let n = t.filter((r) => ck.some((i) => Array.isArray(r[i]))),
    o = null;
  if (!n.length) o = Py(t);
  else {
    const r = n[0],
      i = ck.find((c) => Array.isArray(r[c]));
    if (Object.keys(r).length !== 1) return;
    const s = t.filter((c) => c !== r),
      a = r[i].map((c) => Py([...s, c]));
    if (a.some((c) => !c)) return;
    o = { [i]: a };
  }
  o && (delete e.allOf, ta(e, o));
}
function Fr(e, t) {
  const n = e.seen.get(t);
  if (!n) throw new Error('Unprocessed schema. This is a bug in Zod.');
  const o = (a) => {
    const c = e.seen.get(a);
    if (c.ref === null) return;
    const u = c.def ?? c.schema,
      l = { ...u },
      d = c.ref;
    if (((c.ref = null), d)) {
      o(d);
      const m = e.seen.get(d),
        f = m.schema;
      if (
        (f.$ref && (e.target === 'draft-07' || e.target === 'draft-04' || e.target === 'openapi-3.0')
          ? ((u.allOf = u.allOf ?? []), u.allOf.push(f))
          : ta(u, f),
        ta(u, l),
        a._zod.parent === d)
      )
        for (const h in u) h === '$ref' || h === 'allOf' || h in l || delete u[h];
      if (f.$ref && m.def)
        for (const h in u)
          h === '$ref' ||
            h === 'allOf' ||
            (h in m.def && JSON.stringify(u[h]) === JSON.stringify(m.def[h]) && delete u[h]);
    }
    const p = a._zod.parent;
    if (p && p !== d) {
      o(p);
      const m = e.seen.get(p);
      if (m?.schema.$ref && ((u.$ref = m.schema.$ref), m.def))
        for (const f in u)
          f === '$ref' ||
            f === 'allOf' ||
            (f in m.def && JSON.stringify(u[f]) === JSON.stringify(m.def[f]) && delete u[f]);
    }
    e.override({ zodSchema: a, jsonSchema: u, path: c.path ?? [] });
  };
  if (!e.external || e.sharedEmitDoneFor !== e.external) {
    for (const a of [...e.seen.entries()].reverse()) o(a[0]);
    if (e.target !== 'openapi-3.0') for (const a of e.seen.entries()) lk(a[1].def ?? a[1].schema);
    for (const a of e.deferred) a();
    if (e.intersections.length) {
      const a = new Map();
      for (const c of e.seen.values())
        for (const u of [c.schema, c.def]) {
          const l = u?.allOf;
          if (!Array.isArray(l)) continue;
          const d = a.get(l);
          d ? d.push(u) : a.set(l, [u]);
        }
      for (const c of e.intersections) for (const u of a.get(c) ?? []) E3(u);
    }
  }
  const r = {};
  if (
    (e.target === 'draft-2020-12'
      ? (r.$schema = 'https://json-schema.org/draft/2020-12/schema')
      : e.target === 'draft-07'
        ? (r.$schema = 'http://json-schema.org/draft-07/schema#')
        : e.target === 'draft-04'
          ? (r.$schema = 'http://json-schema.org/draft-04/schema#')
          : e.target,
    e.external?.uri)
  ) {
    const a = e.external.registry.get(t)?.id;
    if (!a) throw new Error('Schema is missing an `id` property');
    r.$id = e.external.uri(a);
  }
  ta(r, n.defId ? n.schema : (n.def ?? n.schema));
  const i = e.metadataRegistry.get(t)?.id;
  i !== void 0 && r.id === i && delete r.id;
  const s = e.external?.defs ?? {};
  if (!e.external || e.sharedEmitDoneFor !== e.external)
    for (const a of e.seen.entries()) {
      const c = a[1];
      c.def && c.defId && (c.def.id === c.defId && delete c.def.id, Re(s, c.defId, c.def));
    }
  e.external && (e.sharedEmitDoneFor = e.external),
    e.external ||
      (Object.keys(s).length > 0 && (e.target === 'draft-2020-12' ? (r.$defs = s) : (r.definitions = s)));
  try {
    const a = JSON.parse(JSON.stringify(r));
    return (
      Object.defineProperty(a, '~standard', {
        value: {
          ...t['~standard'],
          jsonSchema: { input: ci(t, 'input', e.processors), output: ci(t, 'output', e.processors) },
        },
        enumerable: !1,
        writable: !1,
      }),
      a
    );
  } catch {
    throw new Error('Error converting schema to JSON.');
  }
}
function je(e, t) {
  const n = t ?? { seen: new Set() };
  if (n.seen.has(e)) return !1;
  n.seen.add(e);
  const o = e._zod.def;
  if (o.type === 'transform') return !0;
  if (o.type === 'array') return je(o.element, n);
  if (o.type === 'set') return je(o.valueType, n);
  if (o.type === 'lazy') return je(o.getter(), n);
  if (
    o.type === 'promise' ||
    o.type === 'optional' ||
    o.type === 'nonoptional' ||
    o.type === 'nullable' ||
    o.type === 'readonly' ||
    o.type === 'default' ||
    o.type === 'prefault' ||
    o.type === 'catch'
  )
    return je(o.innerType, n);
  if (o.type === 'intersection') return je(o.left, n) || je(o.right, n);
  if (o.type === 'record' || o.type === 'map') return je(o.keyType, n) || je(o.valueType, n);
  if (o.type === 'pipe') return e._zod.traits.has('$ZodCodec') ? !0 : je(o.in, n) || je(o.out, n);
  if (o.type === 'object') {
    for (const r in o.shape) if (je(o.shape[r], n)) return !0;
    return !1;
  }
  if (o.type === 'union') {
    for (const r of o.options) if (je(r, n)) return !0;
    return !1;
  }
  if (o.type === 'tuple') {
    for (const r of o.items) if (je(r, n)) return !0;
    return !!(o.rest && je(o.rest, n));
  }
  return !1;
}
var Dy =
    (e, t = {}) =>
    (n) => {
      const o = jr({ ...n, processors: t });
      return (Y(e, o), Br(o, e), Fr(o, e));
    },
  ci =
    (e, t, n = {}) =>
    (o) => {
      const { libraryOptions: r, target: i } = o ?? {},
        s = jr({ ...(r ?? {}), target: i, io: t, processors: n });
      return (Y(e, s), Br(s, e), Fr(s, e));
    };
var ui = (e, t, n) => {
    (e[t] === void 0 || n > e[t]) && (e[t] = n);
  },
  li = (e, t, n) => {
    (e[t] === void 0 || n < e[t]) && (e[t] = n);
  },
  pk = (e, t) => {
    ui(e, 'minimum', t), li(e, 'maximum', t);
  },
  hk = (e, t) => {
    e.multipleOf ?? (e.multipleOf = []), e.multipleOf.includes(t) || e.multipleOf.push(t);
  },
  vk = (e, t) => {
    e.patterns ?? (e.patterns = new Set()), e.patterns.add(t);
  },
  yk = (e, t) => {
    e.mime = e.mime ? e.mime.filter((n) => t.includes(n)) : [...t];
  },
  _k = (e, t) => {
    (e.format = t), t.includes('int') && (e.isInt = !0);
  },
  mk = (e, t) => ui(e, 'minimum', t.minimum),
  fk = (e, t) => li(e, 'maximum', t.maximum),
  gk = (e) => (t, n) => {
    _k(t, n.format);
    const [o, r] = e[n.format];
    ui(t, 'minimum', o), li(t, 'maximum', r);
  },
  I3 = {
    greater_than: (e, t) => ui(e, t.inclusive ? 'minimum' : 'exclusiveMinimum', t.value),
    less_than: (e, t) => li(e, t.inclusive ? 'maximum' : 'exclusiveMaximum', t.value),
    multiple_of: (e, t) => hk(e, t.value),
    number_format: gk(bs),
    bigint_format: gk($s),
    min_length: mk,
    max_length: fk,
    length_equals: (e, t) => pk(e, t.length),
    min_size: mk,
    max_size: fk,
    size_equals: (e, t) => pk(e, t.size),
    string_format: (e, t) => {
      _k(e, t.format),
        t.pattern && vk(e, t.pattern),
        (t.format === 'base64' || t.format === 'base64url') && (e.contentEncoding = t.format),
        (t.local || t.precision === -1) && (e.laxFormat = !0);
    },
    mime_type: (e, t) => yk(e, t.mime),
  };
function ye(e) {
  const t = {},
    n = e._zod.def,
    o = e._zod.traits.has('$ZodCheck') ? [e, ...(n.checks ?? [])] : (n.checks ?? []);
  for (const i of o) I3[i._zod.def.check]?.(t, i._zod.def);
  const r = e._zod.bag;
  r.minimum !== void 0 && ui(t, 'minimum', r.minimum),
    r.exclusiveMinimum !== void 0 && ui(t, 'exclusiveMinimum', r.exclusiveMinimum),
    r.maximum !== void 0 && li(t, 'maximum', r.maximum),
    r.exclusiveMaximum !== void 0 && li(t, 'exclusiveMaximum', r.exclusiveMaximum),
    r.multipleOf !== void 0 && hk(t, r.multipleOf),
    r.format !== void 0 && (t.format ?? (t.format = r.format), r.format.includes('int') && (t.isInt = !0)),
    r.mime && yk(t, r.mime);
  for (const i of r.patterns ?? []) vk(t, i);
  return t;
}
var w3 = { guid: 'uuid', url: 'uri', datetime: 'date-time', json_string: 'json-string', regex: '' },
  R3 = new Map([
    [Bl, Lg],
    [js, Mg],
  ]),
  xk = (e) => R3.get(e) ?? e,
  Ny = (e, t, n, o) => {
    const r = n;
    r.type = 'string';
    const { minimum: i, maximum: s, format: a, patterns: c, contentEncoding: u, laxFormat: l } = ye(e);
    if (
      (typeof i == 'number' && (r.minLength = i),
      typeof s == 'number' && (r.maxLength = s),
      a &&
        ((r.format = w3[a] ?? a), r.format === '' && delete r.format, (a === 'time' || l) && delete r.format),
      u && (r.contentEncoding = u),
      c && c.size > 0)
    ) {
      const d = [...c].map(xk);
      d.length === 1
        ? (r.pattern = d[0].source)
        : d.length > 1 &&
          (r.allOf = [
            ...d.map((p) => ({
              ...(t.target === 'draft-07' || t.target === 'draft-04' || t.target === 'openapi-3.0'
                ? { type: 'string' }
                : {}),
              pattern: p.source,
            })),
          ]);
    }
  },
  Uy = (e, t, n, o) => {
    const r = n,
      { minimum: i, maximum: s, multipleOf: a, exclusiveMaximum: c, exclusiveMinimum: u, isInt: l } = ye(e);
    r.type = l ? 'integer' : 'number';
    const d = typeof u == 'number' && u >= (i ?? Number.NEGATIVE_INFINITY),
      p = typeof c == 'number' && c <= (s ?? Number.POSITIVE_INFINITY),
      m = t.target === 'draft-04' || t.target === 'openapi-3.0';
    if (
      (d
        ? m
          ? ((r.minimum = u), (r.exclusiveMinimum = !0))
          : (r.exclusiveMinimum = u)
        : typeof i == 'number' && (r.minimum = i),
      p
        ? m
          ? ((r.maximum = c), (r.exclusiveMaximum = !0))
          : (r.exclusiveMaximum = c)
        : typeof s == 'number' && (r.maximum = s),
      a)
    ) {
      const f = new Set();
      for (const x of a)
        Number.isFinite(x) && x !== 0
          ? f.add(Math.abs(x))
          : ve(e, t, r, o, `A multipleOf divisor of ${x} cannot be represented in JSON Schema`);
      const [g, ...h] = f;
      g !== void 0 && (r.multipleOf = g),
        h.length && (r.allOf = [...(r.allOf ?? []), ...h.map((x) => ({ multipleOf: x }))]);
    }
  },
  zy = (e, t, n, o) => {
    n.type = 'boolean';
  },
  Ly = (e, t, n, o) => {
    ve(e, t, n, o, 'BigInt cannot be represented in JSON Schema');
  },
  My = (e, t, n, o) => {
    ve(e, t, n, o, 'Symbols cannot be represented in JSON Schema');
  },
  jy = (e, t, n, o) => {
    t.target === 'openapi-3.0'
      ? ((n.type = 'string'), (n.nullable = !0), (n.enum = [null]))
      : (n.type = 'null');
  },
  By = (e, t, n, o) => {
    ve(e, t, n, o, 'Undefined cannot be represented in JSON Schema');
  },
  Fy = (e, t, n, o) => {
    ve(e, t, n, o, 'Void cannot be represented in JSON Schema');
  },
  Vy = (e, t, n, o) => {
    n.not = {};
  },
  Gy = (e, t, n, o) => {},
  Zy = (e, t, n, o) => {},
  Hy = (e, t, n, o) => {
    ve(e, t, n, o, 'Date cannot be represented in JSON Schema');
  },
  Ky = (e, t, n, o) => {
    const r = e._zod.def,
      i = Oo(r.entries);
    if (i.length === 0) {
      n.not = {};
      return;
    }
    i.every((s) => typeof s == 'number') && (n.type = 'number'),
      i.every((s) => typeof s == 'string') && (n.type = 'string'),
      (n.enum = i);
  },
  qy = (e, t, n, o) => {
    const r = e._zod.def;
    if (r.values.length === 0) {
      n.not = {};
      return;
    }
    const i = [];
    for (const s of r.values)
      if (s === void 0) {
        if (ve(e, t, n, o, 'Literal `undefined` cannot be represented in JSON Schema')) return;
      } else if (typeof s == 'bigint') {
        if (ve(e, t, n, o, 'BigInt literals cannot be represented in JSON Schema')) return;
        i.push(Number(s));
      } else i.push(s);
    if (i.length !== 0)
      if (i.length === 1) {
        const s = i[0];
        (n.type = s === null ? 'null' : typeof s),
          t.target === 'draft-04' || t.target === 'openapi-3.0' ? (n.enum = [s]) : (n.const = s);
      } else
        i.every((s) => typeof s == 'number') && (n.type = 'number'),
          i.every((s) => typeof s == 'string') && (n.type = 'string'),
          i.every((s) => typeof s == 'boolean') && (n.type = 'boolean'),
          i.every((s) => s === null) && (n.type = 'null'),
          (n.enum = i);
  },
  Wy = (e, t, n, o) => {
    ve(e, t, n, o, 'NaN cannot be represented in JSON Schema');
  },
  Jy = (e, t, n, o) => {
    const r = n,
      i = e._zod.pattern;
    if (!i) throw new Error('Pattern not found in template literal');
    (r.type = 'string'), (r.pattern = i.source);
  },
  Xy = (e, t, n, o) => {
    const r = n;
    (r.type = 'string'), (r.format = 'binary'), (r.contentEncoding = 'binary');
    const { minimum: i, maximum: s, mime: a } = ye(e);
    i !== void 0 && (r.minLength = i),
      s !== void 0 && (r.maxLength = s),
      a &&
        (a.length === 0
          ? (r.not = {})
          : a.length === 1
            ? (r.contentMediaType = a[0])
            : (r.anyOf = a.map((c) => ({ contentMediaType: c }))));
  },
  Yy = (e, t, n, o) => {
    n.type = 'boolean';
  },
  Qy = (e, t, n, o) => {
    ve(e, t, n, o, 'Custom types cannot be represented in JSON Schema');
  },
  e_ = (e, t, n, o) => {
    ve(e, t, n, o, 'Function types cannot be represented in JSON Schema');
  },
  t_ = (e, t, n, o) => {
    ve(e, t, n, o, 'Transforms cannot be represented in JSON Schema');
  },
  r_ = (e, t, n, o) => {
    ve(e, t, n, o, 'Map cannot be represented in JSON Schema');
  },
  n_ = (e, t, n, o) => {
    ve(e, t, n, o, 'Set cannot be represented in JSON Schema');
  },
  o_ = (e, t, n, o) => {
    const r = n,
      i = e._zod.def,
      { minimum: s, maximum: a } = ye(e);
    typeof s == 'number' && (r.minItems = s),
      typeof a == 'number' && (r.maxItems = a),
      (r.type = 'array'),
      (r.items = Y(i.element, t, { ...o, path: [...o.path, 'items'] }));
  };
function ra(e) {
  const t = e._zod.def;
  return t.type === 'pipe' && t.in._zod.traits.has('$ZodTransform')
    ? ra(t.out)
    : t.type === 'catch'
      ? ra(t.innerType)
      : e._zod.optin;
}
var i_ = (e, t, n, o) => {
    const r = n,
      i = e._zod.def,
      s = i.shape;
    if (
      Object.getOwnPropertySymbols(s).length &&
      ve(e, t, r, o, 'Symbol keys cannot be represented in JSON Schema')
    )
      return;
    (r.type = 'object'), (r.properties = {});
    for (const u in s) Re(r.properties, u, Y(s[u], t, { ...o, path: [...o.path, 'properties', u] }));
    const c = [];
    for (const u of Object.keys(s)) {
      const l = i.shape[u];
      (t.io === 'input' ? ra(l) === void 0 : l._zod.optout === void 0) && c.push(u);
    }
    c.length > 0 && (r.required = c),
      i.catchall?._zod.def.type === 'never'
        ? (r.additionalProperties = !1)
        : i.catchall
          ? i.catchall &&
            (r.additionalProperties = Y(i.catchall, t, { ...o, path: [...o.path, 'additionalProperties'] }))
          : t.io === 'output' && (r.additionalProperties = !1);
  },
  Ld = (e, t, n, o) => {
    const r = e._zod.def,
      i = r.inclusive === !1,
      s = r.options.map((a, c) => Y(a, t, { ...o, path: [...o.path, i ? 'oneOf' : 'anyOf', c] }));
    i ? (n.oneOf = s) : (n.anyOf = s);
  },
  s_ = (e, t, n, o) => {
    const r = e._zod.def,
      i = Y(r.left, t, { ...o, path: [...o.path, 'allOf', 0] }),
      s = Y(r.right, t, { ...o, path: [...o.path, 'allOf', 1] }),
      a = (u) => 'allOf' in u && Object.keys(u).length === 1,
      c = [...(a(i) ? i.allOf : [i]), ...(a(s) ? s.allOf : [s])];
    (n.allOf = c), t.intersections.push(c);
  },
  a_ = (e, t, n, o) => {
    const r = n,
      i = e._zod.def;
    r.type = 'array';
    let s = t.target === 'draft-2020-12' ? 'prefixItems' : 'items',
      a = t.target === 'draft-2020-12' || t.target === 'openapi-3.0' ? 'items' : 'additionalItems',
      c = i.items.map((g, h) => Y(g, t, { ...o, path: [...o.path, s, h] })),
      u = i.rest
        ? Y(i.rest, t, {
            ...o,
            path: [...o.path, a, ...(t.target === 'openapi-3.0' ? [i.items.length] : [])],
          })
        : null,
      l = i.items.length;
    for (; l > 0; ) {
      const g = i.items[l - 1];
      if (!(t.io === 'input' ? ra(g) !== void 0 : g._zod.optout === 'optional')) break;
      l--;
    }
    const d = i.items.length,
      p = !i.rest;
    t.target === 'draft-2020-12'
      ? ((r.prefixItems = c),
        p ? (r.items = !1) : u && (r.items = u),
        l > 0 && (r.minItems = l),
        p && (r.maxItems = d))
      : t.target === 'openapi-3.0'
        ? ((r.items = { anyOf: c }),
          u && r.items.anyOf.push(u),
          l > 0 && (r.minItems = l),
          p && (r.maxItems = d))
        : ((r.items = c),
          p ? (r.additionalItems = !1) : u && (r.additionalItems = u),
          l > 0 && (r.minItems = l),
          p && (r.maxItems = d));
    const { minimum: m, maximum: f } = ye(e);
    typeof m == 'number' && (r.minItems = m), typeof f == 'number' && (r.maxItems = f);
  };
function Cy(e, t, n) {
  if (t.$ref) {
    if (n.has(t)) return t;
    n.add(t);
    const f = e.get(t)?.def;
    if (!f) return t;
    const g = Cy(e, f, n);
    return g === f ? t : g;
  }
  for (const f of ['anyOf', 'oneOf']) {
    const g = t[f];
    if (!Array.isArray(g)) continue;
    const h = g.map((x) => Cy(e, x, n));
    h.some((x, S) => x !== g[S]) && (t = { ...t, [f]: h });
  }
  const o = Array.isArray(t.type) ? t.type : [t.type],
    r = !o.includes('string') && o.some((f) => f === 'number' || f === 'integer'),
    i = t.enum ?? (t.const !== void 0 ? [t.const] : void 0);
  if (!r && !i?.some((f) => typeof f == 'number')) return t;
  const {
    minimum: s,
    maximum: a,
    exclusiveMinimum: c,
    exclusiveMaximum: u,
    multipleOf: l,
    format: d,
    id: p,
    ...m
  } = t;
  return (
    m.enum
      ? (m.enum = m.enum.map((f) => (typeof f == 'number' ? String(f) : f)))
      : typeof m.const == 'number' && (m.const = String(m.const)),
    r && ((m.type = 'string'), i || (m.pattern = (o.includes('number') ? cr : Cs).source)),
    m
  );
}
var Oy = new WeakMap();
function T3(e) {
  const t = new Map();
  for (const o of e.seen.values()) o.def && !t.has(o.schema) && t.set(o.schema, o);
  const n = new Map();
  for (const o of Oy.get(e) ?? []) {
    const r = e.seen.get(o),
      i = (r?.def ?? r?.schema)?.propertyNames;
    if (!i || i === !0 || n.has(i)) continue;
    const s = Cy(t, i, new Set());
    s !== i && n.set(i, s);
  }
  if (n.size)
    for (const o of e.seen.values())
      for (const r of [o.schema, o.def]) {
        const i = r && n.get(r.propertyNames);
        i && (r.propertyNames = i);
      }
}
var c_ = (e, t, n, o) => {
    const r = n,
      i = e._zod.def;
    r.type = 'object';
    const s = i.keyType,
      a = ye(s).patterns;
    if (i.mode === 'loose' && a && a.size > 0) {
      const l = Y(i.valueType, t, { ...o, path: [...o.path, 'patternProperties', '*'] });
      r.patternProperties = {};
      for (const d of a) Re(r.patternProperties, xk(d).source, l);
    } else {
      if (t.target === 'draft-07' || t.target === 'draft-2020-12') {
        r.propertyNames = Y(i.keyType, t, { ...o, path: [...o.path, 'propertyNames'] });
        let l = Oy.get(t);
        l || ((l = []), Oy.set(t, l), t.deferred.push(() => T3(t))), l.push(e);
      }
      r.additionalProperties = Y(i.valueType, t, { ...o, path: [...o.path, 'additionalProperties'] });
    }
    const c = s._zod.values,
      u = t.io === 'input' && ra(i.valueType) !== void 0;
    if (c && !i.partial && !u) {
      const l = [...c].filter((d) => typeof d == 'string' || typeof d == 'number');
      l.length > 0 && (r.required = l.map(String));
    }
  },
  u_ = (e, t, n, o) => {
    const r = e._zod.def,
      i = Y(r.innerType, t, o),
      s = t.seen.get(e);
    t.target === 'openapi-3.0'
      ? ((s.ref = r.innerType), (n.nullable = !0))
      : (n.anyOf = [i, { type: 'null' }]);
  },
  l_ = (e, t, n, o) => {
    const r = e._zod.def;
    Y(r.innerType, t, o);
    const i = t.seen.get(e);
    i.ref = r.innerType;
  },
  d_ = Symbol();
function Sk(e, t, n, o, r) {
  let i = !1,
    s = JSON.stringify(e, (a, c) => (typeof c != 'bigint' ? c : ((i = !0), null)));
  return i ? (ve(t, n, o, r, 'BigInt defaults cannot be represented in JSON Schema'), d_) : JSON.parse(s);
}
var p_ = (e, t, n, o) => {
    const r = e._zod.def;
    Y(r.innerType, t, o);
    const i = t.seen.get(e);
    i.ref = r.innerType;
    const s = Sk(r.defaultValue, e, t, n, o);
    s !== d_ && (n.default = s);
  },
  m_ = (e, t, n, o) => {
    const r = e._zod.def;
    Y(r.innerType, t, o);
    const i = t.seen.get(e);
    if (((i.ref = r.innerType), t.io !== 'input')) return;
    const s = Sk(r.defaultValue, e, t, n, o);
    s !== d_ && (n._prefault = s);
  },
  f_ = (e, t, n, o) => {
    const r = e._zod.def;
    Y(r.innerType, t, o);
    const i = t.seen.get(e);
    i.ref = r.innerType;
    let s;
    try {
      s = r.catchValue(void 0);
    } catch {
      ve(e, t, n, o, 'Dynamic catch values are not supported in JSON Schema');
      return;
    }
    n.default = s;
  },
  g_ = (e, t, n, o) => {
    const r = e._zod.def,
      i = r.in._zod.traits.has('$ZodTransform'),
      s = t.io === 'input' ? (i ? r.out : r.in) : r.out;
    Y(s, t, o);
    const a = t.seen.get(e);
    a.ref = s;
  },
  h_ = (e, t, n, o) => {
    const r = e._zod.def;
    Y(r.innerType, t, o);
    const i = t.seen.get(e);
    (i.ref = r.innerType), (n.readOnly = !0);
  },
  v_ = (e, t, n, o) => {
    const r = e._zod.def;
    Y(r.innerType, t, o);
    const i = t.seen.get(e);
    i.ref = r.innerType;
  },
  Md = (e, t, n, o) => {
    const r = e._zod.def;
    Y(r.innerType, t, o);
    const i = t.seen.get(e);
    i.ref = r.innerType;
  },
  y_ = (e, t, n, o) => {
    const r = e._zod.innerType;
    Y(r, t, o);
    const i = t.seen.get(e);
    i.ref = r;
  },
  zd = {
    string: Ny,
    number: Uy,
    boolean: zy,
    bigint: Ly,
    symbol: My,
    null: jy,
    undefined: By,
    void: Fy,
    never: Vy,
    any: Gy,
    unknown: Zy,
    date: Hy,
    enum: Ky,
    literal: qy,
    nan: Wy,
    template_literal: Jy,
    file: Xy,
    success: Yy,
    custom: Qy,
    function: e_,
    transform: t_,
    map: r_,
    set: n_,
    array: o_,
    object: i_,
    union: Ld,
    intersection: s_,
    tuple: a_,
    record: c_,
    nullable: u_,
    nonoptional: l_,
    default: p_,
    prefault: m_,
    catch: f_,
    pipe: g_,
    readonly: h_,
    promise: v_,
    optional: Md,
    lazy: y_,
  };
function jd(e, t) {
  if ('_idmap' in e) {
    const o = e,
      r = jr({ ...t, processors: zd }),
      i = {};
    for (const c of o._idmap.entries()) {
      const [u, l] = c;
      Y(l, r);
    }
    const s = {},
      a = { registry: o, uri: t?.uri, defs: i };
    r.external = a;
    for (const c of o._idmap.entries()) {
      const [u, l] = c;
      Br(r, l), Re(s, u, Fr(r, l));
    }
    if (Object.keys(i).length > 0) {
      const c = r.target === 'draft-2020-12' ? '$defs' : 'definitions';
      s.__shared = { [c]: i };
    }
    return { schemas: s };
  }
  const n = jr({ ...t, processors: zd });
  return (Y(e, n), Br(n, e), Fr(n, e));
}
var Bd = class {
  get metadataRegistry() {
    return this.ctx.metadataRegistry;
  }
  get target() {
    return this.ctx.target;
  }
  get unrepresentable() {
    return this.ctx.unrepresentable;
  }
  get override() {
    return this.ctx.override;
  }
  get io() {
    return this.ctx.io;
  }
  get counter() {
    return this.ctx.counter;
  }
  set counter(t) {
    this.ctx.counter = t;
  }
  get seen() {
    return this.ctx.seen;
  }
  constructor(t) {
    let n = t?.target ?? 'draft-2020-12';
    n === 'draft-4' && (n = 'draft-04'),
      n === 'draft-7' && (n = 'draft-07'),
      (this.ctx = jr({
        processors: zd,
        target: n,
        ...(t?.metadata && { metadata: t.metadata }),
        ...(t?.unrepresentable && { unrepresentable: t.unrepresentable }),
        ...(t?.override && { override: t.override }),
        ...(t?.io && { io: t.io }),
      }));
  }
  process(t, n = { path: [], schemaPath: [] }) {
    return Y(t, this.ctx, n);
  }
  emit(t, n) {
    n &&
      (n.cycles && (this.ctx.cycles = n.cycles),
      n.reused && (this.ctx.reused = n.reused),
      n.external && (this.ctx.external = n.external)),
      (this.ctx.sharedDefsExtractedFor = void 0),
      (this.ctx.sharedEmitDoneFor = void 0),
      Br(this.ctx, t);
    const o = Fr(this.ctx, t),
      { '~standard': r, ...i } = o;
    return i;
  }
};
var bk = {};
var yi = {};
Pt(yi, {
  ZodAny: () => j_,
  ZodArray: () => G_,
  ZodBase64: () => sp,
  ZodBase64URL: () => ap,
  ZodBigInt: () => hi,
  ZodBigIntFormat: () => lp,
  ZodBoolean: () => gi,
  ZodCIDRv4: () => op,
  ZodCIDRv6: () => ip,
  ZodCUID: () => Xd,
  ZodCUID2: () => Yd,
  ZodCatch: () => dx,
  ZodCodec: () => pa,
  ZodCreditCard: () => D_,
  ZodCustom: () => ma,
  ZodCustomStringFormat: () => to,
  ZodDate: () => sa,
  ZodDefault: () => ix,
  ZodDiscriminatedUnion: () => H_,
  ZodE164: () => cp,
  ZodEmail: () => Kd,
  ZodEmoji: () => Wd,
  ZodEnum: () => pi,
  ZodExactOptional: () => fp,
  ZodFile: () => tx,
  ZodFunction: () => Sx,
  ZodGUID: () => qd,
  ZodIBAN: () => C_,
  ZodIPv4: () => rp,
  ZodIPv6: () => np,
  ZodISODate: () => Gr,
  ZodISODateTime: () => Vr,
  ZodISODuration: () => Hr,
  ZodISOTime: () => Zr,
  ZodInstanceOf: () => Ex,
  ZodIntersection: () => K_,
  ZodJWT: () => up,
  ZodKSUID: () => tp,
  ZodLazy: () => yx,
  ZodLiteral: () => ex,
  ZodMAC: () => P_,
  ZodMap: () => Y_,
  ZodNaN: () => mx,
  ZodNanoID: () => Jd,
  ZodNever: () => F_,
  ZodNonOptional: () => gp,
  ZodNull: () => L_,
  ZodNullable: () => ox,
  ZodNumber: () => fi,
  ZodNumberFormat: () => ro,
  ZodObject: () => ca,
  ZodOptional: () => la,
  ZodPipe: () => da,
  ZodPrefault: () => ax,
  ZodPreprocess: () => fx,
  ZodPromise: () => xx,
  ZodReadonly: () => gx,
  ZodRecord: () => di,
  ZodSet: () => Q_,
  ZodString: () => mi,
  ZodStringFormat: () => Q,
  ZodSuccess: () => lx,
  ZodSymbol: () => U_,
  ZodTemplateLiteral: () => vx,
  ZodTransform: () => rx,
  ZodTuple: () => W_,
  ZodType: () => z,
  ZodULID: () => Qd,
  ZodURL: () => ia,
  ZodUUID: () => Vt,
  ZodUndefined: () => z_,
  ZodUnion: () => ua,
  ZodUnknown: () => B_,
  ZodVoid: () => V_,
  ZodXID: () => ep,
  ZodXor: () => Z_,
  _ZodString: () => Hd,
  _default: () => sx,
  _function: () => OP,
  any: () => dP,
  array: () => aa,
  base64: () => Zk,
  base64url: () => Hk,
  bigint: () => sP,
  boolean: () => N_,
  catch: () => px,
  check: () => NP,
  cidrv4: () => Vk,
  cidrv6: () => Gk,
  codec: () => kP,
  creditCard: () => qk,
  cuid: () => Nk,
  cuid2: () => Uk,
  currencyCode: () => eP,
  custom: () => UP,
  date: () => mP,
  describe: () => zP,
  discriminatedUnion: () => _P,
  e164: () => Kk,
  email: () => Ik,
  emoji: () => Ck,
  enum: () => pp,
  exactOptional: () => nx,
  file: () => wP,
  float32: () => rP,
  float64: () => nP,
  function: () => OP,
  guid: () => wk,
  hash: () => tP,
  hex: () => Qk,
  hostname: () => Yk,
  httpUrl: () => Dk,
  iban: () => Wk,
  instanceof: () => MP,
  int: () => Gd,
  int32: () => oP,
  int64: () => aP,
  intersection: () => q_,
  invertCodec: () => PP,
  ipv4: () => jk,
  ipv6: () => Fk,
  json: () => BP,
  jwt: () => Jk,
  keyof: () => fP,
  ksuid: () => Mk,
  lazy: () => _x,
  literal: () => IP,
  looseObject: () => vP,
  looseRecord: () => SP,
  mac: () => Bk,
  map: () => bP,
  meta: () => LP,
  nan: () => AP,
  nanoid: () => Ok,
  nativeEnum: () => EP,
  never: () => dp,
  nonoptional: () => ux,
  null: () => M_,
  nullable: () => oa,
  nullish: () => RP,
  number: () => O_,
  object: () => gP,
  optional: () => Qn,
  partialRecord: () => xP,
  pipe: () => Zd,
  prefault: () => cx,
  preprocess: () => FP,
  promise: () => CP,
  readonly: () => hx,
  record: () => X_,
  refine: () => bx,
  set: () => $P,
  strictObject: () => hP,
  string: () => na,
  stringFormat: () => Xk,
  stringbool: () => jP,
  success: () => TP,
  superRefine: () => $x,
  symbol: () => uP,
  templateLiteral: () => DP,
  transform: () => mp,
  tuple: () => J_,
  uint32: () => iP,
  uint64: () => cP,
  ulid: () => zk,
  undefined: () => lP,
  union: () => vi,
  unknown: () => Yn,
  url: () => Pk,
  uuid: () => Rk,
  uuidv4: () => Tk,
  uuidv6: () => Ak,
  uuidv7: () => kk,
  void: () => pP,
  xid: () => Lk,
  xor: () => yP,
});
var Fd = {};
Pt(Fd, {
  endsWith: () => ei,
  gt: () => Bt,
  gte: () => ct,
  includes: () => Yo,
  length: () => Jn,
  lowercase: () => Jo,
  lt: () => jt,
  lte: () => at,
  maxLength: () => Wn,
  maxSize: () => Mr,
  mime: () => ri,
  minLength: () => ur,
  minSize: () => Ft,
  multipleOf: () => Lr,
  negative: () => Cd,
  nonnegative: () => Nd,
  nonpositive: () => Od,
  normalize: () => ni,
  overwrite: () => kt,
  positive: () => Dd,
  properties: () => ti,
  property: () => Ud,
  regex: () => Wo,
  size: () => qn,
  slugify: () => ai,
  startsWith: () => Qo,
  toLowerCase: () => ii,
  toUpperCase: () => si,
  trim: () => oi,
  uppercase: () => Xo,
});
var $k = new WeakSet([Object.prototype, Error.prototype]);
function Vd(e, t, n) {
  Object.defineProperty(e, t, {
    configurable: !0,
    enumerable: !1,
    get() {
      const o = n(this);
      return (Object.defineProperty(this, t, { value: o, configurable: !0, writable: !0 }), o);
    },
    set(o) {
      Object.defineProperty(this, t, { value: o, configurable: !0, writable: !0 });
    },
  });
}
var Ek = (e, t) => {
    yg.init(e, t), (e.name = 'ZodError');
    const n = Object.getPrototypeOf(e);
    $k.has(n) ||
      ($k.add(n),
      Vd(n, 'format', (o) => (r) => As(o, r)),
      Vd(n, 'flatten', (o) => (r) => Ts(o, r)),
      Vd(n, 'addIssue', (o) => (r) => {
        o.issues.push(r), (o.message = JSON.stringify(o.issues, No, 2));
      }),
      Vd(n, 'addIssues', (o) => (r) => {
        o.issues.push(...r), (o.message = JSON.stringify(o.issues, No, 2));
      }),
      Object.defineProperty(n, 'isEmpty', {
        configurable: !0,
        enumerable: !1,
        get() {
          return this.issues.length === 0;
        },
      }));
  },
  k3 = v('ZodError', Ek),
  We = v('ZodError', Ek, void 0, { Parent: Error });
var __ = jo(We),
  x_ = Bo(We),
  S_ = Fo(We),
  b_ = Vo(We),
  $_ = yl(We),
  E_ = _l(We),
  I_ = xl(We),
  w_ = Sl(We),
  R_ = bl(We),
  T_ = $l(We),
  A_ = El(We),
  k_ = Il(We);
function D3() {
  be.localeError || le(nd());
}
function eo() {
  be.memoizer || le({ memoizer: Ks() });
}
var z = v('ZodType', (e, t) => (D3(), U.init(e, t), (e.def = t), (e.type = t.type), e), {
    check(...e) {
      const t = this.def;
      return this.clone(
        b.mergeDefs(t, {
          checks: [
            ...(t.checks ?? []),
            ...e.map((n) =>
              typeof n == 'function' ? { _zod: { check: n, def: { check: 'custom' }, onattach: [] } } : n,
            ),
          ],
        }),
        { parent: !0 },
      );
    },
    with(...e) {
      return this.check(...e);
    },
    clone(e, t) {
      return J(this, e, t);
    },
    brand() {
      return this;
    },
    register(e, t) {
      return (e.add(this, t), this);
    },
    refine(e, t) {
      return this.check(bx(e, t));
    },
    superRefine(e, t) {
      return this.check($x(e, t));
    },
    overwrite(e) {
      return this.check(kt(e));
    },
    optional() {
      return Qn(this);
    },
    exactOptional() {
      return nx(this);
    },
    nullable() {
      return oa(this);
    },
    nullish() {
      return Qn(oa(this));
    },
    nonoptional(e) {
      return ux(this, e);
    },
    array() {
      return aa(this);
    },
    or(e) {
      return vi([this, e]);
    },
    and(e) {
      return q_(this, e);
    },
    transform(e) {
      return Zd(this, mp(e));
    },
    default(e) {
      return sx(this, e);
    },
    prefault(e) {
      return cx(this, e);
    },
    catch(e) {
      return px(this, e);
    },
    pipe(e) {
      return Zd(this, e);
    },
    readonly() {
      return hx(this);
    },
    describe(e) {
      const t = this.clone();
      return (Te.add(t, { description: e }), t);
    },
    meta(...e) {
      if (e.length === 0) return Te.get(this);
      const t = this.clone();
      return (Te.add(t, e[0]), t);
    },
    isOptional() {
      return this.safeParse(void 0).success;
    },
    isNullable() {
      return this.safeParse(null).success;
    },
    apply(e, ...t) {
      return t.length === 0 ? e(this) : e(this, ...t);
    },
    get '~standard'() {
      return b.hide(this, '~standard', {
        ...Ul(this),
        jsonSchema: { input: ci(this, 'input'), output: ci(this, 'output') },
      });
    },
    set '~standard'(e) {
      b.own(this, '~standard', e);
    },
    parse: function e(t, n) {
      return __(this, t, n, { callee: e });
    },
    parseAsync: async function e(t, n) {
      return await x_(this, t, n, { callee: e });
    },
    safeParse(e, t) {
      return S_(this, e, t);
    },
    async safeParseAsync(e, t) {
      return b_(this, e, t);
    },
    get spa() {
      return this?.safeParseAsync;
    },
    set spa(e) {
      b.own(this, 'spa', e);
    },
    validate(e, t) {
      return ks(this, e, t);
    },
    validateAsync(e, t) {
      return Ps(this, e, t);
    },
    encode: function e(t, n) {
      return $_(this, t, n, { callee: e });
    },
    decode: function e(t, n) {
      return E_(this, t, n, { callee: e });
    },
    encodeAsync: async function e(t, n) {
      return await I_(this, t, n, { callee: e });
    },
    decodeAsync: async function e(t, n) {
      return await w_(this, t, n, { callee: e });
    },
    safeEncode(e, t) {
      return R_(this, e, t);
    },
    safeDecode(e, t) {
      return T_(this, e, t);
    },
    async safeEncodeAsync(e, t) {
      return A_(this, e, t);
    },
    async safeDecodeAsync(e, t) {
      return k_(this, e, t);
    },
    toJSONSchema(e) {
      return Dy(this, {})(e);
    },
    get description() {
      return Te.get(this)?.description;
    },
    get _def() {
      return this._zod.def;
    },
  }),
  Hd = v(
    '_ZodString',
    (e, t) => {
      Gn.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (n, o, r) => Ny(e, n, o, r));
    },
    b.derived(
      {
        format: (e) => ye(e).format ?? null,
        minLength: (e) => ye(e).minimum ?? null,
        maxLength: (e) => ye(e).maximum ?? null,
      },
      {
        regex(...e) {
          return this.check(Wo(...e));
        },
        includes(...e) {
          return this.check(Yo(...e));
        },
        startsWith(...e) {
          return this.check(Qo(...e));
        },
        endsWith(...e) {
          return this.check(ei(...e));
        },
        min(...e) {
          return this.check(ur(...e));
        },
        max(...e) {
          return this.check(Wn(...e));
        },
        length(...e) {
          return this.check(Jn(...e));
        },
        nonempty(...e) {
          return this.check(ur(1, ...e));
        },
        lowercase(e) {
          return this.check(Jo(e));
        },
        uppercase(e) {
          return this.check(Xo(e));
        },
        trim() {
          return this.check(oi());
        },
        normalize(...e) {
          return this.check(ni(...e));
        },
        toLowerCase() {
          return this.check(ii());
        },
        toUpperCase() {
          return this.check(si());
        },
        slugify() {
          return this.check(ai());
        },
      },
    ),
  ),
  mi = v(
    'ZodString',
    (e, t) => {
      Gn.init(e, t), Hd.init(e, t);
    },
    {
      email(e) {
        return this.check(dd(Kd, e));
      },
      url(e) {
        return this.check(Js(ia, e));
      },
      jwt(e) {
        return this.check(Pd(up, e));
      },
      emoji(e) {
        return this.check(vd(Wd, e));
      },
      guid(e) {
        return this.check(pd(qd, e));
      },
      uuid(e) {
        return this.check(md(Vt, e));
      },
      uuidv4(e) {
        return this.check(fd(Vt, e));
      },
      uuidv6(e) {
        return this.check(gd(Vt, e));
      },
      uuidv7(e) {
        return this.check(hd(Vt, e));
      },
      nanoid(e) {
        return this.check(yd(Jd, e));
      },
      cuid(e) {
        return this.check(_d(Xd, e));
      },
      cuid2(e) {
        return this.check(xd(Yd, e));
      },
      ulid(e) {
        return this.check(Sd(Qd, e));
      },
      base64(e) {
        return this.check(Td(sp, e));
      },
      base64url(e) {
        return this.check(Ad(ap, e));
      },
      xid(e) {
        return this.check(bd(ep, e));
      },
      ksuid(e) {
        return this.check($d(tp, e));
      },
      ipv4(e) {
        return this.check(Ed(rp, e));
      },
      ipv6(e) {
        return this.check(Id(np, e));
      },
      cidrv4(e) {
        return this.check(wd(op, e));
      },
      cidrv6(e) {
        return this.check(Rd(ip, e));
      },
      e164(e) {
        return this.check(kd(cp, e));
      },
      datetime(e) {
        return this.check(Xs(Vr, e));
      },
      date(e) {
        return this.check(Ys(Gr, e));
      },
      time(e) {
        return this.check(Qs(Zr, e));
      },
      duration(e) {
        return this.check(ea(Hr, e));
      },
    },
  );
function na(e) {
  return qv(mi, e);
}
var Q = v('ZodStringFormat', (e, t) => {
    X.init(e, t), Hd.init(e, t);
  }),
  Vr = v('ZodISODateTime', (e, t) => {
    Lh.init(e, t), Q.init(e, t);
  }),
  Gr = v('ZodISODate', (e, t) => {
    Mh.init(e, t), Q.init(e, t);
  }),
  Zr = v('ZodISOTime', (e, t) => {
    jh.init(e, t), Q.init(e, t);
  }),
  Hr = v('ZodISODuration', (e, t) => {
    Bh.init(e, t), Q.init(e, t);
  }),
  Kd = v('ZodEmail', (e, t) => {
    Rh.init(e, t), Q.init(e, t);
  });
function Ik(e) {
  return dd(Kd, e);
}
var qd = v('ZodGUID', (e, t) => {
  Ih.init(e, t), Q.init(e, t);
});
function wk(e) {
  return pd(qd, e);
}
var Vt = v('ZodUUID', (e, t) => {
  wh.init(e, t), Q.init(e, t);
});
function Rk(e) {
  return md(Vt, e);
}
function Tk(e) {
  return fd(Vt, e);
}
function Ak(e) {
  return gd(Vt, e);
}
function kk(e) {
  return hd(Vt, e);
}
var ia = v('ZodURL', (e, t) => {
  kh.init(e, t), Q.init(e, t);
});
function Pk(e) {
  return Js(ia, e);
}
function Dk(e) {
  return Js(ia, { protocol: Ds, hostname: Bg, ...b.normalizeParams(e) });
}
var Wd = v('ZodEmoji', (e, t) => {
  Ph.init(e, t), Q.init(e, t);
});
function Ck(e) {
  return vd(Wd, e);
}
var Jd = v('ZodNanoID', (e, t) => {
  Dh.init(e, t), Q.init(e, t);
});
function Ok(e) {
  return yd(Jd, e);
}
var Xd = v('ZodCUID', (e, t) => {
  Ch.init(e, t), Q.init(e, t);
});
function Nk(e) {
  return _d(Xd, e);
}
var Yd = v('ZodCUID2', (e, t) => {
  Oh.init(e, t), Q.init(e, t);
});
function Uk(e) {
  return xd(Yd, e);
}
var Qd = v('ZodULID', (e, t) => {
  Nh.init(e, t), Q.init(e, t);
});
function zk(e) {
  return Sd(Qd, e);
}
var ep = v('ZodXID', (e, t) => {
  Uh.init(e, t), Q.init(e, t);
});
function Lk(e) {
  return bd(ep, e);
}
var tp = v('ZodKSUID', (e, t) => {
  zh.init(e, t), Q.init(e, t);
});
function Mk(e) {
  return $d(tp, e);
}
var rp = v('ZodIPv4', (e, t) => {
  Fh.init(e, t), Q.init(e, t);
});
function jk(e) {
  return Ed(rp, e);
}
var P_ = v('ZodMAC', (e, t) => {
  Gh.init(e, t), Q.init(e, t);
});
function Bk(e) {
  return Jv(P_, e);
}
var np = v('ZodIPv6', (e, t) => {
  Vh.init(e, t), Q.init(e, t);
});
function Fk(e) {
  return Id(np, e);
}
var op = v('ZodCIDRv4', (e, t) => {
  Zh.init(e, t), Q.init(e, t);
});
function Vk(e) {
  return wd(op, e);
}
var ip = v('ZodCIDRv6', (e, t) => {
  Hh.init(e, t), Q.init(e, t);
});
function Gk(e) {
  return Rd(ip, e);
}
var sp = v('ZodBase64', (e, t) => {
  Kh.init(e, t), Q.init(e, t);
});
function Zk(e) {
  return Td(sp, e);
}
var ap = v('ZodBase64URL', (e, t) => {
  qh.init(e, t), Q.init(e, t);
});
function Hk(e) {
  return Ad(ap, e);
}
var cp = v('ZodE164', (e, t) => {
  Wh.init(e, t), Q.init(e, t);
});
function Kk(e) {
  return kd(cp, e);
}
var D_ = v('ZodCreditCard', (e, t) => {
  Jh.init(e, t), Q.init(e, t);
});
function qk(e) {
  return Xv(D_, e);
}
var C_ = v('ZodIBAN', (e, t) => {
  Xh.init(e, t), Q.init(e, t);
});
function Wk(e) {
  return Yv(C_, e);
}
var up = v('ZodJWT', (e, t) => {
  Yh.init(e, t), Q.init(e, t);
});
function Jk(e) {
  return Pd(up, e);
}
var to = v('ZodCustomStringFormat', (e, t) => {
  Qh.init(e, t), Q.init(e, t);
});
function Xk(e, t, n = {}) {
  return Xn(to, e, t, n);
}
function Yk(e) {
  return Xn(to, 'hostname', jg, e);
}
function Qk(e) {
  return Xn(to, 'hex', th, e);
}
function eP(e) {
  return Xn(to, 'currency_code', Vg, e);
}
function tP(e, t) {
  const n = t?.enc ?? 'hex',
    o = `${e}_${n}`,
    r = _t[o];
  if (!r) throw new Error(`Unrecognized hash format: ${o}`);
  return Xn(to, o, r, t);
}
var fi = v(
  'ZodNumber',
  (e, t) => {
    Hl.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (n, o, r) => Uy(e, n, o, r)), (e.isFinite = !0);
  },
  b.derived(
    {
      minValue: (e) => {
        const { minimum: t, exclusiveMinimum: n } = ye(e);
        return Math.max(t ?? Number.NEGATIVE_INFINITY, n ?? Number.NEGATIVE_INFINITY);
      },
      maxValue: (e) => {
        const { maximum: t, exclusiveMaximum: n } = ye(e);
        return Math.min(t ?? Number.POSITIVE_INFINITY, n ?? Number.POSITIVE_INFINITY);
      },
      isInt: (e) => {
        const { isInt: t, multipleOf: n } = ye(e);
        return !!t || !!n?.some(Number.isSafeInteger);
      },
      format: (e) => ye(e).format ?? null,
    },
    {
      gt(e, t) {
        return this.check(Bt(e, t));
      },
      gte(e, t) {
        return this.check(ct(e, t));
      },
      min(e, t) {
        return this.check(ct(e, t));
      },
      lt(e, t) {
        return this.check(jt(e, t));
      },
      lte(e, t) {
        return this.check(at(e, t));
      },
      max(e, t) {
        return this.check(at(e, t));
      },
      int(e) {
        return this.check(Gd(e));
      },
      safe(e) {
        return this.check(Gd(e));
      },
      positive(e) {
        return this.check(Bt(0, e));
      },
      nonnegative(e) {
        return this.check(ct(0, e));
      },
      negative(e) {
        return this.check(jt(0, e));
      },
      nonpositive(e) {
        return this.check(at(0, e));
      },
      multipleOf(e, t) {
        return this.check(Lr(e, t));
      },
      step(e, t) {
        return this.check(Lr(e, t));
      },
      finite() {
        return this;
      },
    },
  ),
);
function O_(e) {
  return ey(fi, e);
}
var ro = v('ZodNumberFormat', (e, t) => {
  ev.init(e, t), fi.init(e, t);
});
function Gd(e) {
  return ry(ro, e);
}
function rP(e) {
  return ny(ro, e);
}
function nP(e) {
  return oy(ro, e);
}
function oP(e) {
  return iy(ro, e);
}
function iP(e) {
  return sy(ro, e);
}
var gi = v('ZodBoolean', (e, t) => {
  Bs.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (n, o, r) => zy(e, n, o, r));
});
function N_(e) {
  return ay(gi, e);
}
var hi = v(
  'ZodBigInt',
  (e, t) => {
    Kl.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (n, o, r) => Ly(e, n, o, r));
  },
  b.derived(
    {
      minValue: (e) => ye(e).minimum ?? null,
      maxValue: (e) => ye(e).maximum ?? null,
      format: (e) => ye(e).format ?? null,
    },
    {
      gte(e, t) {
        return this.check(ct(e, t));
      },
      min(e, t) {
        return this.check(ct(e, t));
      },
      gt(e, t) {
        return this.check(Bt(e, t));
      },
      lt(e, t) {
        return this.check(jt(e, t));
      },
      lte(e, t) {
        return this.check(at(e, t));
      },
      max(e, t) {
        return this.check(at(e, t));
      },
      positive(e) {
        return this.check(Bt(BigInt(0), e));
      },
      negative(e) {
        return this.check(jt(BigInt(0), e));
      },
      nonpositive(e) {
        return this.check(at(BigInt(0), e));
      },
      nonnegative(e) {
        return this.check(ct(BigInt(0), e));
      },
      multipleOf(e, t) {
        return this.check(Lr(e, t));
      },
    },
  ),
);
function sP(e) {
  return uy(hi, e);
}
var lp = v('ZodBigIntFormat', (e, t) => {
  tv.init(e, t), hi.init(e, t);
});
function aP(e) {
  return dy(lp, e);
}
function cP(e) {
  return py(lp, e);
}
var U_ = v('ZodSymbol', (e, t) => {
  rv.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (n, o, r) => My(e, n, o, r));
});
function uP(e) {
  return my(U_, e);
}
var z_ = v('ZodUndefined', (e, t) => {
  nv.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (n, o, r) => By(e, n, o, r));
});
function lP(e) {
  return fy(z_, e);
}
var L_ = v('ZodNull', (e, t) => {
  ov.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (n, o, r) => jy(e, n, o, r));
});
function M_(e) {
  return gy(L_, e);
}
var j_ = v('ZodAny', (e, t) => {
  iv.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (n, o, r) => Gy(e, n, o, r));
});
function dP() {
  return hy(j_);
}
var B_ = v('ZodUnknown', (e, t) => {
  sv.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (n, o, r) => Zy(e, n, o, r));
});
function Yn() {
  return vy(B_);
}
var F_ = v('ZodNever', (e, t) => {
  av.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (n, o, r) => Vy(e, n, o, r));
});
function dp(e) {
  return yy(F_, e);
}
var V_ = v('ZodVoid', (e, t) => {
  cv.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (n, o, r) => Fy(e, n, o, r));
});
function pP(e) {
  return _y(V_, e);
}
var sa = v(
  'ZodDate',
  (e, t) => {
    uv.init(e, t),
      z.init(e, t),
      (e._zod.processJSONSchema = (n, o, r) => Hy(e, n, o, r)),
      (e.min = (n, o) => e.check(ct(n, o))),
      (e.max = (n, o) => e.check(at(n, o)));
  },
  b.derived(
    {
      minDate: (e) => {
        const { minimum: t } = ye(e);
        return t ? new Date(t) : null;
      },
      maxDate: (e) => {
        const { maximum: t } = ye(e);
        return t ? new Date(t) : null;
      },
    },
    {},
  ),
);
function mP(e) {
  return xy(sa, e);
}
var G_ = v(
  'ZodArray',
  (e, t) => {
    eo(),
      dv.init(e, t),
      z.init(e, t),
      (e._zod.processJSONSchema = (n, o, r) => o_(e, n, o, r)),
      (e.element = t.element);
  },
  {
    min(e, t) {
      return this.check(ur(e, t));
    },
    nonempty(e) {
      return this.check(ur(1, e));
    },
    max(e, t) {
      return this.check(Wn(e, t));
    },
    length(e, t) {
      return this.check(Jn(e, t));
    },
    unwrap() {
      return this.element;
    },
  },
);
function aa(e, t) {
  return $y(G_, e, t);
}
function fP(e) {
  const t = e._zod.def.shape;
  return pp(Object.keys(t));
}
var ca = v(
  'ZodObject',
  (e, t) => {
    eo(),
      pv.init(e, t),
      z.init(e, t),
      (e._zod.processJSONSchema = (n, o, r) => i_(e, n, o, r)),
      b.installLazyProp(e, 'shape', (n) => n._zod.def.shape, !1);
  },
  {
    keyof() {
      return pp(Object.keys(this._zod.def.shape));
    },
    catchall(e) {
      return this.clone(b.mergeDefs(this._zod.def, { catchall: e }));
    },
    passthrough() {
      return this.clone(b.mergeDefs(this._zod.def, { catchall: Yn() }));
    },
    loose() {
      return this.clone(b.mergeDefs(this._zod.def, { catchall: Yn() }));
    },
    strict() {
      return this.clone(b.mergeDefs(this._zod.def, { catchall: dp() }));
    },
    strip() {
      return this.clone(b.mergeDefs(this._zod.def, { catchall: void 0 }));
    },
    extend(e) {
      return b.extend(this, e);
    },
    safeExtend(e) {
      return b.safeExtend(this, e);
    },
    merge(e) {
      return b.merge(this, e);
    },
    pick(e) {
      return b.pick(this, e);
    },
    omit(e) {
      return b.omit(this, e);
    },
    partial(...e) {
      return b.partial(la, this, e[0]);
    },
    exactPartial(...e) {
      return b.partial(fp, this, e[0], 'exactPartial');
    },
    required(...e) {
      return b.required(gp, this, e[0]);
    },
  },
);
function gP(e, t) {
  const n = { type: 'object', shape: e ?? {}, ...b.normalizeParams(t) };
  return new ca(n);
}
function hP(e, t) {
  return new ca({ type: 'object', shape: e, catchall: dp(), ...b.normalizeParams(t) });
}
function vP(e, t) {
  return new ca({ type: 'object', shape: e, catchall: Yn(), ...b.normalizeParams(t) });
}
var ua = v('ZodUnion', (e, t) => {
  Fs.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (n, o, r) => Ld(e, n, o, r)),
    (e.options = t.options);
});
function vi(e, t) {
  return new ua({ type: 'union', options: e, ...b.normalizeParams(t) });
}
var Z_ = v('ZodXor', (e, t) => {
  ua.init(e, t),
    mv.init(e, t),
    (e._zod.processJSONSchema = (n, o, r) => Ld(e, n, o, r)),
    (e.options = t.options);
});
function yP(e, t) {
  return new Z_({ type: 'union', options: e, inclusive: !1, ...b.normalizeParams(t) });
}
var H_ = v('ZodDiscriminatedUnion', (e, t) => {
  ua.init(e, t), gv.init(e, t);
});
function _P(e, t, n) {
  return new H_({ type: 'union', options: t, discriminator: e, ...b.normalizeParams(n) });
}
var K_ = v('ZodIntersection', (e, t) => {
  hv.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (n, o, r) => s_(e, n, o, r));
});
function q_(e, t) {
  return new K_({ type: 'intersection', left: e, right: t });
}
var W_ = v(
  'ZodTuple',
  (e, t) => {
    eo(), ql.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (n, o, r) => a_(e, n, o, r));
  },
  {
    rest(e) {
      return this.clone({ ...this._zod.def, rest: e });
    },
    partial() {
      const e = this._zod.def;
      if (e.checks?.length)
        throw new Error('.partial() cannot be used on tuple schemas containing refinements');
      return this.clone({ ...e, items: e.items.map((t) => new la({ type: 'optional', innerType: t })) });
    },
  },
);
function J_(e, t, n) {
  const o = t instanceof U,
    r = o ? n : t,
    i = o ? t : null;
  return new W_({ type: 'tuple', items: e, rest: i, ...b.normalizeParams(r) });
}
var di = v('ZodRecord', (e, t) => {
  eo(),
    vv.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (n, o, r) => c_(e, n, o, r)),
    (e.keyType = t.keyType),
    (e.valueType = t.valueType);
});
function X_(e, t, n) {
  return !t || !t._zod
    ? new di({ type: 'record', keyType: na(), valueType: e, ...b.normalizeParams(t) })
    : new di({ type: 'record', keyType: e, valueType: t, ...b.normalizeParams(n) });
}
function xP(e, t, n) {
  return new di({ type: 'record', keyType: e, valueType: t, ...b.normalizeParams(n), partial: !0 });
}
function SP(e, t, n) {
  return new di({ type: 'record', keyType: e, valueType: t, mode: 'loose', ...b.normalizeParams(n) });
}
var Y_ = v('ZodMap', (e, t) => {
  eo(),
    yv.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (n, o, r) => r_(e, n, o, r)),
    (e.keyType = t.keyType),
    (e.valueType = t.valueType),
    (e.min = (...n) => e.check(Ft(...n))),
    (e.nonempty = (n) => e.check(Ft(1, n))),
    (e.max = (...n) => e.check(Mr(...n))),
    (e.size = (...n) => e.check(qn(...n)));
});
function bP(e, t, n) {
  return new Y_({ type: 'map', keyType: e, valueType: t, ...b.normalizeParams(n) });
}
var Q_ = v('ZodSet', (e, t) => {
  eo(),
    _v.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (n, o, r) => n_(e, n, o, r)),
    (e.min = (...n) => e.check(Ft(...n))),
    (e.nonempty = (n) => e.check(Ft(1, n))),
    (e.max = (...n) => e.check(Mr(...n))),
    (e.size = (...n) => e.check(qn(...n)));
});
function $P(e, t) {
  return new Q_({ type: 'set', valueType: e, ...b.normalizeParams(t) });
}
var pi = v('ZodEnum', (e, t) => {
  xv.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (o, r, i) => Ky(e, o, r, i)),
    (e.enum = t.entries),
    (e.options = [...e._zod.values]);
  const n = new Set(Object.keys(t.entries));
  (e.extract = (o, r) => {
    const i = {};
    for (const s of o)
      if (n.has(s)) i[s] = t.entries[s];
      else throw new Error(`Key ${s} not found in enum`);
    return new pi({ ...t, checks: [], ...b.normalizeParams(r), entries: i });
  }),
    (e.exclude = (o, r) => {
      const i = { ...t.entries };
      for (const s of o)
        if (n.has(s)) delete i[s];
        else throw new Error(`Key ${s} not found in enum`);
      return new pi({ ...t, checks: [], ...b.normalizeParams(r), entries: i });
    });
});
function pp(e, t) {
  const n = Array.isArray(e) ? Object.fromEntries(e.map((o) => [o, o])) : e;
  return new pi({ type: 'enum', entries: n, ...b.normalizeParams(t) });
}
function EP(e, t) {
  return new pi({ type: 'enum', entries: e, ...b.normalizeParams(t) });
}
var ex = v('ZodLiteral', (e, t) => {
  Sv.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (n, o, r) => qy(e, n, o, r)),
    (e.values = new Set(t.values)),
    Object.defineProperty(e, 'value', {
      get() {
        if (t.values.length > 1)
          throw new Error('This schema contains multiple valid literal values. Use `.values` instead.');
        return t.values[0];
      },
    });
});
function IP(e, t) {
  return new ex({ type: 'literal', values: Array.isArray(e) ? e : [e], ...b.normalizeParams(t) });
}
var tx = v('ZodFile', (e, t) => {
  bv.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (n, o, r) => Xy(e, n, o, r)),
    (e.min = (n, o) => e.check(Ft(n, o))),
    (e.max = (n, o) => e.check(Mr(n, o))),
    (e.mime = (n, o) => e.check(ri(Array.isArray(n) ? n : [n], o)));
});
function wP(e) {
  return Ey(tx, e);
}
var rx = v('ZodTransform', (e, t) => {
  eo(),
    $v.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (n, o, r) => t_(e, n, o, r)),
    (e._zod.parse = (n, o) => {
      if (o.direction === 'backward') throw new Ur(e.constructor.name);
      n.addIssue = (i) => {
        if (typeof i == 'string') n.issues.push(b.issue(i, n.value, t));
        else {
          const s = i;
          s.fatal && (s.continue = !1),
            s.code ?? (s.code = 'custom'),
            'input' in s || (s.input = n.value),
            s.inst ?? (s.inst = e),
            n.issues.push(b.issue(s));
        }
      };
      const r = t.transform(n.value, n);
      return r instanceof Promise ? r.then((i) => ((n.value = i), n)) : ((n.value = r), n);
    });
});
function mp(e) {
  return new rx({ type: 'transform', transform: e });
}
var la = v('ZodOptional', (e, t) => {
  Wl.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (n, o, r) => Md(e, n, o, r)),
    (e.unwrap = () => e._zod.def.innerType);
});
function Qn(e) {
  return new la({ type: 'optional', innerType: e });
}
var fp = v('ZodExactOptional', (e, t) => {
  Ev.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (n, o, r) => Md(e, n, o, r)),
    (e.unwrap = () => e._zod.def.innerType);
});
function nx(e) {
  return new fp({ type: 'optional', innerType: e });
}
var ox = v('ZodNullable', (e, t) => {
  Iv.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (n, o, r) => u_(e, n, o, r)),
    (e.unwrap = () => e._zod.def.innerType);
});
function oa(e) {
  return new ox({ type: 'nullable', innerType: e });
}
function RP(e) {
  return Qn(oa(e));
}
var ix = v('ZodDefault', (e, t) => {
  wv.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (n, o, r) => p_(e, n, o, r)),
    (e.unwrap = () => e._zod.def.innerType),
    (e.removeDefault = e.unwrap);
});
function sx(e, t) {
  return new ix({
    type: 'default',
    innerType: e,
    get defaultValue() {
      return typeof t == 'function' ? t() : b.shallowClone(t);
    },
  });
}
var ax = v('ZodPrefault', (e, t) => {
  Rv.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (n, o, r) => m_(e, n, o, r)),
    (e.unwrap = () => e._zod.def.innerType);
});
function cx(e, t) {
  return new ax({
    type: 'prefault',
    innerType: e,
    get defaultValue() {
      return typeof t == 'function' ? t() : b.shallowClone(t);
    },
  });
}
var gp = v('ZodNonOptional', (e, t) => {
  Tv.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (n, o, r) => l_(e, n, o, r)),
    (e.unwrap = () => e._zod.def.innerType);
});
function ux(e, t) {
  return new gp({ type: 'nonoptional', innerType: e, ...b.normalizeParams(t) });
}
var lx = v('ZodSuccess', (e, t) => {
  Av.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (n, o, r) => Yy(e, n, o, r)),
    (e.unwrap = () => e._zod.def.innerType);
});
function TP(e) {
  return new lx({ type: 'success', innerType: e });
}
var dx = v('ZodCatch', (e, t) => {
  kv.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (n, o, r) => f_(e, n, o, r)),
    (e.unwrap = () => e._zod.def.innerType),
    (e.removeCatch = e.unwrap);
});
function px(e, t) {
  return new dx({ type: 'catch', innerType: e, catchValue: typeof t == 'function' ? t : b.constantCatch(t) });
}
var mx = v('ZodNaN', (e, t) => {
  Pv.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (n, o, r) => Wy(e, n, o, r));
});
function AP(e) {
  return by(mx, e);
}
var da = v('ZodPipe', (e, t) => {
  Jl.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (n, o, r) => g_(e, n, o, r)),
    (e.in = t.in),
    (e.out = t.out);
});
function Zd(e, t) {
  return new da({ type: 'pipe', in: e, out: t });
}
var pa = v('ZodCodec', (e, t) => {
  da.init(e, t), Vs.init(e, t);
});
function kP(e, t, n) {
  return new pa({ type: 'pipe', in: e, out: t, transform: n.decode, reverseTransform: n.encode });
}
function PP(e) {
  const t = e._zod.def;
  return new pa({
    type: 'pipe',
    in: t.out,
    out: t.in,
    transform: t.reverseTransform,
    reverseTransform: t.transform,
  });
}
var fx = v('ZodPreprocess', (e, t) => {
    da.init(e, t), Dv.init(e, t);
  }),
  gx = v('ZodReadonly', (e, t) => {
    Cv.init(e, t),
      z.init(e, t),
      (e._zod.processJSONSchema = (n, o, r) => h_(e, n, o, r)),
      (e.unwrap = () => e._zod.def.innerType);
  });
function hx(e) {
  return new gx({ type: 'readonly', innerType: e });
}
var vx = v('ZodTemplateLiteral', (e, t) => {
  Ov.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (n, o, r) => Jy(e, n, o, r));
});
function DP(e, t) {
  return new vx({ type: 'template_literal', parts: e, ...b.normalizeParams(t) });
}
var yx = v('ZodLazy', (e, t) => {
  Gs.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (n, o, r) => y_(e, n, o, r)),
    (e.unwrap = () => e._zod.def.getter());
});
function _x(e) {
  return new yx({ type: 'lazy', getter: e });
}
var xx = v('ZodPromise', (e, t) => {
  Uv.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (n, o, r) => v_(e, n, o, r)),
    (e.unwrap = () => e._zod.def.innerType);
});
function CP(e) {
  return new xx({ type: 'promise', innerType: e });
}
var Sx = v('ZodFunction', (e, t) => {
  Nv.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (n, o, r) => e_(e, n, o, r));
});
function OP(e) {
  return new Sx({
    type: 'function',
    input: Array.isArray(e?.input) ? J_(e?.input) : (e?.input ?? aa(Yn())),
    output: e?.output ?? Yn(),
  });
}
var ma = v('ZodCustom', (e, t) => {
  zv.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (n, o, r) => Qy(e, n, o, r));
});
function NP(e) {
  const t = new ne({ check: 'custom' });
  return ((t._zod.check = e), t);
}
function UP(e, t) {
  return Iy(ma, e ?? (() => !0), t);
}
function bx(e, t = {}) {
  return wy(ma, e, t);
}
function $x(e, t) {
  return Ry(e, t);
}
var zP = Ty,
  LP = Ay,
  Ex = v(
    'ZodInstanceOf',
    (e, t) => {
      ma.init(e, t);
    },
    {
      properties(e, t) {
        return this.check(ti(e, t));
      },
    },
  );
function MP(e, t = {}) {
  const n = new Ex({
    type: 'custom',
    check: 'custom',
    fn: (o) => o instanceof e,
    abort: !0,
    ...b.normalizeParams(t),
  });
  return (
    (n._zod.bag.Class = e),
    (n._zod.check = (o) => {
      o.value instanceof e ||
        o.issues.push({
          code: 'invalid_type',
          expected: e.name,
          input: o.value,
          inst: n,
          path: [...(n._zod.def.path ?? [])],
        });
    }),
    n
  );
}
var jP = (...e) => ky({ Codec: pa, Boolean: gi, String: mi }, ...e);
function BP(e) {
  const t = _x(() => vi([na(e), O_(), N_(), M_(), aa(t), X_(na(), t)]));
  return t;
}
function FP(e, t) {
  return new fx({ type: 'pipe', in: mp(e), out: t });
}
var C3 = {
  invalid_type: 'invalid_type',
  too_big: 'too_big',
  too_small: 'too_small',
  invalid_format: 'invalid_format',
  not_multiple_of: 'not_multiple_of',
  unrecognized_keys: 'unrecognized_keys',
  invalid_union: 'invalid_union',
  invalid_key: 'invalid_key',
  invalid_element: 'invalid_element',
  invalid_value: 'invalid_value',
  custom: 'custom',
};
function O3(e) {
  le({ customError: e });
}
function N3() {
  return le().customError;
}
var Ix;
Ix || (Ix = {});
var fa = {};
Pt(fa, {
  ZodISODate: () => Gr,
  ZodISODateTime: () => Vr,
  ZodISODuration: () => Hr,
  ZodISOTime: () => Zr,
  date: () => z3,
  datetime: () => U3,
  duration: () => M3,
  time: () => L3,
});
function U3(e) {
  return Xs(Vr, e);
}
function z3(e) {
  return Ys(Gr, e);
}
function L3(e) {
  return Qs(Zr, e);
}
function M3(e) {
  return ea(Hr, e);
}
var A = { ...yi, ...Fd, iso: fa },
  j3 = new Set([
    '$schema',
    '$ref',
    '$defs',
    'definitions',
    '$id',
    'id',
    '$comment',
    '$anchor',
    '$vocabulary',
    '$dynamicRef',
    '$dynamicAnchor',
    'type',
    'enum',
    'const',
    'anyOf',
    'oneOf',
    'allOf',
    'not',
    'properties',
    'required',
    'additionalProperties',
    'patternProperties',
    'propertyNames',
    'minProperties',
    'maxProperties',
    'items',
    'prefixItems',
    'additionalItems',
    'minItems',
    'maxItems',
    'uniqueItems',
    'contains',
    'minContains',
    'maxContains',
    'minLength',
    'maxLength',
    'pattern',
    'format',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'multipleOf',
    'description',
    'default',
    'contentEncoding',
    'contentMediaType',
    'contentSchema',
    'unevaluatedItems',
    'unevaluatedProperties',
    'if',
    'then',
    'else',
    'dependentSchemas',
    'dependentRequired',
    'nullable',
    'readOnly',
  ]);
function B3(e, t) {
  const n = e.$schema;
  return n === 'https://json-schema.org/draft/2020-12/schema'
    ? 'draft-2020-12'
    : n === 'http://json-schema.org/draft-07/schema#'
      ? 'draft-7'
      : n === 'http://json-schema.org/draft-04/schema#'
        ? 'draft-4'
        : (t ?? 'draft-2020-12');
}
function VP(e, t) {
  return e.map((n, o) => (o < t ? n : n.optional()));
}
function F3(e) {
  return e.replace(/~1/g, '/').replace(/~0/g, '~');
}
function V3(e, t) {
  if (!e.startsWith('#'))
    throw new Error('External $ref is not supported, only local refs (#/...) are allowed');
  const n = e.slice(1).split('/').filter(Boolean);
  if (n.length === 0) return t.rootSchema;
  const o = t.version === 'draft-2020-12' ? '$defs' : 'definitions';
  if (n[0] === o) {
    const r = n[1] === void 0 ? void 0 : F3(n[1]);
    if (!r || !t.defs[r]) throw new Error(`Reference not found: ${e}`);
    return t.defs[r];
  }
  throw new Error(`Reference not found: ${e}`);
}
function G3(e, t) {
  return A.transform((o) => o)
    .check((o) => {
      const r = o.value;
      if (typeof r != 'object' || r === null || Array.isArray(r)) return;
      const i = Object.getOwnPropertyNames(r);
      if (
        (t.minProperties !== void 0 &&
          i.length < t.minProperties &&
          o.issues.push({
            origin: 'object',
            code: 'too_small',
            minimum: t.minProperties,
            inclusive: !0,
            message: `Too small: expected object to have >=${t.minProperties} properties`,
            input: r,
            inst: e,
            continue: !0,
          }),
        t.maxProperties !== void 0 &&
          i.length > t.maxProperties &&
          o.issues.push({
            origin: 'object',
            code: 'too_big',
            maximum: t.maxProperties,
            inclusive: !0,
            message: `Too big: expected object to have <=${t.maxProperties} properties`,
            input: r,
            inst: e,
            continue: !0,
          }),
        t.keySchema)
      )
        for (const s of i) {
          const a = t.keySchema.safeParse(s);
          a.success ||
            o.issues.push({
              code: 'invalid_key',
              origin: 'record',
              issues: a.error.issues,
              input: s,
              path: [s],
              continue: !0,
            });
        }
    })
    .pipe(e);
}
function wx(e, t) {
  if (e === null) return 'z';
  const n = typeof e;
  if (n !== 'object') {
    if (n === 'number' && Number.isNaN(e)) return null;
    const o = String(e);
    return `${n[0]}${o.length}:${o}`;
  }
  if (t.has(e)) return null;
  t.add(e);
  try {
    if (Array.isArray(e)) {
      const i = [];
      for (const s of e) {
        const a = wx(s, t);
        if (a === null) return null;
        i.push(a);
      }
      return `a${i.length}:[${i.join(',')}]`;
    }
    const o = Object.keys(e).sort(),
      r = [];
    for (const i of o) {
      const s = wx(e[i], t);
      if (s === null) return null;
      r.push(`${i.length}:${i}=${s}`);
    }
    return `o${r.length}:{${r.join(',')}}`;
  } finally {
    t.delete(e);
  }
}
var Z3 = new Set([
    'items',
    'prefixItems',
    'additionalItems',
    'additionalProperties',
    'contains',
    'propertyNames',
    'not',
    'if',
    'then',
    'else',
    'allOf',
    'anyOf',
    'oneOf',
    'unevaluatedItems',
    'unevaluatedProperties',
    'contentSchema',
  ]),
  H3 = new Set([
    'properties',
    'patternProperties',
    'dependentSchemas',
    'dependencies',
    '$defs',
    'definitions',
  ]);
function ga(e) {
  return typeof e != 'object' || e === null
    ? !1
    : Array.isArray(e)
      ? e.some(ga)
      : typeof e.$ref == 'string'
        ? !0
        : Object.entries(e).some(([t, n]) =>
            Z3.has(t)
              ? ga(n)
              : !H3.has(t) || typeof n != 'object' || n === null
                ? !1
                : Object.values(n).some(ga),
          );
}
function GP(e) {
  return e === 1 ? 'element' : 'elements';
}
function K3(e, t) {
  return A.transform((o) => o)
    .check((o) => {
      const r = o.value;
      if (Array.isArray(r)) {
        if (t.uniqueItems === !0) {
          const i = new Map();
          for (let s = 0; s < r.length; s++) {
            const a = wx(r[s], new Set());
            if (a === null) continue;
            const c = i.get(a);
            if (c === void 0) {
              i.set(a, s);
              continue;
            }
            o.issues.push({
              code: 'custom',
              message: `Array items must be unique: element at index ${s} duplicates the one at index ${c}`,
              input: r,
              path: [s],
              continue: !0,
            });
          }
        }
        if (t.containsSchema) {
          let i = t.minContains ?? 1,
            s = t.maxContains !== void 0 ? t.maxContains + 1 : Number.POSITIVE_INFINITY,
            a = 0;
          for (const c of r) if (t.containsSchema.safeParse(c).success && ++a >= s) break;
          a < i &&
            o.issues.push({
              code: 'custom',
              message: `Array must contain at least ${i} matching ${GP(i)}; found ${a}`,
              input: r,
              continue: !0,
            }),
            t.maxContains !== void 0 &&
              a > t.maxContains &&
              o.issues.push({
                code: 'custom',
                message: `Array must contain at most ${t.maxContains} matching ${GP(t.maxContains)}`,
                input: r,
                continue: !0,
              });
        }
      }
    })
    .pipe(e);
}
function ZP(e, t) {
  if (e !== !1) return e === void 0 || e === !0 ? A.any() : Be(e, t);
}
var q3 = /^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
function HP(e, t) {
  if (e.not !== void 0) {
    if (typeof e.not == 'object' && Object.keys(e.not).length === 0) return A.never();
    throw new Error('not is not supported in Zod (except { not: {} } for never)');
  }
  if (e.unevaluatedItems !== void 0) throw new Error('unevaluatedItems is not supported');
  if (e.unevaluatedProperties !== void 0) throw new Error('unevaluatedProperties is not supported');
  if (e.if !== void 0 || e.then !== void 0 || e.else !== void 0)
    throw new Error('Conditional schemas (if/then/else) are not supported');
  if (e.dependentSchemas !== void 0 || e.dependentRequired !== void 0)
    throw new Error('dependentSchemas and dependentRequired are not supported');
  if (e.$ref) {
    const r = e.$ref;
    if (t.refs.has(r)) return t.refs.get(r);
    if (t.processing.has(r))
      return A.lazy(() => {
        if (!t.refs.has(r)) throw new Error(`Circular reference not resolved: ${r}`);
        return t.refs.get(r);
      });
    t.processing.add(r);
    const i = V3(r, t),
      s = Be(i, t);
    return (t.refs.set(r, s), t.processing.delete(r), s);
  }
  if (e.enum !== void 0) {
    const r = e.enum;
    if (t.version === 'openapi-3.0' && e.nullable === !0 && r.length === 1 && r[0] === null) return A.null();
    if (r.length === 0) return A.never();
    if (r.length === 1) return A.literal(r[0]);
    if (r.every((s) => typeof s == 'string')) return A.enum(r);
    const i = r.map((s) => A.literal(s));
    return i.length < 2 ? i[0] : A.union([i[0], i[1], ...i.slice(2)]);
  }
  if (e.const !== void 0) return A.literal(e.const);
  const n = e.type;
  if (Array.isArray(n)) {
    const r = n.map((i) => {
      const s = { ...e, type: i };
      return HP(s, t);
    });
    return r.length === 0 ? A.never() : r.length === 1 ? r[0] : A.union(r);
  }
  if (!n) return A.any();
  let o;
  switch (n) {
    case 'string': {
      let r = A.string();
      if (e.format) {
        const i = e.format;
        i === 'email'
          ? (r = r.check(A.email()))
          : i === 'uri' || i === 'uri-reference'
            ? (r = r.check(A.url()))
            : i === 'uuid' || i === 'guid'
              ? (r = r.check(A.uuid()))
              : i === 'date-time'
                ? (r = r.check(A.iso.datetime({ offset: !0 })))
                : i === 'date'
                  ? (r = r.check(A.iso.date()))
                  : i === 'time'
                    ? (r = r.check(A.regex(q3)))
                    : i === 'duration'
                      ? (r = r.check(A.iso.duration()))
                      : i === 'hostname'
                        ? (r = r.check(A.hostname()))
                        : i === 'ipv4'
                          ? (r = r.check(A.ipv4()))
                          : i === 'ipv6'
                            ? (r = r.check(A.ipv6()))
                            : i === 'mac'
                              ? (r = r.check(A.mac()))
                              : i === 'cidr'
                                ? (r = r.check(A.cidrv4()))
                                : i === 'cidr-v6'
                                  ? (r = r.check(A.cidrv6()))
                                  : i === 'base64'
                                    ? (r = r.check(A.base64()))
                                    : i === 'base64url'
                                      ? (r = r.check(A.base64url()))
                                      : i === 'e164'
                                        ? (r = r.check(A.e164()))
                                        : i === 'credit_card'
                                          ? (r = r.check(A.creditCard()))
                                          : i === 'iban'
                                            ? (r = r.check(A.iban()))
                                            : i === 'jwt'
                                              ? (r = r.check(A.jwt()))
                                              : i === 'emoji'
                                                ? (r = r.check(A.emoji()))
                                                : i === 'nanoid'
                                                  ? (r = r.check(A.nanoid()))
                                                  : i === 'cuid'
                                                    ? (r = r.check(A.cuid()))
                                                    : i === 'cuid2'
                                                      ? (r = r.check(A.cuid2()))
                                                      : i === 'ulid'
                                                        ? (r = r.check(A.ulid()))
                                                        : i === 'xid'
                                                          ? (r = r.check(A.xid()))
                                                          : i === 'ksuid' && (r = r.check(A.ksuid()));
      }
      typeof e.minLength == 'number' && (r = r.min(e.minLength)),
        typeof e.maxLength == 'number' && (r = r.max(e.maxLength)),
        e.pattern && (r = r.regex(new RegExp(e.pattern))),
        (o = r);
      break;
    }
    case 'number':
    case 'integer': {
      let r = n === 'integer' ? A.number().int() : A.number();
      typeof e.minimum == 'number' && e.exclusiveMinimum !== !0 && (r = r.min(e.minimum)),
        typeof e.maximum == 'number' && e.exclusiveMaximum !== !0 && (r = r.max(e.maximum)),
        typeof e.exclusiveMinimum == 'number'
          ? (r = r.gt(e.exclusiveMinimum))
          : e.exclusiveMinimum === !0 && typeof e.minimum == 'number' && (r = r.gt(e.minimum)),
        typeof e.exclusiveMaximum == 'number'
          ? (r = r.lt(e.exclusiveMaximum))
          : e.exclusiveMaximum === !0 && typeof e.maximum == 'number' && (r = r.lt(e.maximum)),
        typeof e.multipleOf == 'number' && (r = r.multipleOf(e.multipleOf)),
        (o = r);
      break;
    }
    case 'boolean': {
      o = A.boolean();
      break;
    }
    case 'null': {
      o = A.null();
      break;
    }
    case 'object': {
      const r = {},
        i = e.properties || {},
        s = new Set(e.required || []),
        a = typeof e.additionalProperties == 'object' ? Be(e.additionalProperties, t) : void 0;
      for (const [d, p] of Object.entries(i)) {
        const m = Be(p, t);
        Re(r, d, s.has(d) ? m : m.optional());
      }
      if (e.patternProperties) {
        const d = e.patternProperties,
          p = Object.keys(d),
          m = [];
        for (const g of p) {
          const h = Be(d[g], t),
            x = A.string().regex(new RegExp(g));
          m.push(A.looseRecord(x, h));
        }
        const f = [];
        if ((Object.keys(r).length > 0 && f.push(A.object(r).passthrough()), f.push(...m), f.length === 0))
          o = A.object({}).passthrough();
        else if (f.length === 1) o = f[0];
        else {
          let g = A.intersection(f[0], f[1]);
          for (let h = 2; h < f.length; h++) g = A.intersection(g, f[h]);
          o = g;
        }
        if (e.additionalProperties === !1) {
          const g = Object.keys(r),
            h = p.map((S) => new RegExp(S)),
            x = o;
          o = o.check((S) => {
            if (!vt(S.value)) return;
            const R = [];
            for (const I of Object.keys(S.value)) g.includes(I) || h.some((k) => k.test(I)) || R.push(I);
            R.length && S.issues.push({ code: 'unrecognized_keys', keys: R, input: S.value, inst: x });
          });
        }
      } else {
        const d = A.object(r);
        e.additionalProperties === !1 ? (o = d.strict()) : a ? (o = d.catchall(a)) : (o = d.passthrough());
      }
      const c = e.propertyNames !== void 0 && e.propertyNames !== !0,
        u = typeof e.minProperties == 'number' ? e.minProperties : void 0,
        l = typeof e.maxProperties == 'number' ? e.maxProperties : void 0;
      if (c || u !== void 0 || l !== void 0) {
        let d;
        if (c) {
          const p =
            typeof e.propertyNames == 'object' && e.propertyNames.type === void 0
              ? { type: 'string', ...e.propertyNames }
              : e.propertyNames;
          d = Be(p, t);
        }
        o = G3(o, { keySchema: d, minProperties: u, maxProperties: l });
      }
      break;
    }
    case 'array': {
      const r = e.prefixItems,
        i = e.items;
      if (r && Array.isArray(r)) {
        const s = typeof e.minItems == 'number' ? e.minItems : 0,
          a = r.map((d) => Be(d, t)),
          c = VP(a, s),
          u = Array.isArray(i) ? void 0 : ZP(i, t),
          l = A.tuple(c);
        (o = u ? l.rest(u) : l),
          typeof e.minItems == 'number' && (o = o.check(A.minLength(e.minItems))),
          typeof e.maxItems == 'number' && (o = o.check(A.maxLength(e.maxItems)));
      } else if (Array.isArray(i)) {
        const s = typeof e.minItems == 'number' ? e.minItems : 0,
          a = i.map((d) => Be(d, t)),
          c = VP(a, s),
          u = ZP(e.additionalItems, t),
          l = A.tuple(c);
        (o = u ? l.rest(u) : l),
          typeof e.minItems == 'number' && (o = o.check(A.minLength(e.minItems))),
          typeof e.maxItems == 'number' && (o = o.check(A.maxLength(e.maxItems)));
      } else if (i !== void 0) {
        let s = Be(i, t),
          a = A.array(s);
        typeof e.minItems == 'number' && (a = a.min(e.minItems)),
          typeof e.maxItems == 'number' && (a = a.max(e.maxItems)),
          (o = a);
      } else o = A.array(A.any());
      (e.uniqueItems === !0 || e.contains !== void 0) &&
        (o = K3(o, {
          uniqueItems: e.uniqueItems === !0,
          containsSchema: e.contains !== void 0 ? Be(e.contains, t) : void 0,
          minContains: typeof e.minContains == 'number' ? e.minContains : void 0,
          maxContains: typeof e.maxContains == 'number' ? e.maxContains : void 0,
        }));
      break;
    }
    default:
      throw new Error(`Unsupported type: ${n}`);
  }
  return o;
}
function Be(e, t) {
  if (typeof e == 'boolean') return e ? A.any() : A.never();
  let n = HP(e, t),
    o = e.type || e.enum !== void 0 || e.const !== void 0;
  if (e.anyOf && Array.isArray(e.anyOf)) {
    const a = e.anyOf.map((u) => Be(u, t)),
      c = A.union(a);
    n = o ? A.intersection(n, c) : c;
  }
  if (e.oneOf && Array.isArray(e.oneOf)) {
    const a = e.oneOf.map((u) => Be(u, t)),
      c = A.xor(a);
    n = o ? A.intersection(n, c) : c;
  }
  if (e.allOf && Array.isArray(e.allOf))
    if (e.allOf.length === 0) n = o ? n : A.any();
    else {
      let a = o ? n : Be(e.allOf[0], t),
        c = o ? 0 : 1;
      for (let u = c; u < e.allOf.length; u++) a = A.intersection(a, Be(e.allOf[u], t));
      n = a;
    }
  e.nullable === !0 && t.version === 'openapi-3.0' && (n = A.nullable(n)),
    e.readOnly === !0 && (n = A.readonly(n)),
    e.default !== void 0 && (n = n.default(e.default));
  const r = {},
    i = ['$id', 'id', '$comment', '$anchor', '$vocabulary', '$dynamicRef', '$dynamicAnchor'];
  for (const a of i) a in e && (r[a] = e[a]);
  const s = ['contentEncoding', 'contentMediaType', 'contentSchema'];
  for (const a of s) a in e && (r[a] = e[a]);
  if (e.type === 'object' && e.$ref === void 0) {
    e.propertyNames !== void 0 && !ga(e.propertyNames) && (r.propertyNames = e.propertyNames);
    for (const a of ['minProperties', 'maxProperties']) e[a] !== void 0 && (r[a] = e[a]);
  }
  if (e.type === 'array' && e.$ref === void 0) {
    e.contains !== void 0 && !ga(e.contains) && (r.contains = e.contains);
    for (const a of ['uniqueItems', 'minContains', 'maxContains']) e[a] !== void 0 && (r[a] = e[a]);
  }
  for (const a of Object.keys(e)) j3.has(a) || Re(r, a, e[a]);
  return (
    Object.keys(r).length > 0 && t.registry.add(n, r), e.description && (n = n.describe(e.description)), n
  );
}
function KP(e, t) {
  if (typeof e == 'boolean') return e ? A.any() : A.never();
  let n;
  try {
    n = JSON.parse(JSON.stringify(e));
  } catch {
    throw new Error(
      'fromJSONSchema input is not valid JSON (possibly cyclic); use $defs/$ref for recursive schemas',
    );
  }
  const o = B3(n, t?.defaultTarget),
    r = n.$defs || n.definitions || {},
    i = {
      version: o,
      defs: r,
      refs: new Map(),
      processing: new Set(),
      rootSchema: n,
      registry: t?.registry ?? Te,
    };
  return Be(n, i);
}
var qP = Symbol('z.visit/resolving');
function ha(e, t) {
  const n =
      typeof t == 'function'
        ? t
        : (s, a) => {
            const c = t[s._zod.def.type];
            return c ? c(s, a) : s;
          },
    o = new Map();
  function r(s) {
    const a = o.get(s);
    if (a === qP) return new Gs({ type: 'lazy', getter: () => o.get(s) });
    if (a !== void 0) return a;
    o.set(s, qP);
    const c = i(s),
      u = n(c, c !== s);
    return (o.set(s, u), u);
  }
  function i(s) {
    const a = s._zod.def,
      c = a.type;
    switch (c) {
      case 'object': {
        let u = a.shape,
          l = Object.keys(u),
          d = !1,
          p = {};
        for (const f of l) {
          const g = r(u[f]);
          g !== u[f] && (d = !0), (p[f] = g);
        }
        let m = a.catchall;
        return (
          a.catchall && ((m = r(a.catchall)), m !== a.catchall && (d = !0)),
          d ? J(s, { ...a, shape: p, catchall: m }) : s
        );
      }
      case 'array': {
        const u = r(a.element);
        return u === a.element ? s : J(s, { ...a, element: u });
      }
      case 'tuple': {
        let u = a.items,
          l = !1,
          d = [];
        for (const m of u) {
          const f = r(m);
          f !== m && (l = !0), d.push(f);
        }
        let p = a.rest;
        return (
          a.rest && ((p = r(a.rest)), p !== a.rest && (l = !0)), l ? J(s, { ...a, items: d, rest: p }) : s
        );
      }
      case 'record':
      case 'map': {
        const u = r(a.keyType),
          l = r(a.valueType);
        return u === a.keyType && l === a.valueType ? s : J(s, { ...a, keyType: u, valueType: l });
      }
      case 'set': {
        const u = r(a.valueType);
        return u === a.valueType ? s : J(s, { ...a, valueType: u });
      }
      case 'union': {
        let u = a.options,
          l = !1,
          d = [];
        for (const p of u) {
          const m = r(p);
          m !== p && (l = !0), d.push(m);
        }
        return l ? J(s, { ...a, options: d }) : s;
      }
      case 'intersection': {
        const u = r(a.left),
          l = r(a.right);
        return u === a.left && l === a.right ? s : J(s, { ...a, left: u, right: l });
      }
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'catch':
      case 'readonly':
      case 'nonoptional':
      case 'promise':
      case 'success': {
        const u = r(a.innerType);
        return u === a.innerType ? s : J(s, { ...a, innerType: u });
      }
      case 'pipe': {
        const u = r(a.in),
          l = r(a.out);
        return u === a.in && l === a.out ? s : J(s, { ...a, in: u, out: l });
      }
      case 'function': {
        const u = r(a.input),
          l = r(a.output);
        return u === a.input && l === a.output ? s : J(s, { ...a, input: u, output: l });
      }
      case 'lazy': {
        const u = a.getter,
          { _cachedInner: l, ...d } = a;
        return J(s, { ...d, getter: () => r(u()) });
      }
      case 'template_literal':
      case 'string':
      case 'number':
      case 'int':
      case 'boolean':
      case 'bigint':
      case 'symbol':
      case 'undefined':
      case 'null':
      case 'void':
      case 'never':
      case 'any':
      case 'unknown':
      case 'date':
      case 'nan':
      case 'enum':
      case 'literal':
      case 'file':
      case 'transform':
      case 'custom':
        return s;
      default:
        return s;
    }
  }
  return r(e);
}
function WP(e) {
  return ha(e, {
    object: (t) => t.partial(),
    union: (t) => {
      const n = t._zod.def;
      return n.discriminator === void 0 ? t : vi(n.options);
    },
  });
}
function W3(e, t) {
  if (!t?.length) return e;
  const n = e._zod.def;
  return J(e, Tt(n, { checks: [...(n.checks ?? []), ...t] }), { parent: !0 });
}
function JP(e) {
  return W3(e.out, e.checks);
}
function J3(e) {
  return e.in._zod.traits.has('$ZodTransform') ? JP(e) : e.in;
}
function XP(e) {
  return ha(e, {
    pipe: (t) => J3(t._zod.def),
    default: (t, n) => (n ? Qn(t._zod.def.innerType) : t),
    catch: (t, n) => (n ? t._zod.def.innerType : t),
  });
}
function YP(e) {
  return ha(e, { pipe: (t) => JP(t._zod.def), prefault: (t, n) => (n ? t._zod.def.innerType : t) });
}
var Rx = {};
Pt(Rx, { bigint: () => e2, boolean: () => Q3, date: () => t2, number: () => Y3, string: () => X3 });
function X3(e) {
  return Wv(mi, e);
}
function Y3(e) {
  return ty(fi, e);
}
function Q3(e) {
  return cy(gi, e);
}
function e2(e) {
  return ly(hi, e);
}
function t2(e) {
  return Sy(sa, e);
}
var QP = {
  'connection.created': 'connection.created',
  'customer.created': 'connection.created',
  'connection.wallet.balance.updated': 'connection.wallet.balance.updated',
  'customer.wallet.balance.updated': 'connection.wallet.balance.updated',
  'connection.deleted': 'connection.deleted',
  'customer.deleted': 'connection.deleted',
  'checkout.completed': 'checkout.completed',
};
function eD(e) {
  return Object.hasOwn(QP, e) ? QP[e] : void 0;
}
function tD(e) {
  for (const t of ['connection_id', 'customer_id']) {
    const n = e[t];
    if (typeof n == 'string' && n.trim() !== '') return n;
  }
}
var rD = K.object({
    email: K.string().nullish(),
    phone: K.string().nullish(),
    first_name: K.string().nullish(),
    last_name: K.string().nullish(),
  }).nullish(),
  r2 = K.object({
    has_lava_credit_balance: K.boolean().optional(),
    reference_id: K.string().nullish(),
    customer: rD,
    contact: rD,
    wallet: K.object({
      balance: K.union([K.string(), K.number()]).nullish(),
      autopay_enabled: K.boolean().nullish(),
    }).nullish(),
    subscription: K.record(K.string(), K.unknown()).nullish(),
    metadata: K.record(K.string(), K.unknown()).nullish(),
    created_at: K.iso.datetime({ offset: !0 }).optional(),
  }),
  n2 = K.object({
    checkout_session_id: K.string().nullish(),
    plan_id: K.string().nullish(),
    subscription_id: K.string().nullish(),
    funded_amount: K.union([K.string(), K.number()]).nullish(),
    currency: K.string().nullish(),
  }),
  o2 = {
    'connection.created': 0,
    'connection.wallet.balance.updated': 1,
    'checkout.completed': 1,
    'connection.deleted': 2,
  };
function i2(e, t, n) {
  return `${new Date(e).toISOString()}|${o2[t]}|${n}`;
}
function nD(e, t) {
  e &&
    (e.email !== void 0 && (t.email = e.email),
    e.phone !== void 0 && (t.phone = e.phone),
    e.first_name !== void 0 && (t.firstName = e.first_name),
    e.last_name !== void 0 && (t.lastName = e.last_name));
}
function oD(e, t, n) {
  const o = eD(e.event);
  if (!o) return { kind: 'ignored', reason: 'unknown event type' };
  const r = tD(e.data);
  if (!r) return { kind: 'rejected', reason: 'no data.connection_id or data.customer_id' };
  const i = r2.safeParse(e.data);
  if (!i.success) return { kind: 'rejected', reason: `invalid data: ${K.prettifyError(i.error)}` };
  const s = i.data,
    a = {};
  s.has_lava_credit_balance !== void 0 && (a.hasLavaCreditBalance = s.has_lava_credit_balance),
    s.reference_id !== void 0 && (a.referenceId = s.reference_id),
    nD(s.contact, a),
    nD(s.customer, a),
    s.wallet &&
      (s.wallet.balance !== void 0 &&
        (a.walletBalance = s.wallet.balance === null ? null : String(s.wallet.balance)),
      s.wallet.autopay_enabled !== void 0 && (a.autopayEnabled = s.wallet.autopay_enabled)),
    s.subscription !== void 0 && (a.subscription = s.subscription),
    s.metadata !== void 0 && (a.metadata = s.metadata);
  const c = { type: o, sentType: e.event, connectionId: r, time: t, orderKey: i2(t, o, n), fields: a };
  if (
    (s.created_at && (c.lavaCreatedAt = new Date(s.created_at).toISOString()), o === 'checkout.completed')
  ) {
    const u = n2.safeParse(e.data);
    if (!u.success) return { kind: 'rejected', reason: `invalid data: ${K.prettifyError(u.error)}` };
    (c.checkout = Object.fromEntries(Object.entries(u.data).filter(([, l]) => l !== void 0))),
      (a.lastCheckout = c.checkout);
  }
  return { kind: 'event', event: c };
}
var iD = 5;
function sD(e) {
  const t = e.now ?? Date.now,
    { store: n, log: o, metrics: r } = e;
  async function i(l) {
    const d = JR(l),
      p = typeof d == 'string' ? l.body : d.body,
      m = Buffer.from(p, 'utf8'),
      f = s2('sha256').update(m).digest('hex'),
      g = typeof d == 'string' ? t() : d.receivedAt,
      h = {
        sha256: f,
        body: p,
        receivedAt: g,
        eventAt: g,
        eventType: typeof d == 'string' ? '' : d.eventType,
        requestId: typeof d == 'string' ? '' : d.requestId,
        plainSignature: typeof d == 'string' ? void 0 : d.plainSignature,
        timestampedSignature: typeof d == 'string' ? void 0 : d.timestampedSignature,
      },
      x = (Je) => ({ record: l, archive: h, result: { kind: 'rejected', reason: Je } });
    if (typeof d == 'string') return x(d);
    let S = { plain: d.plainSignature, timestamped: d.timestampedSignature },
      R = { nowSeconds: 0, toleranceSeconds: 0, checkTimestamp: !1 },
      I = tg(m, S, await e.secrets.get(), R);
    if (!I.ok && I.reason === 'mismatch') {
      const Je = await e.secrets.refreshAfterMiss();
      Je && (I = tg(m, S, Je, R));
    }
    if (!I.ok) return x(`signature ${I.reason}`);
    const k = qR(m),
      P = k === void 0 ? void 0 : WR(k);
    if (!P?.ok) return x(P ? P.error : 'body is not UTF-8');
    (h.eventType = P.envelope.event), I.timestamp !== void 0 && (h.eventAt = I.timestamp * 1e3);
    const j = oD(P.envelope, h.eventAt, f);
    return j.kind === 'event'
      ? { record: l, archive: { ...h, connectionId: j.event.connectionId }, result: j }
      : { record: l, archive: h, result: j };
  }
  const s = (l) => (l && !l.published && l.domainEvents.length > 0 ? l : void 0);
  async function a(l, d, p) {
    const m = { ...l.archive, outcome: d, reason: p, domainEvents: [], published: !0 };
    return { outcome: (await n.commit(m)) === 'duplicate' ? 'duplicate' : d };
  }
  async function c(l, d) {
    for (let p = 0; p <= iD; p++) {
      d.fresh || ((d.stored = await n.getConnection(l.result.event.connectionId)), (d.fresh = !0));
      const m = eT(d.stored?.state, l.result.event),
        f = {
          ...l.archive,
          outcome: m.outcome,
          domainEvents: m.domainEvents,
          published: m.domainEvents.length === 0,
        },
        g = d.stored?.version ?? 0,
        h = await n.commit(f, m.outcome === 'applied' ? { state: m.next, expectedVersion: g } : void 0);
      if (h === 'duplicate') return { outcome: 'duplicate', owes: s(await n.getEvent(f.sha256)) };
      if (h === 'conflict') {
        d.fresh = !1;
        continue;
      }
      return (
        m.outcome === 'applied' && (d.stored = { state: m.next, version: g + 1 }),
        { outcome: m.outcome, owes: s(f) }
      );
    }
    throw new Error(`connection kept changing under ${iD} retries`);
  }
  async function u(l, d) {
    const p = new Map();
    for (const [g, h] of l) {
      if (!h.owes) continue;
      const x = p.get(h.owes.sha256);
      x ? x.records.push(g) : p.set(h.owes.sha256, { event: h.owes, records: [g] });
    }
    const m = [];
    for (const g of p.values()) {
      const h = g.event.domainEvents.length,
        x = m.at(-1);
      x && x.size + h <= 10 ? (x.owed.push(g), (x.size += h)) : m.push({ owed: [g], size: h });
    }
    const f = [];
    await Promise.all(
      m.map(async ({ owed: g, size: h }) => {
        try {
          await e.publish(g.flatMap((x) => x.event.domainEvents)), r.add('DomainEventsPublished', h);
          for (const x of g) f.push(x.event.sha256);
        } catch (x) {
          for (const S of g.flatMap((R) => R.records)) d(S, x);
        }
      }),
    ),
      f.length !== 0 &&
        (await n.markPublished(f).catch((g) => o.warn('could not mark events published', { error: g })));
  }
  return async (l) => {
    const d = new Set(),
      p = new Map(),
      m = (I, k, P) => {
        d.add(I.messageId),
          r.add('Failed', 1),
          o.error('record failed; SQS will retry it', {
            messageId: I.messageId,
            sha256: P,
            receiveCount: I.attributes?.ApproximateReceiveCount,
            error: k,
          });
      },
      f = async (I, k) => {
        try {
          p.set(I, await k());
        } catch (P) {
          m(I.record, P, I.archive.sha256);
        }
      },
      g = await Promise.all(
        l.Records.map((I) =>
          i(I).catch((k) => {
            m(I, k);
          }),
        ),
      ),
      h = new Map(),
      x = [];
    for (const I of g)
      if (I)
        if (I.result.kind === 'event') {
          const k = I.result.event.connectionId,
            P = h.get(k) ?? [];
          P.push(I), h.set(k, P);
        } else {
          const { kind: k, reason: P } = I.result;
          x.push(f(I, () => a(I, k, P)));
        }
    const S = h.size
        ? await n.getConnections([...h.keys()]).catch((I) => {
            o.warn('batch read failed; reading per connection', { error: I });
          })
        : void 0,
      R = [...h].map(async ([I, k]) => {
        const P = { stored: S?.get(I), fresh: S !== void 0 };
        for (const j of k) await f(j, () => c(j, P));
      });
    await Promise.all([...x, ...R]),
      await u(p, (I, k) => {
        p.delete(I), m(I.record, k, I.archive.sha256);
      });
    for (const [I, { outcome: k }] of p)
      r.add('Processed', 1, 'Count', { Outcome: k }),
        r.add('ProcessingLatency', Math.max(0, t() - I.archive.receivedAt), 'Milliseconds'),
        o[k === 'rejected' ? 'warn' : 'info']('processed', {
          messageId: I.record.messageId,
          sha256: I.archive.sha256,
          eventType: I.archive.eventType,
          connectionId: I.archive.connectionId,
          outcome: k,
          reason: I.result.kind === 'event' ? void 0 : I.result.reason,
        });
    return (r.flush(), { batchItemFailures: [...d].map((I) => ({ itemIdentifier: I })) });
  };
}
var no = class e {
  value;
  constructor(t) {
    typeof t == 'object' && 'N' in t ? (this.value = String(t.N)) : (this.value = String(t));
    const n = typeof t.valueOf() == 'number' ? t.valueOf() : 0;
    if (
      n > Number.MAX_SAFE_INTEGER ||
      n < Number.MIN_SAFE_INTEGER ||
      Math.abs(n) === 1 / 0 ||
      Number.isNaN(n)
    )
      throw new Error(
        `NumberValue should not be initialized with an imprecise number=${n}. Use a string instead.`,
      );
  }
  static from(t) {
    return new e(t);
  }
  toAttributeValue() {
    return { N: this.toString() };
  }
  toBigInt() {
    const t = this.toString();
    return BigInt(t);
  }
  toString() {
    return String(this.value);
  }
  valueOf() {
    return this.toString();
  }
};
var va = (e, t) => {
    if (e === void 0)
      throw new Error(
        'Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.',
      );
    if (e === null && typeof e == 'object') return hp();
    if (Array.isArray(e)) return a2(e, t);
    if (e?.constructor?.name === 'Set') return c2(e, t);
    if (e?.constructor?.name === 'Map') return u2(e, t);
    if (e?.constructor?.name === 'Object' || (!e.constructor && typeof e == 'object')) return aD(e, t);
    if (mD(e)) return e.length === 0 && t?.convertEmptyValues ? hp() : uD(e);
    if (typeof e == 'boolean' || e?.constructor?.name === 'Boolean') return { BOOL: e.valueOf() };
    if (typeof e == 'number' || e?.constructor?.name === 'Number') return pD(e, t);
    if (e instanceof no) return e.toAttributeValue();
    if (typeof e == 'bigint') return dD(e);
    if (typeof e == 'string' || e?.constructor?.name === 'String')
      return e.length === 0 && t?.convertEmptyValues ? hp() : lD(e);
    if (t?.convertClassInstanceToMap && typeof e == 'object') return aD(e, t);
    throw new Error(
      `Unsupported type passed: ${e}. Pass options.convertClassInstanceToMap=true to marshall typeof object as map attribute.`,
    );
  },
  a2 = (e, t) => ({
    L: e
      .filter(
        (n) =>
          typeof n != 'function' && (!t?.removeUndefinedValues || (t?.removeUndefinedValues && n !== void 0)),
      )
      .map((n) => va(n, t)),
  }),
  c2 = (e, t) => {
    const n = t?.removeUndefinedValues ? new Set([...e].filter((r) => r !== void 0)) : e;
    if (!t?.removeUndefinedValues && n.has(void 0))
      throw new Error(
        'Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.',
      );
    if (n.size === 0) {
      if (t?.convertEmptyValues) return hp();
      throw new Error('Pass a non-empty set, or options.convertEmptyValues=true.');
    }
    const o = n.values().next().value;
    if (o instanceof no) return { NS: Array.from(n).map((r) => r.toString()) };
    if (typeof o == 'number')
      return {
        NS: Array.from(n)
          .map((r) => pD(r, t))
          .map((r) => r.N),
      };
    if (typeof o == 'bigint')
      return {
        NS: Array.from(n)
          .map(dD)
          .map((r) => r.N),
      };
    if (typeof o == 'string')
      return {
        SS: Array.from(n)
          .map(lD)
          .map((r) => r.S),
      };
    if (mD(o))
      return {
        BS: Array.from(n)
          .map(uD)
          .map((r) => r.B),
      };
    throw new Error('Only Number Set (NS), Binary Set (BS) or String Set (SS) are allowed.');
  },
  u2 = (e, t) => ({
    M: ((n) => {
      const o = {};
      for (const [r, i] of n)
        typeof i != 'function' && (i !== void 0 || !t?.removeUndefinedValues) && (o[r] = va(i, t));
      return o;
    })(e),
  }),
  aD = (e, t) => ({
    M: ((n) => {
      const o = {};
      for (const r in n) {
        const i = n[r];
        typeof i != 'function' && (i !== void 0 || !t?.removeUndefinedValues) && (o[r] = va(i, t));
      }
      return o;
    })(e),
  }),
  hp = () => ({ NULL: !0 }),
  uD = (e) => ({ B: e }),
  lD = (e) => ({ S: e.toString() }),
  dD = (e) => ({ N: e.toString() }),
  cD = (e) => {
    throw new Error(`${e} Use NumberValue from @aws-sdk/lib-dynamodb.`);
  },
  pD = (e, t) => {
    if (
      [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]
        .map((n) => n.toString())
        .includes(e.toString())
    )
      throw new Error(`Special numeric value ${e.toString()} is not allowed`);
    return (
      t?.allowImpreciseNumbers ||
        (Number(e) > Number.MAX_SAFE_INTEGER
          ? cD(`Number ${e.toString()} is greater than Number.MAX_SAFE_INTEGER.`)
          : Number(e) < Number.MIN_SAFE_INTEGER &&
            cD(`Number ${e.toString()} is lesser than Number.MIN_SAFE_INTEGER.`)),
      { N: e.toString() }
    );
  },
  mD = (e) => {
    const t = [
      'ArrayBuffer',
      'Blob',
      'Buffer',
      'DataView',
      'File',
      'Int8Array',
      'Uint8Array',
      'Uint8ClampedArray',
      'Int16Array',
      'Uint16Array',
      'Int32Array',
      'Uint32Array',
      'Float32Array',
      'Float64Array',
      'BigInt64Array',
      'BigUint64Array',
    ];
    return e?.constructor ? t.includes(e.constructor.name) : !1;
  };
var ya = (e, t) => {
    for (const [n, o] of Object.entries(e))
      if (o !== void 0)
        switch (n) {
          case 'NULL':
            return null;
          case 'BOOL':
            return !!o;
          case 'N':
            return fD(o, t);
          case 'B':
            return hD(o);
          case 'S':
            return gD(o);
          case 'L':
            return l2(o, t);
          case 'M':
            return d2(o, t);
          case 'NS':
            return new Set(o.map((r) => fD(r, t)));
          case 'BS':
            return new Set(o.map(hD));
          case 'SS':
            return new Set(o.map(gD));
          default:
            throw new Error(`Unsupported type passed: ${n}`);
        }
    throw new Error(`No value defined: ${JSON.stringify(e)}`);
  },
  fD = (e, t) => {
    if (typeof t?.wrapNumbers == 'function') return t?.wrapNumbers(e);
    if (t?.wrapNumbers) return no.from(e);
    const n = Number(e),
      o = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    if ((n > Number.MAX_SAFE_INTEGER || n < Number.MIN_SAFE_INTEGER) && !o.includes(n))
      if (typeof BigInt == 'function')
        try {
          return BigInt(e);
        } catch {
          throw new Error(`${e} can't be converted to BigInt. Set options.wrapNumbers to get string value.`);
        }
      else
        throw new Error(`${e} is outside SAFE_INTEGER bounds. Set options.wrapNumbers to get string value.`);
    return n;
  },
  gD = (e) => e,
  hD = (e) => e,
  l2 = (e, t) => e.map((n) => ya(n, t)),
  d2 = (e, t) => Object.entries(e).reduce((n, [o, r]) => ((n[o] = ya(r, t)), n), {});
function Tx(e, t) {
  const n = va(e, t),
    [o, r] = Object.entries(n)[0];
  switch (o) {
    case 'M':
    case 'L':
      return t?.convertTopLevelContainer ? n : r;
    default:
      return n;
  }
}
var _a = (e, t) => (t?.convertWithoutMapWrapper ? ya(e, t) : ya({ M: e }, t));
var Kr = {
    partitionKey: 'pk',
    ttlAttribute: 'expiresAt',
    byTime: {
      indexName: 'byTime',
      partitionKey: 'gsi1pk',
      sortKey: 'gsi1sk',
      projected: ['eventType', 'connectionId', 'outcome', 'receivedAt', 'eventAt', 'sha256'],
    },
  },
  vp = (e) => `CONNECTION#${e}`,
  yp = (e) => `EVENT#${e}`,
  vD = (e) => `EVENTS#${new Date(e).toISOString().slice(0, 10)}`;
var p2 = new Set([
  Kr.partitionKey,
  'kind',
  'connectionId',
  'fieldKeys',
  'createdAt',
  'createdAtSource',
  'lastEventAt',
  'lastEventType',
  'lastEventKey',
  'updatedAt',
  'version',
]);
function m2(e, t, n) {
  return {
    ...Object.fromEntries(Object.entries(e.values).filter(([r]) => !p2.has(r))),
    [Kr.partitionKey]: vp(e.connectionId),
    kind: 'connection',
    connectionId: e.connectionId,
    fieldKeys: e.keys,
    createdAt: e.createdAt,
    createdAtSource: e.createdAtSource,
    lastEventAt: e.lastEventAt,
    lastEventType: e.lastEventType,
    lastEventKey: e.lastEventKey,
    updatedAt: n,
    version: t,
  };
}
function yD(e) {
  const t = e.fieldKeys ?? {},
    n = Object.fromEntries(Object.keys(t).map((o) => [o, e[o] ?? null]));
  return {
    version: Number(e.version ?? 0),
    state: {
      connectionId: String(e.connectionId),
      values: n,
      keys: t,
      createdAt: String(e.createdAt),
      createdAtSource: e.createdAtSource === 'lava' ? 'lava' : 'event',
      lastEventAt: String(e.lastEventAt),
      lastEventType: String(e.lastEventType),
      lastEventKey: String(e.lastEventKey),
    },
  };
}
function f2(e, t) {
  const n = new Date(e.receivedAt).toISOString();
  return {
    [Kr.partitionKey]: yp(e.sha256),
    kind: 'event',
    sha256: e.sha256,
    eventType: e.eventType,
    connectionId: e.connectionId,
    receivedAt: n,
    eventAt: new Date(e.eventAt).toISOString(),
    outcome: e.outcome,
    reason: e.reason,
    body: e.body,
    plainSignature: e.plainSignature,
    timestampedSignature: e.timestampedSignature,
    requestId: e.requestId,
    domainEvents: JSON.stringify(e.domainEvents),
    published: e.published,
    [Kr.ttlAttribute]: Math.floor(e.receivedAt / 1e3) + Math.round(t * 86400),
    [Kr.byTime.partitionKey]: vD(e.receivedAt),
    [Kr.byTime.sortKey]: `${n}#${e.sha256}`,
  };
}
function g2(e) {
  return {
    sha256: String(e.sha256),
    eventType: String(e.eventType),
    connectionId: e.connectionId,
    receivedAt: Date.parse(String(e.receivedAt)),
    eventAt: Date.parse(String(e.eventAt)),
    outcome: e.outcome,
    reason: e.reason,
    body: String(e.body ?? ''),
    plainSignature: e.plainSignature,
    timestampedSignature: e.timestampedSignature,
    requestId: String(e.requestId ?? ''),
    domainEvents: JSON.parse(String(e.domainEvents ?? '[]')),
    published: e.published === !0,
  };
}
var _D = (e) => Tx(e, { removeUndefinedValues: !0, convertClassInstanceToMap: !1 });
function xD(e, t, n) {
  const o = n.now ?? Date.now,
    r = Kr.partitionKey;
  return {
    async getConnection(i) {
      const s = await e.send(new ps({ TableName: t, Key: { [r]: { S: vp(i) } }, ConsistentRead: !0 }));
      return s.Item ? yD(_a(s.Item)) : void 0;
    },
    async getConnections(i) {
      let s = new Map(),
        a = [...new Set(i)].map((c) => ({ [r]: { S: vp(c) } }));
      for (let c = 0; a.length > 0; c++) {
        if ((c > 0 && (await new Promise((l) => setTimeout(l, 20 * 2 ** c))), c > 5))
          throw new Error('BatchGetItem left keys unprocessed after 5 retries');
        const u = await e.send(
          new wu({ RequestItems: { [t]: { Keys: a.slice(0, 100), ConsistentRead: !0 } } }),
        );
        for (const l of u.Responses?.[t] ?? []) {
          const d = yD(_a(l));
          s.set(d.state.connectionId, d);
        }
        a = [...(u.UnprocessedKeys?.[t]?.Keys ?? []), ...a.slice(100)];
      }
      return s;
    },
    async commit(i, s) {
      const a = {
        TableName: t,
        Item: _D(f2(i, n.eventTtlDays)),
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': r },
      };
      if (!s)
        try {
          return (await e.send(new Ru(a)), 'committed');
        } catch (d) {
          if (d instanceof wo) return 'duplicate';
          throw d;
        }
      const { state: c, expectedVersion: u } = s,
        l = m2(c, u + 1, new Date(o()).toISOString());
      try {
        return (
          await e.send(
            new ms({
              TransactItems: [
                { Put: a },
                {
                  Put: {
                    TableName: t,
                    Item: _D(l),
                    ConditionExpression: u === 0 ? 'attribute_not_exists(#pk)' : '#version = :expected',
                    ExpressionAttributeNames: u === 0 ? { '#pk': r } : { '#version': 'version' },
                    ...(u === 0 ? {} : { ExpressionAttributeValues: { ':expected': { N: String(u) } } }),
                  },
                },
              ],
            }),
          ),
          'committed'
        );
      } catch (d) {
        if (!(d instanceof Ro)) throw d;
        const p = d.CancellationReasons ?? [];
        if (p[0]?.Code === 'ConditionalCheckFailed') return 'duplicate';
        if (p[1]?.Code === 'ConditionalCheckFailed') return 'conflict';
        throw d;
      }
    },
    async getEvent(i) {
      const s = await e.send(new ps({ TableName: t, Key: { [r]: { S: yp(i) } }, ConsistentRead: !0 }));
      return s.Item ? g2(_a(s.Item)) : void 0;
    },
    async markPublished(i) {
      for (let s = 0; s < i.length; s += 100)
        await e.send(
          new ms({
            TransactItems: i.slice(s, s + 100).map((a) => ({
              Update: {
                TableName: t,
                Key: { [r]: { S: yp(a) } },
                UpdateExpression: 'SET published = :true',
                ConditionExpression: 'attribute_exists(#pk)',
                ExpressionAttributeNames: { '#pk': r },
                ExpressionAttributeValues: { ':true': { BOOL: !0 } },
              },
            })),
          }),
        );
    },
  };
}
var h2 = 'lava-webhooks';
function SD(e, t) {
  return async (n) => {
    for (let o = 0; o < n.length; o += 10) {
      const r = n.slice(o, o + 10),
        i = await e.send(
          new Zu({
            Entries: r.map((s) => ({
              EventBusName: t,
              Source: h2,
              DetailType: s.type,
              Detail: JSON.stringify(s.detail),
            })),
          }),
        );
      if (i.FailedEntryCount) {
        const s = (i.Entries ?? []).map((a) => a.ErrorCode).filter(Boolean);
        throw new Error(`EventBridge refused ${i.FailedEntryCount} of ${r.length} entries: ${s.join(', ')}`);
      }
    }
  };
}
function bD(e, t = {}) {
  const n = e[Ue.tableName],
    o = e[Ue.eventBusName];
  if (!n) throw new Error(`${Ue.tableName} is not set`);
  if (!o) throw new Error(`${Ue.eventBusName} is not set`);
  return sD({
    store: xD(t.dynamodb ?? new Iu({}), n, { eventTtlDays: vR(e, Ue.eventTtlDays, gR) }),
    publish: SD(t.eventBridge ?? new Gu({}), o),
    secrets: KR(e, t.secretsManager),
    log: yR({ service: 'consumer', level: e[Ue.logLevel], write: t.write }),
    metrics: new Hu(e[Ue.metricsNamespace] ?? hR, { Service: 'consumer' }, t.write),
  });
}
var qae = bD(process.env);

export { qae as handler };
//# sourceMappingURL=index.mjs.map
