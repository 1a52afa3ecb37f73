import { afterEach, describe, expect, it } from '@jest/globals';

import { typedBeforeStart } from './typed-before-start';

function prerenderedForm(): HTMLFormElement {
  document.body.innerHTML = `
    <form id="login"><input name="username"><input name="password" type="password"><button>Go</button></form>
    <form id="other"><input name="code"></form>`;
  return document.getElementById('login') as HTMLFormElement;
}

const early = window as Window & { btEarlySubmit?: EventTarget };

afterEach(() => {
  delete early.btEarlySubmit;
  document.body.innerHTML = '';
});

describe('typedBeforeStart', () => {
  it('reads what was typed into the named fields, leaving out the empty ones', () => {
    const form = prerenderedForm();
    (form.querySelector('[name=username]') as HTMLInputElement).value = 'lea.drums';
    expect(typedBeforeStart(form)).toEqual({ values: { username: 'lea.drums' }, submitted: false });
  });

  it('takes back a submit noted by boot.js for this form, once', () => {
    const form = prerenderedForm();
    early.btEarlySubmit = form;
    expect(typedBeforeStart(form).submitted).toBe(true);
    expect(early.btEarlySubmit).toBeUndefined();
    expect(typedBeforeStart(form).submitted).toBe(false);
  });

  it('leaves a submit of another form to that form', () => {
    const form = prerenderedForm();
    early.btEarlySubmit = document.getElementById('other') as HTMLFormElement;
    expect(typedBeforeStart(form).submitted).toBe(false);
    expect(early.btEarlySubmit).toBeDefined();
  });
});
